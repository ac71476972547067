// WCAG 2.x contrast sums for the colour tests (tests/game/contrast.test.ts for the
// stylesheet, tests/game/canvasContrast.test.ts for the Phaser canvas): relative
// luminance of sRGB colours and the (L1 + 0.05) / (L2 + 0.05) ratio.
export type Rgba = [number, number, number, number];

export const BODY = 4.5;
export const LARGE = 3;
export const UI = 3;

export function parseColour(text: string): Rgba {
  const t = text.trim().toLowerCase();
  if (t === 'white') return [255, 255, 255, 1];
  let m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(t);
  if (m) {
    const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
    return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16), 1];
  }
  m = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(t);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
  throw new Error(`not a colour: ${text}`);
}

/** A 0xRRGGBB number (Phaser's colours) as an opaque colour. */
export function fromNumber(n: number): Rgba {
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
}

/** A translucent colour over an opaque one. */
export function over(top: Rgba, under: Rgba): Rgba {
  const a = top[3];
  return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1];
}

export function luminance(c: Rgba): number {
  const lin = (v: number) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
}

export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
