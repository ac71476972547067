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
    // Set-up that starts the real command several times (tests/cli) or builds the site
    // (tests/browser) took over vitest's 10 s default on a loaded 2-core machine.
    hookTimeout: 120_000,
  },
});
