// English strings of the DOM screens. Keys are shared with ui.zh.ts.
export const uiEn = {
  'app.title': 'Chuhai — a cross-border e-commerce simulation',
} as const;
