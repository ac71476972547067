// The saved pending decisions that resuming leaves out (src/game/savedPending.ts),
// said in the player's language: in the save box before the student continues,
// and on the play screen after (a previous save resumed, or the box not read).
// Every text from the save goes in as text, never HTML (h() makes text nodes).
import type { App } from './app';
import { h } from './dom';
import type { DroppedDecision, SaveReason } from '../save';

/** Longest list shown in the save box; a save can hold 1000 decisions, and the first ones say enough. */
const SHOWN = 10;

export function reasonText(app: App, r: SaveReason): string {
  const vars: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(r.vars)) vars[name] = typeof v === 'object' ? app.tr(v.key) : v;
  return app.tr(r.key, vars);
}

/** One line per dropped decision (the first `max` of them): which, what it claims to be, why. */
export function droppedList(app: App, dropped: readonly DroppedDecision[], max = SHOWN): HTMLElement {
  const items = dropped.slice(0, max).map((d) => h('li', null, app.tr('save.droppedItem', { n: d.n, type: d.type, why: reasonText(app, d.reason) })));
  if (dropped.length > max) items.push(h('li', null, app.tr('save.droppedMore', { n: dropped.length - max })));
  return h('ul', { class: 'dropped-list', 'data-testid': 'dropped-list' }, items);
}
