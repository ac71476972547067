// Invariants that must hold after every turn, whatever the actions (issue 2 tests).
import type { GameState, TurnReport } from '../../src/engine';

export function findNaN(value: unknown, path = 'state'): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path;
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'scenario') continue;
      const hit = findNaN(v, `${path}.${k}`);
      if (hit) return hit;
    }
  }
  return null;
}

/** ordered = sold + held + in transit + lost + damaged + returned, per company and product. */
export function stockBalance(state: GameState): string[] {
  const problems: string[] = [];
  for (const id of state.companyOrder) {
    const c = state.companies[id]!;
    for (const [product, f] of Object.entries(c.flows)) {
      let held = 0;
      for (const at of Object.values(c.stock)) held += at[product] ?? 0;
      const inTransit = c.shipments.filter((s) => s.product === product).reduce((a, s) => a + s.units, 0)
        + c.sourcing.filter((s) => s.product === product).reduce((a, s) => a + s.units, 0);
      const accounted = f.sold + held + inTransit + f.lost + f.damaged + f.returned;
      if (accounted !== f.ordered) problems.push(`${id}/${product}: ordered ${f.ordered} but accounted ${accounted}`);
    }
  }
  return problems;
}

/** The turn's cash entries add up to the change in cash; the books balance. */
export function ledgerBalance(before: GameState, after: GameState, report: TurnReport): string[] {
  const problems: string[] = [];
  for (const id of after.companyOrder) {
    const c = after.companies[id]!;
    const entries = report.companies[id]?.ledger ?? [];
    let cashFlow = 0;
    for (const e of entries) {
      if (e.debit === 'cash') cashFlow += e.amount;
      if (e.credit === 'cash') cashFlow -= e.amount;
      if (!(e.amount > 0) || !Number.isInteger(e.amount)) problems.push(`${id}: entry ${e.memo} has amount ${e.amount}`);
    }
    const delta = c.cash - before.companies[id]!.cash;
    if (cashFlow !== delta) problems.push(`${id}: cash moved ${delta} but the ledger says ${cashFlow}`);
    if (c.ledger.cash !== c.cash) problems.push(`${id}: cash account ${c.ledger.cash} ≠ cash ${c.cash}`);
    const sum = Object.values(c.ledger).reduce((a, b) => a + b, 0);
    if (sum !== 0) problems.push(`${id}: debits and credits differ by ${sum}`);
  }
  return problems;
}

export function negatives(state: GameState): string[] {
  const problems: string[] = [];
  for (const id of state.companyOrder) {
    const c = state.companies[id]!;
    if (c.cash < 0 && !c.bankrupt) problems.push(`${id}: cash ${c.cash} while trading`);
    for (const [loc, at] of Object.entries(c.stock)) {
      for (const [p, n] of Object.entries(at)) if (n < 0 || !Number.isInteger(n)) problems.push(`${id}: stock ${loc}/${p} = ${n}`);
    }
    for (const l of c.listings) if (l.price < 1) problems.push(`${id}: price ${l.price}`);
    for (const [m, p] of Object.entries(c.markets)) {
      if (p.awareness < 0 || p.awareness > 1) problems.push(`${id}/${m}: awareness ${p.awareness}`);
      if (p.rating < 1 || p.rating > 5) problems.push(`${id}/${m}: rating ${p.rating}`);
    }
    // Risk side: strikes, staff and spend are never negative; execution stays in [0.5, 1]; a listing is never both up and down.
    for (const s of c.compliance.strikes) if (s.value < 0) problems.push(`${id}: strikes on ${s.channel} = ${s.value}`);
    if (c.compliance.securityWeekly < 0) problems.push(`${id}: security ${c.compliance.securityWeekly}`);
    for (const r of ['operations', 'marketing', 'service', 'data'] as const) if (c.team[r] < 0 || !Number.isInteger(c.team[r])) problems.push(`${id}: ${r} staff ${c.team[r]}`);
    if (!(c.team.execution >= 0.5 && c.team.execution <= 1)) problems.push(`${id}: execution ${c.team.execution}`);
    for (const r of c.compliance.removed) {
      if (c.listings.some((l) => l.market === r.listing.market && l.channel === r.listing.channel && l.product === r.listing.product)) problems.push(`${id}: ${r.listing.market}/${r.listing.channel}/${r.listing.product} is listed while down`);
    }
    for (const r of c.research.results) if (!(r.estimate >= 0 && r.error >= 0)) problems.push(`${id}: research ${r.id} ${r.estimate} ± ${r.error}`);
  }
  for (const [code, r] of Object.entries(state.fx)) if (!(r > 0)) problems.push(`fx ${code} = ${r}`);
  return problems;
}
