// English strings of the Phaser scenes (map, routes, charts). Keys are shared with scenes.zh.ts.
export const scenesEn = {
  'scene.loading': 'Loading the map…',
} as const;
