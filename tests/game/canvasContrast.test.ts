// WCAG AA contrast of what the Phaser canvas draws (src/game/scenes/theme.ts), the
// counterpart of contrast.test.ts for the stylesheet: text on its background —
// the top bar, the panel under the map, chart frames, the label plates over land
// and ocean, the hover note, the season banner — needs 4.5:1 (the canvas text is
// 9.5–13 logical pixels, never "large"); the marks that carry meaning (market
// pins, route lines, chart lines) need 3:1 against what they are drawn on (WCAG
// 1.4.3, 1.4.11). The colours are read from COLOURS itself, so a change there
// re-runs the sums.
import { describe, expect, it } from 'vitest';
import { COLOURS } from '../../src/game/scenes/theme';
import { BODY, UI, contrast, fromNumber, over, parseColour, type Rgba } from './wcag';

const white: Rgba = [255, 255, 255, 1];
const ink = parseColour(COLOURS.ink);
const inkSoft = parseColour(COLOURS.inkSoft);
const land = parseColour(COLOURS.land);
const oceanTop = parseColour(COLOURS.oceanTop);
const oceanBottom = parseColour(COLOURS.oceanBottom);
const page = fromNumber(COLOURS.page);
const plate = (under: Rgba): Rgba => { const p = parseColour(COLOURS.plate); return over([p[0], p[1], p[2], COLOURS.plateAlpha], under); };
const grounds: [string, Rgba][] = [['land', land], ['the ocean (top)', oceanTop], ['the ocean (bottom)', oceanBottom]];

// [what, foreground, background, minimum]
const PAIRS: [string, Rgba, Rgba, number][] = [
  ['top bar, panel and chart text', ink, white, BODY],
  ['soft text (chart ranges, hints, no season)', inkSoft, white, BODY],
  ['soft text on the page colour', inkSoft, page, BODY],
  ['season banner on its plate', ink, fromNumber(COLOURS.season.plate), BODY],
  ['hover note', parseColour(COLOURS.tooltip.ink), parseColour(COLOURS.tooltip.bg), BODY],
  ...grounds.map(([where, g]): [string, Rgba, Rgba, number] => [`map label on its plate over ${where}`, ink, plate(g), BODY]),
  // A chart's key names each line in its own colour.
  ...(['cash', 'revenue', 'profit', 'fx'] as const).map((k): [string, Rgba, Rgba, number] => [`chart key "${k}"`, fromNumber(COLOURS.chart[k]), white, BODY]),
  // Marks that carry meaning.
  ...(['cash', 'revenue', 'profit', 'fx', 'zero'] as const).map((k): [string, Rgba, Rgba, number] => [`chart line "${k}"`, fromNumber(COLOURS.chart[k]), white, UI]),
  ...Object.entries(COLOURS.status).flatMap(([s, c]) => grounds.map(([where, g]): [string, Rgba, Rgba, number] => [`market pin "${s}" on ${where}`, fromNumber(c), g, UI])),
  ...Object.entries(COLOURS.mode).flatMap(([m, c]) => grounds.map(([where, g]): [string, Rgba, Rgba, number] => [`${m} route on ${where}`, fromNumber(c), g, UI])),
  ...grounds.map(([where, g]): [string, Rgba, Rgba, number] => [`disrupted route on ${where}`, fromNumber(COLOURS.disrupted), g, UI]),
  ...grounds.map(([where, g]): [string, Rgba, Rgba, number] => [`home pin on ${where}`, fromNumber(COLOURS.home), g, UI]),
];

describe('colour contrast (WCAG AA) on the canvas', () => {
  it('reads the theme: the plate is the translucent white the labels are drawn on', () => {
    expect(contrast(plate(oceanTop), oceanTop)).toBeGreaterThan(1);
    expect(contrast(ink, white)).toBeGreaterThan(15);
  });

  it.each(PAIRS)('%s', (_what, a, b, min) => {
    expect(contrast(a, b)).toBeGreaterThanOrEqual(min);
  });
});
