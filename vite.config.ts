import { defineConfig } from 'vitest/config';
import { offlinePlugin } from './src/game/offline/plugin.js';

export default defineConfig({
  base: './',
  build: { target: 'es2022', sourcemap: false },
  plugins: [offlinePlugin()],
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
