// Shared helpers for the cross-reference checks: the id sets of a scenario and a
// uniform way to report an id that points nowhere.
import type { Scenario } from '../engine/schema';
import { formatPath, type Problem } from '../engine/problems';

export type Path = readonly PropertyKey[];

export interface RefContext {
  scenario: Scenario;
  problems: Problem[];
  markets: Set<string>;
  products: Set<string>;
  channels: Set<string>;
  warehouses: Set<string>;
  carriers: Set<string>;
  paymentMethods: Set<string>;
  events: Set<string>;
  currencies: Set<string>;
  report(path: Path, message: string): void;
  /** Reports `id` unless it is in `known`; returns whether it was found. */
  expect(path: Path, id: string, known: Set<string>, what: string): boolean;
}

const MAX_LISTED = 12;

export function listIds(ids: Iterable<string>): string {
  const all = [...ids];
  if (all.length === 0) return 'none are defined';
  const shown = all.slice(0, MAX_LISTED).join(', ');
  return all.length > MAX_LISTED ? `${shown}, … (${all.length} in all)` : shown;
}

export function makeContext(scenario: Scenario): RefContext {
  const problems: Problem[] = [];
  const ids = (list: readonly { id: string }[]): Set<string> => new Set(list.map((x) => x.id));
  const ctx: RefContext = {
    scenario,
    problems,
    markets: ids(scenario.markets),
    products: ids(scenario.products),
    channels: ids(scenario.channels),
    warehouses: ids(scenario.warehouses),
    carriers: ids(scenario.carriers),
    paymentMethods: ids(scenario.paymentMethods),
    events: ids(scenario.events),
    currencies: new Set(scenario.currencies.map((c) => c.code)),
    report(path, message) {
      problems.push({ path: formatPath(path), message });
    },
    expect(path, id, known, what) {
      if (known.has(id)) return true;
      ctx.report(path, `unknown ${what} "${id}" (known: ${listIds(known)})`);
      return false;
    },
  };
  return ctx;
}

/**
 * Reports each id used twice in a list, at the later use, naming the first.
 * `field` is the id's field in each item; omit it for a list of plain ids.
 */
export function checkUnique<T>(ctx: RefContext, list: readonly T[], key: (item: T) => string, base: Path, field?: string, what = field ?? 'entry'): void {
  const first = new Map<string, number>();
  list.forEach((item, i) => {
    const id = key(item);
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else ctx.report(field === undefined ? [...base, i] : [...base, i, field], `duplicate ${what} "${id}" (already used at ${formatPath([...base, earlier])})`);
  });
}

/** A number for a message: 1.2000000000000002 prints as 1.2. */
export function round4(n: number): number {
  return Math.round(n * 10000) / 10000;
}
