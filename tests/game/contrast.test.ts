// WCAG 2.x AA contrast of the screens' colours (issue 5 §8), computed from
// src/game/ui/styles.css itself: each pair below names the rule that sets the
// text (or border) colour and the rule whose background it sits on, so changing a
// colour in the stylesheet re-runs the sum. Body text needs 4.5:1, large text
// (≥ 24px, or ≥ 18.66px bold) 3:1, and the borders that show where a control is
// (inputs, buttons, focus rings, the selected tab, bars of a chart) 3:1 against
// what surrounds them (WCAG 1.4.3, 1.4.11).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BODY, LARGE, UI, contrast, over, parseColour, type Rgba } from './wcag';

const css = readFileSync(new URL('../../src/game/ui/styles.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** selector → property → value, from the flat rules of the stylesheet (it has no at-rules). */
const rules = new Map<string, Map<string, string>>();
for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
  const decls = new Map<string, string>();
  for (const d of m[2]!.split(';')) {
    const i = d.indexOf(':');
    if (i > 0) decls.set(d.slice(0, i).trim(), d.slice(i + 1).trim());
  }
  for (const sel of m[1]!.split(',')) {
    const key = sel.trim().replace(/\s+/g, ' ');
    const had = rules.get(key) ?? new Map<string, string>();
    for (const [k, v] of decls) had.set(k, v);
    rules.set(key, had);
  }
}

function decl(selector: string, prop: string): string {
  const v = rules.get(selector)?.get(prop);
  if (v === undefined) throw new Error(`styles.css has no "${prop}" in "${selector}"`);
  return v.replace(/var\((--[\w-]+)\)/g, (_, name: string) => decl(':root', name));
}

/** Every colour in a declaration's value, in order (a gradient gives its stops). */
function colours(selector: string, prop: string): Rgba[] {
  const v = decl(selector, prop);
  return [...v.matchAll(/#[0-9a-fA-F]{3,6}\b|rgba?\([^)]*\)|\bwhite\b/g)].map((x) => parseColour(x[0]));
}

function first(selector: string, prop: string): Rgba {
  const c = colours(selector, prop)[0];
  if (!c) throw new Error(`no colour in "${prop}" of "${selector}"`);
  return c;
}

const white: Rgba = [255, 255, 255, 1];
const fg = (sel: string) => first(sel, 'color');
const bg = (sel: string) => first(sel, 'background');
const root = (name: string) => parseColour(decl(':root', name));
// The title screen's gradient: the hero text sits on its two dark stops.
const heroStops = colours('.title-screen', 'background').slice(0, 2);

// [what, text or border colour, background, minimum]
const PAIRS: [string, Rgba, Rgba, number][] = [
  ['body text on the page', root('--ink'), root('--bg'), BODY],
  ['body text on cards', root('--ink'), root('--card'), BODY],
  ['muted text on the page', fg('.muted'), root('--bg'), BODY],
  ['muted text on cards', fg('.muted'), root('--card'), BODY],
  ['muted text on the tab bar', fg('.muted'), bg('.tabs'), BODY],
  ['muted text in the pending box', fg('.muted'), bg('.pending-box'), BODY],
  ['muted text on a warning', fg('.muted'), root('--warn-bg'), BODY],
  ['muted text on a critical alert', fg('.muted'), bg('.alert-critical'), BODY],
  ['muted text on a watch alert', fg('.muted'), bg('.alert-watch'), BODY],
  ['muted text in a changed forecast row', fg('.muted'), bg('table.data tbody.changed'), BODY],
  ['hints', fg('.hint'), root('--card'), BODY],
  ['tags', fg('.tag'), bg('.tag'), BODY],
  ['button text', fg('button'), bg('button'), BODY],
  ['button text on hover', fg('button'), bg('button:hover'), BODY],
  ['primary button', fg('button.primary'), bg('button.primary'), BODY],
  ['primary button on hover', fg('button.primary'), bg('button.primary:hover'), BODY],
  ['link buttons', fg('button.link'), root('--card'), BODY],
  ['link buttons in the pending box', fg('button.link'), bg('.pending-box'), BODY],
  ['warning link in the pending box', fg('button.link.warn'), bg('.pending-box'), BODY],
  ['inputs', fg('input[type=text]'), bg('input[type=text]'), BODY],
  ['losses and errors', fg('.neg'), root('--card'), BODY],
  ['losses in a changed forecast row', fg('.neg'), bg('table.data tbody.changed'), BODY],
  ['field errors', fg('.field-error'), root('--card'), BODY],
  ['invalid input text', fg('input[type=text]'), bg('input[aria-invalid=true]'), BODY],
  ['good change', fg('.delta.good'), root('--card'), BODY],
  ['bad change', fg('.delta.bad'), root('--card'), BODY],
  ['bad change on a critical alert', fg('.neg'), bg('.alert-critical'), BODY],
  ['no change', fg('.delta.flat'), root('--card'), BODY],
  ['top bar', fg('.topbar'), bg('.topbar'), BODY],
  ['brand name', fg('.brand-name'), bg('.topbar'), BODY],
  ['HUD title', fg('.hud-title'), bg('.topbar'), BODY],
  ['HUD labels', fg('.hud-label'), bg('.topbar'), BODY],
  ['language toggle', fg('.lang-btn'), bg('.lang-toggle'), BODY],
  ['language toggle on hover', fg('.lang-btn'), bg('.lang-btn:hover'), BODY],
  ['language toggle, chosen', fg('.lang-btn[aria-pressed=true]'), bg('.lang-btn[aria-pressed=true]'), BODY],
  ...heroStops.flatMap((stop, i): [string, Rgba, Rgba, number][] => [
    [`hero text (gradient stop ${i})`, fg('.hero'), stop, BODY],
    [`hero subtitle (stop ${i})`, fg('.hero-sub'), stop, BODY],
    [`hero English title, large (stop ${i})`, fg('.hero-en'), stop, LARGE],
    [`hero hints (stop ${i})`, fg('.hero .hint'), stop, BODY],
    [`language buttons, large bold (stop ${i})`, fg('.lang-big'), over(bg('.lang-big'), stop), LARGE],
    [`language buttons on hover (stop ${i})`, fg('.lang-big'), over(bg('.lang-big:hover'), stop), LARGE],
  ]),
  ['chosen language button', fg('.lang-big[aria-pressed=true]'), bg('.lang-big[aria-pressed=true]'), LARGE],
  ['scenario card meta', fg('.scenario-meta'), bg('.scenario-card'), BODY],
  ['scenario card meta on hover', fg('.scenario-meta'), bg('.scenario-card:hover'), BODY],
  ['difficulty stars', fg('.stars'), bg('.scenario-card'), BODY],
  ['case badge', fg('.badge-case'), bg('.badge-case'), BODY],
  ['case library link', fg('.case-library-name'), bg('button'), BODY],
  ['case library link on hover', fg('.case-library-name'), bg('button:hover'), BODY],
  ['case success badge', fg('.case-success'), bg('.case-success'), BODY],
  ['case failure badge', fg('.case-failure'), bg('.case-failure'), BODY],
  ['case figure line', root('--ink'), bg('.case-figure'), BODY],
  ['case card markets', fg('.case-markets'), bg('.case-card'), BODY],
  ['case card markets on hover', fg('.case-markets'), bg('.case-card:hover'), BODY],
  ['case card weeks', fg('.case-weeks'), bg('.case-card'), BODY],
  ['case figure holds', fg('.holds-yes'), root('--card'), BODY],
  ['case figure does not hold', fg('.holds-no'), root('--card'), BODY],
  ['as-happened end note', root('--ink'), bg('.compare-ended'), BODY],
  ['problem detail', fg('.problem .detail'), root('--warn-bg'), BODY],
  ['key/value terms', fg('.kv dt'), root('--card'), BODY],
  ['messages', root('--ink'), bg('.message'), BODY],
  ['report summary', root('--ink'), bg('.report-summary'), BODY],
  ['table headings', fg('table.data thead th'), root('--card'), BODY],
  ['panel headings', fg('.panel-section h3'), root('--card'), BODY],
  ['watch alert', root('--ink'), bg('.alert-watch'), BODY],
  ['warning alert', root('--ink'), bg('.alert-warning'), BODY],
  ['critical alert', root('--ink'), bg('.alert-critical'), BODY],
  ['verified replay', root('--ink'), bg('.verified'), BODY],
  ['objectives met', fg('.met'), root('--card'), BODY],
  ['objectives not met', fg('.unmet'), root('--card'), BODY],
  ['score', fg('.score'), root('--card'), BODY],
  ['crisis option text', fg('.option-text'), bg('button'), BODY],
  ['map placeholder (centre)', fg('.world-placeholder'), colours('.world-placeholder', 'background')[0]!, BODY],
  ['map placeholder (edge)', fg('.world-placeholder'), colours('.world-placeholder', 'background')[1]!, BODY],
  ['run info', fg('.run-info'), bg('.pending-box'), BODY],
  ['file picker button', fg('.file-button'), bg('.file-button'), BODY],
  ['file picker button on hover', fg('.file-button'), bg('.file-button:hover'), BODY],
  ['chosen file name on cards', fg('.file-chosen'), root('--card'), BODY],
  ['more payment methods', fg('.more-methods summary'), root('--card'), BODY],
  ['replay decisions link', fg('.replay-side details summary'), root('--card'), BODY],
  ['pending decisions (links to their panel)', fg('.pending-list button.pending-text'), bg('.pending-box'), BODY],
  // Borders and marks that show a control or carry data (3:1).
  ['input border', first('input[type=text]', 'border'), root('--card'), UI],
  ['invalid input border', first('input[aria-invalid=true]', 'border'), bg('input[aria-invalid=true]'), UI],
  ['button border on cards', first('button', 'border'), root('--card'), UI],
  ['button border on the page', first('button', 'border'), root('--bg'), UI],
  ['button border in the pending box', first('button', 'border'), bg('.pending-box'), UI],
  ['file picker border on cards', first('.file-button', 'border'), root('--card'), UI],
  ['file picker focus ring', first('.file-input:focus-visible + .file-button', 'outline'), root('--card'), UI],
  ['button border on a crisis notice', first('button', 'border'), root('--warn-bg'), UI],
  ['focus ring on cards', first(':focus-visible', 'outline'), root('--card'), UI],
  ['focus ring on the page', first(':focus-visible', 'outline'), root('--bg'), UI],
  ['focus ring in the top bar', first('.topbar :focus-visible', 'outline-color'), bg('.topbar'), UI],
  ['selected tab underline', first('.tab[aria-selected=true]', 'border-bottom-color'), bg('.tab[aria-selected=true]'), UI],
  ['chosen crisis option', first('.crisis-option.chosen', 'border'), bg('button'), UI],
  ['crisis notice border', first('.notice-crisis', 'border'), root('--bg'), UI],
  ['season notice text', root('--ink'), bg('.notice-season'), BODY],
  ['season notice star', fg('.notice-season .icon'), bg('.notice-season'), UI],
  ['season notice border', first('.notice-season', 'border'), root('--bg'), UI],
  ['case library link border', first('.case-library-link', 'border'), root('--bg'), UI],
  ['bars: funnel', bg('.bar'), bg('.bar-track'), UI],
  ['bars: money in', bg('.bar.in'), bg('.bar-track'), UI],
  ['bars: money out', bg('.bar.out'), bg('.bar-track'), UI],
];

describe('colour contrast (WCAG AA) in styles.css', () => {
  it('the checker computes the known ratios', () => {
    expect(contrast([0, 0, 0, 1], white)).toBeCloseTo(21, 5);
    expect(contrast(white, white)).toBe(1);
    expect(contrast(parseColour('#767676'), white)).toBeGreaterThan(4.5);
    expect(contrast(parseColour('#777777'), white)).toBeLessThan(4.5);
  });

  it.each(PAIRS)('%s', (_what, a, b, min) => {
    expect(contrast(a, b)).toBeGreaterThanOrEqual(min);
  });
});
