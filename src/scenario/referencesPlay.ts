// Cross-references of what happens during play: objectives, event effects and
// the case figures (DESIGN.md §7). Turn numbers must fall inside the scenario,
// or an objective or figure could never be checked.
import type { Path, RefContext } from './refContext';
import { homeCurrencyProblem } from '../engine/script/values';

export function checkObjectives(ctx: RefContext): void {
  ctx.scenario.objectives.forEach((o, i) => {
    if (o.market !== undefined) ctx.expect(['objectives', i, 'market'], o.market, ctx.markets, 'market');
    if (o.byTurn !== undefined) checkTurn(ctx, ['objectives', i, 'byTurn'], o.byTurn);
  });
}

/**
 * The scope fields each effect kind is matched on (src/engine/effects.ts callers):
 * any other scope field would make the effect silently match nothing.
 */
const SCOPES: Record<string, readonly ('market' | 'carrier' | 'channel' | 'currency')[]> = {
  demand: ['market'], cartRate: ['market'], dutyRate: ['market'],
  freightCost: ['market', 'carrier'], transitDays: ['market', 'carrier'], customsDays: ['market', 'carrier'], lossRate: ['market', 'carrier'],
  commission: ['market', 'channel'], fxRate: ['currency'],
};

export function checkEvents(ctx: RefContext): void {
  ctx.scenario.events.forEach((e, i) => {
    e.effects.forEach((f, k) => {
      const at = ['events', i, 'effects', k];
      const allowed = SCOPES[f.kind] ?? [];
      for (const field of ['market', 'carrier', 'channel', 'currency'] as const) {
        if (f[field] !== undefined && !allowed.includes(field)) {
          ctx.report([...at, field], `a "${f.kind}" effect is not limited by ${field}, so with it the effect would never apply (it can be limited by: ${allowed.join(', ')})`);
        }
      }
      if (f.kind === 'fxRate' && f.currency === undefined) ctx.report([...at, 'currency'], 'required field "currency" is missing: an "fxRate" effect moves one currency');
      if (f.market !== undefined) ctx.expect([...at, 'market'], f.market, ctx.markets, 'market');
      if (f.carrier !== undefined) ctx.expect([...at, 'carrier'], f.carrier, ctx.carriers, 'carrier');
      if (f.channel !== undefined) ctx.expect([...at, 'channel'], f.channel, ctx.channels, 'channel');
      if (f.currency !== undefined) ctx.expect([...at, 'currency'], f.currency, ctx.currencies, 'currency');
      if (f.kind === 'fxRate' && f.currency !== undefined && f.currency === ctx.scenario.homeCurrency) ctx.report([...at, 'currency'], homeCurrencyProblem(f.currency));
    });
    e.crisis?.impacts.forEach((f, k) => {
      if ('market' in f && f.market !== undefined) ctx.expect(['events', i, 'crisis', 'impacts', k, 'market'], f.market, ctx.markets, 'market');
    });
  });
}

export function checkCase(ctx: RefContext): void {
  const figures = ctx.scenario.case?.figures ?? [];
  figures.forEach((f, i) => {
    const at = ['case', 'figures', i];
    if (f.market !== undefined) ctx.expect([...at, 'market'], f.market, ctx.markets, 'market');
    checkRange(ctx, [...at, 'turns'], f.turns);
    if (f.baseTurns) checkRange(ctx, [...at, 'baseTurns'], f.baseTurns);
    // Each measure needs its own inputs (DESIGN.md §7), or the figure cannot be computed.
    if (f.measure === 'ratio' && !f.baseTurns && f.plan === undefined) {
      ctx.report([...at, 'measure'], 'a "ratio" figure needs "baseTurns" or "plan" to divide by');
    }
    if (f.measure === 'maxWindowSum') {
      if (f.window === undefined) ctx.report([...at, 'window'], 'required field "window" is missing: a "maxWindowSum" figure needs the window length in turns');
      else if (f.window > f.turns[1] - f.turns[0] + 1) {
        ctx.report([...at, 'window'], `the window (${f.window} turns) is longer than the range turns ${f.turns[0]}–${f.turns[1]}`);
      }
    }
    if (f.op === '~' && f.tolerance === undefined) {
      ctx.report([...at, 'tolerance'], 'required field "tolerance" is missing: op "~" means "within tolerance" of the target');
    }
  });
}

/**
 * The as-happened script (`chuhai run --as-happened`, the as-happened bot) names
 * markets, channels, products, carriers, warehouses, payment methods and currencies
 * of this scenario, in turns it has: a misspelt id would only be refused in play,
 * one turn after another, and an action after the last turn never played. A crisis
 * is named by the id it gets when it starts, so only play can check that one.
 */
export function checkAsHappened(ctx: RefContext): void {
  ctx.scenario.asHappened?.turns.forEach((t, i) => {
    checkTurn(ctx, ['asHappened', 'turns', i, 'turn'], t.turn);
    t.actions.forEach((action, k) => {
      const at = ['asHappened', 'turns', i, 'actions', k];
      const a = action as Readonly<Record<string, unknown>>;
      const expect = (field: string, known: Set<string>, what: string): void => {
        const v = a[field];
        if (typeof v === 'string') ctx.expect([...at, field], v, known, what);
      };
      expect('market', ctx.markets, 'market');
      expect('channel', ctx.channels, 'channel');
      expect('product', ctx.products, 'product');
      expect('carrier', ctx.carriers, 'carrier');
      if (action.type === 'ship') expect('to', ctx.warehouses, 'warehouse');
      if (action.type === 'setFulfilment' && action.from !== 'home') expect('from', ctx.warehouses, 'warehouse');
      if (action.type === 'setPayments') action.methods.forEach((m, j) => ctx.expect([...at, 'methods', j], m, ctx.paymentMethods, 'payment method'));
      if (action.type === 'hedgeFx') expect('currency', ctx.currencies, 'currency');
    });
  });
}

function checkTurn(ctx: RefContext, path: Path, turn: number): void {
  const last = ctx.scenario.turns;
  if (turn < 1 || turn > last) ctx.report(path, `turn ${turn} is outside the scenario, which has turns 1–${last}`);
}

function checkRange(ctx: RefContext, path: Path, [from, to]: readonly [number, number]): void {
  const before = ctx.problems.length;
  checkTurn(ctx, [...path, 0], from);
  checkTurn(ctx, [...path, 1], to);
  if (ctx.problems.length === before && from > to) {
    ctx.report(path, `the range starts after it ends (${from} > ${to}); write [first turn, last turn]`);
  }
}
