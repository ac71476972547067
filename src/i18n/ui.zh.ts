// 界面（DOM 屏幕）的中文字符串；键与 ui.en.ts 相同。
import type { uiEn } from './ui.en';

export const uiZh: Record<keyof typeof uiEn, string> = {
  'app.title': '出海 —— 跨境电商模拟经营',
};
