// What every decision panel shares: the validation context (the scenario, the
// student's view, the decisions pending this turn), the markets to offer and a
// titled section.
import type { App } from './app';
import { h } from './dom';
import type { Ctx } from '../validate';

export function ctx(app: App): Ctx {
  const s = app.session!;
  return { scenario: s.scenario, view: s.view(), pending: app.pending };
}

/** Markets the company is in, or could enter (every market of the scenario, in scenario order). */
export function marketIds(app: App): string[] {
  return app.session!.scenario.markets.map((m) => m.id);
}

export function section(title: string, ...children: (Node | null)[]): HTMLElement {
  return h('section', { class: 'panel-section' }, h('h3', null, title), children);
}
