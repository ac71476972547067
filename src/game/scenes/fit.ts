// Shortens a line of text to a width, measured with the Canvas 2D API in the
// font the scenes draw with (cheaper than re-rendering a Phaser Text to try).
import { FONT } from './theme';

let ctx: CanvasRenderingContext2D | null = null;

function measure(): CanvasRenderingContext2D | null {
  if (!ctx) ctx = document.createElement('canvas').getContext('2d');
  return ctx;
}

/** `text` if it fits in `width` logical pixels at `size`, else its longest start that fits followed by `ellipsis`. */
export function fitLine(text: string, width: number, size: number, ellipsis: (cut: string) => string, bold = false): string {
  const c = measure();
  if (!c) return text;
  c.font = `${bold ? 'bold ' : ''}${size}px ${FONT}`;
  if (c.measureText(text).width <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (c.measureText(ellipsis(chars.slice(0, mid).join('').trimEnd())).width <= width) lo = mid; else hi = mid - 1;
  }
  return ellipsis(chars.slice(0, lo).join('').trimEnd());
}
