// What compliance, insurance and the team brought this week (engine README §14;
// seed 000 ch. 9): takedowns, account suspensions, listings back on the shelf, tax
// penalties, insurance claims — the engine's own sentences (`CompanyReport.compliance`),
// shown only in a week that has some.
import type { CompanyReport } from '../../engine';
import type { App } from './app';
import { h } from './dom';

export function complianceBlock(app: App, c: CompanyReport): HTMLElement | null {
  const lines = c.compliance ?? [];
  if (lines.length === 0) return null;
  return h('section', { class: 'report-block', 'data-testid': 'report-compliance' },
    h('h3', null, app.tr('compliance.heading')),
    h('ul', { class: 'plain small-text' }, lines.map((l) => h('li', null, h('span', { 'aria-hidden': 'true' }, '§ '), l[app.lang]))));
}
