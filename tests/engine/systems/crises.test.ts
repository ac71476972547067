// Crises (issue 3 part 1; seed 004 §4 危机处理, lessons 8 and 9): an event with a
// `crisis` block opens a case for the student's company with a deadline and
// responses (cost, odds); unanswered, it takes its default course; answered, the
// drawn outcome sets its severity. Impacts: rating, demand, costs, lost revenue,
// a frozen share of cash, an idle factory, shipments held up.
import { describe, expect, it } from 'vitest';
import { resolveTurn, stateHash, studentView, type CrisisImpact, type GameState, type Scenario } from '../../../src/engine';
import { busy, entries, play, quiet, scenarioFrom, startOf, sum, text, type Draft } from './build';

const statement = {
  label: text('Public statement'), text: text('Apologise and explain within two hours.'),
  cost: 50_000, odds: 1, success: { severity: 0, turnsLeft: 0 }, failure: { severity: 1.5 },
};
const gamble = { ...statement, label: text('Hope for the best'), cost: 0, odds: 0 };

/** The fixture's US shop with one crisis event `c`, triggered by the script at `turn`. */
function withCrisis(impacts: CrisisImpact[], opts: { turn?: number; duration?: number; options?: unknown[]; edit?: (s: Draft) => void; within?: number } = {}): Scenario {
  return scenarioFrom((s) => {
    quiet(s);
    busy(s);
    s.player.cash = 20_000_000;
    s.player.listings = [{ market: 'US', channel: 'amazon', product: 'lamp', price: 2999 }];
    s.player.stock = [{ product: 'lamp', location: 'home', units: 1_000_000 }];
    s.events.push({
      id: 'c', name: text('Backlash'), description: text('A video goes viral.'), durationTurns: opts.duration ?? 4, effects: [],
      crisis: { kind: 'prBacklash', answerWithinTurns: opts.within ?? 1, impacts, options: (opts.options ?? [statement, gamble]) as never },
    } as Draft['events'][number]);
    s.script = {
      initial: 'waiting',
      states: {
        waiting: { on: { TURN: { guard: { type: 'turnIs', params: { turn: opts.turn ?? 2 } }, target: 'done', actions: [{ type: 'triggerEvent', params: { event: 'c' } }] } } },
        done: { type: 'final' },
      },
    } as Draft['script'];
    opts.edit?.(s);
  });
}

const answer = (option: number, id = 'c-t2') => [{ type: 'respondCrisis', crisis: id, option }];

describe('a crisis opens, waits for an answer and ends', () => {
  const scenario = withCrisis([{ kind: 'rating', add: -0.1, once: false }]);
  const turns = play(startOf(scenario), [[], [], answer(0), [], []]);

  it('is listed from its start to its end, with its deadline and options, in the report and the view', () => {
    const open = turns.map((t) => t.report.companies.player!.crises.map((c) => `${c.id} by ${c.answerBy} chose ${c.chosen}`));
    expect(open).toEqual([[], ['c-t2 by 3 chose null'], [], [], []]);
    const c = turns[1]!.report.companies.player!.crises[0]!;
    expect(c).toMatchObject({ kind: 'prBacklash', title: text('Backlash'), startedTurn: 2, answerBy: 3 });
    expect(c.options).toEqual([
      { label: statement.label, text: statement.text, cost: 50_000, odds: 1 },
      { label: gamble.label, text: gamble.text, cost: 0, odds: 0 },
    ]);
    const view = studentView(turns[1]!.state, 'player', turns[1]!.report)!;
    expect(view.crises).toEqual(turns[1]!.report.companies.player!.crises);
    expect(turns[1]!.report.companies.player!.crisisOutcomes.map((l) => l.en)).toEqual(['Backlash: answer by turn 3.']);
  });

  it('charges the response, reports that it worked and ends when the outcome says', () => {
    expect(entries(turns[2]!.report, 'crisis response').map((e) => [e.debit, e.credit, e.amount])).toEqual([['risk', 'cash', 50_000]]);
    expect(turns[2]!.report.companies.player!.crisisOutcomes.map((l) => l.en)).toEqual(['Backlash: "Public statement" worked.', 'Backlash is over.']);
    expect(turns[2]!.state.companies.player!.crises).toEqual([]);
  });

  it('counts the response in profit and the waterfall', () => {
    const r = turns[2]!.report.companies.player!;
    const other = r.waterfall.find((w) => w.step === 'other')!.amount;
    expect(other).toBeLessThanOrEqual(-50_000);
    expect(sum(r.waterfall.slice(0, -1).map((w) => w.amount))).toBe(r.kpis.profit);
  });
});

describe('refused answers change nothing', () => {
  const scenario = withCrisis([{ kind: 'rating', add: -0.1, once: false }], { options: [statement, { ...statement, cost: 900_000_000_000 }] });
  const [, second] = play(startOf(scenario), 2);
  const at2 = second!.state;
  const cases: [string, unknown[], RegExp][] = [
    ['unknown crisis', answer(0, 'c-t9'), /no open crisis "c-t9"/],
    ['option out of range', answer(2), /no response number 2; choose 0 to 1/],
    ['not enough cash', answer(1), /Not enough cash/],
    ['malformed option', [{ type: 'respondCrisis', crisis: 'c-t2', option: -1 }], /Malformed action/],
  ];
  it.each(cases)('%s', (_name, actions, reason) => {
    const refused = resolveTurn(at2, actions);
    const none = resolveTurn(at2, []);
    expect(refused.report.companies.player!.refused.map((r) => r.reason.en)).toEqual([expect.stringMatching(reason)]);
    expect(stateHash(refused.state)).toBe(stateHash(none.state));
  });

  it('a second answer, or one after the deadline', () => {
    const twice = resolveTurn(at2, [...answer(0), ...answer(0)]);
    expect(twice.report.companies.player!.refused.map((r) => r.reason.en)).toEqual(['This crisis has already been answered.']);
    const late = play(at2, [[], answer(0)].map((a) => a));
    // Duration 4 from turn 2: still open in turn 4, but the window closed after turn 3.
    expect(late[1]!.report.companies.player!.refused.map((r) => r.reason.en)).toEqual(['Too late: answers were due by turn 3.']);
  });
});

describe('silence versus a fast statement (lesson 8)', () => {
  const impacts: CrisisImpact[] = [{ kind: 'rating', add: -0.15, once: false }, { kind: 'demand', multiply: 0.5 }];
  const scenario = withCrisis(impacts, { duration: 6 });
  const silent = play(startOf(scenario), 8);
  const answered = play(startOf(scenario), [[], [], answer(0), [], [], [], [], []]);
  const rating = (t: { state: GameState }) => t.state.companies.player!.markets.US!.rating;

  it('silence lets the rating slide every turn the crisis lasts', () => {
    const drops = silent.slice(1, 7).map((t, i) => rating(t) - rating(silent[i]!));
    // Reviews pull the rating too; the crisis adds −0.15 a turn on top.
    for (const d of drops) expect(d).toBeLessThan(-0.05);
    expect(silent[1]!.report.companies.player!.crisisOutcomes.map((l) => l.en)).toContain('Backlash: answer by turn 3.');
    expect(silent[2]!.report.companies.player!.crisisOutcomes.map((l) => l.en)).toContain('Backlash: no response — the crisis takes its course.');
    expect(silent[6]!.report.companies.player!.crisisOutcomes.map((l) => l.en)).toContain('Backlash is over.');
    expect(silent[6]!.state.companies.player!.crises).toEqual([]);
  });

  it('a statement that works stops the slide and brings the shoppers back', () => {
    expect(rating(answered[7]!)).toBeGreaterThan(rating(silent[7]!) + 0.3);
    const visitors = (ts: typeof silent, i: number) => ts[i]!.report.companies.player!.kpis.visitors;
    // In the start turn both lose half their shoppers; after the answer only the silent shop does.
    expect(visitors(silent, 1)).toBeLessThan(0.6 * visitors(silent, 0));
    expect(visitors(answered, 3)).toBeGreaterThan(1.6 * visitors(silent, 3));
  });
});

describe('odds are drawn from the crises stream', () => {
  const coin = { ...statement, odds: 0.5, success: { severity: 0 }, failure: { severity: 1 } };
  const scenario = withCrisis([{ kind: 'rating', add: -0.1, once: false }], { options: [coin] });
  const outcome = (seed: number) => play(startOf(scenario, seed), [[], [], answer(0)])[2]!.report.companies.player!.crisisOutcomes[0]!.en;

  it('the same seed gives the same outcome; over seeds both happen about half the time', () => {
    expect(outcome(5)).toBe(outcome(5));
    const worked = Array.from({ length: 40 }, (_, i) => outcome(100 + i)).filter((l) => l.endsWith('worked.')).length;
    expect(worked).toBeGreaterThan(10);
    expect(worked).toBeLessThan(30);
  });

  it('a failed answer keeps the crisis at its failure severity', () => {
    const failing = withCrisis([{ kind: 'rating', add: -0.1, once: false }], { options: [gamble] });
    const t = play(startOf(failing), [[], [], answer(0)])[2]!;
    expect(t.report.companies.player!.crisisOutcomes[0]!.en).toBe('Backlash: "Hope for the best" did not work.');
    expect(t.state.companies.player!.crises[0]).toMatchObject({ chosen: 0, worked: false, severity: 1.5 });
  });
});

describe('a court order freezes cash (TRO)', () => {
  const contest = { ...statement, label: text('Contest it'), cost: 100_000, odds: 1, success: { severity: 0, turnsLeft: 1 } };
  const scenario = withCrisis([{ kind: 'freeze', share: 0.3, forfeit: 0.5 }], { duration: 3, options: [contest] });

  it('holds 30% of cash from the start and returns half of it when it ends unanswered', () => {
    const t = play(startOf(scenario), 5);
    const frozen = entries(t[1]!.report, 'funds frozen')[0]!;
    expect(frozen).toMatchObject({ debit: 'frozen', credit: 'cash' });
    expect(frozen.amount).toBe(Math.round(0.3 * (t[0]!.state.companies.player!.cash)));
    expect(t[1]!.state.companies.player!.ledger.frozen).toBe(frozen.amount);
    const forfeited = entries(t[3]!.report, 'frozen funds forfeited')[0]!.amount;
    const released = entries(t[3]!.report, 'frozen funds released')[0]!.amount;
    expect(forfeited).toBe(Math.round(frozen.amount * 0.5));
    expect(forfeited + released).toBe(frozen.amount);
    expect(t[3]!.state.companies.player!.ledger.frozen).toBe(0);
    expect(t[3]!.report.companies.player!.kpis.profit).toBeLessThan(t[4]!.report.companies.player!.kpis.profit);
  });

  it('contested successfully, it releases everything a turn after the answer', () => {
    const t = play(startOf(scenario), [[], [], answer(0), [], []]);
    expect(entries(t[3]!.report, 'frozen funds forfeited')).toEqual([]);
    expect(entries(t[3]!.report, 'frozen funds released')[0]!.amount).toBe(entries(t[1]!.report, 'funds frozen')[0]!.amount);
  });
});

describe('a supplier outage and a backup supplier (lesson 9)', () => {
  const backup = { ...statement, label: text('Switch to the backup supplier within 48 hours'), cost: 200_000, odds: 1, success: { severity: 0 } };
  const scenario = withCrisis([{ kind: 'supplyStop' }], { duration: 4, options: [backup] });
  const order = [{ type: 'orderStock', product: 'lamp', units: 100 }];

  it('an idle factory holds open orders back a turn for each turn it lasts', () => {
    // Ordered in turn 1 with a 2-week lead time: due in turn 3; the outage runs turns 2–5, four turns late.
    const t = play(startOf(scenario), [order, [], [], [], [], [], [], []]);
    const arrived = t.findIndex((x) => x.report.companies.player!.arrivals.some((a) => a.kind === 'sourcing')) + 1;
    expect(arrived).toBe(7);
  });

  it('a backup supplier delivers on time', () => {
    const t = play(startOf(scenario), [order, [], answer(0), [], []]);
    const arrived = t.findIndex((x) => x.report.companies.player!.arrivals.some((a) => a.kind === 'sourcing')) + 1;
    // Turn 2 was lost before the answer came: one turn late, not four.
    expect(arrived).toBe(4);
  });
});

describe('once-impacts and weekly losses', () => {
  it('shipments on the way are held up once the window closes, unanswered', () => {
    const scenario = withCrisis([{ kind: 'shipmentDelay', market: 'US', days: 14 }], { turn: 2 });
    const ship = [{ type: 'ship', product: 'lamp', units: 500, to: 'usWest', carrier: 'sea' }];
    const t = play(startOf(scenario), [ship, [], []]);
    const before = t[1]!.state.companies.player!.shipments[0]!;
    const after = t[2]!.state.companies.player!.shipments[0]!;
    expect(after.days).toBe(before.days + 14);
    expect(after.arrivesTurn).toBe(1 + Math.ceil(after.days / 7));
  });

  it('a fraud wave costs a share of last turn’s revenue every turn, and a fine once', () => {
    const scenario = withCrisis([{ kind: 'revenueLoss', market: 'US', share: 0.1 }, { kind: 'cost', amount: 300_000, once: true }], { duration: 3 });
    const t = play(startOf(scenario), 4);
    for (const i of [1, 2, 3]) {
      const last = t[i - 1]!.report.companies.player!.markets.US!.revenue;
      expect(entries(t[i]!.report, 'crisis losses').map((e) => e.amount)).toEqual([Math.round(last * 0.1)]);
    }
    expect(entries(t[1]!.report, 'crisis costs')).toEqual([]);
    expect(entries(t[2]!.report, 'crisis costs').map((e) => e.amount)).toEqual([300_000]);
    expect(entries(t[3]!.report, 'crisis costs')).toEqual([]);
  });

  it('AI rivals get no crisis cases', () => {
    const scenario = withCrisis([{ kind: 'rating', add: -0.1, once: false }], { edit: (s) => { s.competitors = [{ id: 'rival', name: text('Rival'), strategy: 'follow', priceIndex: 1, start: { cash: 1_000_000 } }]; } });
    const t = play(startOf(scenario), 2);
    expect(t[1]!.state.companies.rival!.crises).toEqual([]);
    expect(t[1]!.report.companies.rival!.crises).toEqual([]);
  });
});
