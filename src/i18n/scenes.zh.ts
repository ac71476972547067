// Phaser 场景（地图、航线、图表）的中文字符串；键与 scenes.en.ts 相同。
import type { scenesEn } from './scenes.en';

export const scenesZh: Record<keyof typeof scenesEn, string> = {
  'scene.loading': '正在加载地图…',
};
