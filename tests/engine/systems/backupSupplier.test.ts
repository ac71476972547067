// A backup supplier qualified beforehand (seed 004 §05 供應鏈中斷應急方案: 建立備選供應商清單,
// 突發斷供時48小時內啟動替代方案): paid once, in effect after the scenario's turns; a
// supplier-outage response with `withBackupSupplier` terms then costs less and works
// at those odds — for that company only, and only once the backup is in effect.
import { describe, expect, it } from 'vitest';
import { BACKUP_SUPPLIER } from '../../../src/engine/crises';
import { play, quiet, scenarioFrom, startOf, text, type Draft } from './build';

/** A supplier outage in turn `at`, answerable that turn and the next: option 0 switches factories (odds 0 without a backup, 1 with one). */
function outage(at: number, backup?: { cost: number; turns: number }) {
  return scenarioFrom((s) => {
    quiet(s);
    if (backup) (s.compliance as Record<string, unknown>) = { ...(s.compliance ?? {}), backupSupplier: backup };
    s.events.push({
      id: 'outage', name: text('Factory stops'), description: text('x'), durationTurns: 3, chancePerTurn: 0, effects: [],
      crisis: {
        kind: 'supplierOutage', answerWithinTurns: 1, impacts: [{ kind: 'supplyStop' }],
        options: [{ label: text('Switch'), text: text('y'), cost: 600_000, odds: 0, withBackupSupplier: { cost: 100_000, odds: 1 } }],
      },
    } as Draft['events'][number]);
    s.script = {
      initial: 'a',
      states: { a: { on: { TURN: { guard: { type: 'turnIs', params: { turn: at } }, target: 'b', actions: { type: 'triggerEvent', params: { event: 'outage' } } } } }, b: {} },
    } as Draft['script'];
  });
}

const answer = { type: 'respondCrisis', crisis: 'outage-t6', option: 0 };
const quietTurns = (n: number) => Array.from({ length: n }, () => []);

describe('qualifying a backup supplier', () => {
  it('costs the scenario’s fee once and takes effect after its turns (engine default when the scenario names none)', () => {
    const t = play(startOf(outage(6)), [[{ type: 'qualifyBackupSupplier' }], [{ type: 'qualifyBackupSupplier' }]]);
    const paid = t[0]!.report.companies.player!.ledger.filter((e) => e.memo === 'backup supplier qualification');
    expect(paid.map((e) => e.amount)).toEqual([BACKUP_SUPPLIER.cost]);
    expect(t[0]!.state.companies.player!.compliance.backupSupplier).toEqual({ effectiveTurn: 1 + BACKUP_SUPPLIER.turns });
    expect(t[1]!.report.companies.player!.refused[0]!.reason.en).toMatch(/already qualified/);
  });

  it('is refused without the cash, and changes nothing', () => {
    const broke = startOf(outage(6));
    const poor = { ...broke, companies: { ...broke.companies, player: { ...broke.companies.player!, cash: 1000 } } };
    const [t] = play(poor, [[{ type: 'qualifyBackupSupplier' }]]);
    expect(t!.report.companies.player!.refused[0]!.reason.en).toMatch(/Not enough cash/);
    expect(t!.state.companies.player!.compliance.backupSupplier).toBeUndefined();
  });

  it('is refused where no crisis option calls on it: it would change nothing', () => {
    const [t] = play(startOf(scenarioFrom(quiet)), [[{ type: 'qualifyBackupSupplier' }]]);
    expect(t!.report.companies.player!.refused[0]!.reason.en).toMatch(/No crisis in this scenario calls on a backup supplier/);
    expect(t!.report.companies.player!.ledger.some((e) => e.memo === 'backup supplier qualification')).toBe(false);
  });
});

describe('a supplier outage answered by switching factories', () => {
  const run = (qualifyAt: number | null) => play(startOf(outage(6, { cost: 500_000, turns: 2 })), [
    ...quietTurns(6).map((x, i) => (i + 1 === qualifyAt ? [{ type: 'qualifyBackupSupplier' }] : x)),
    [answer],
  ]);

  it('without a backup: the scenario’s cost and odds (here 0: it fails)', () => {
    const t = run(null);
    const view = t[5]!.report.companies.player!.crises[0]!;
    expect(view.options[0]).toMatchObject({ cost: 600_000, odds: 0 });
    const answered = t[6]!.state.companies.player!.crises[0]!;
    expect([answered.worked, answered.severity]).toEqual([false, 1]);
    expect(t[6]!.report.companies.player!.ledger.find((e) => e.memo === 'crisis response')!.amount).toBe(600_000);
  });

  it('with a backup in effect: its terms (cheaper, and here sure to work), shown before the answer', () => {
    const t = run(2); // qualified in turn 2, in effect from turn 4
    expect(t[5]!.report.companies.player!.crises[0]!.options[0]).toMatchObject({ cost: 100_000, odds: 1 });
    const answered = t[6]!.state.companies.player!.crises[0]!;
    expect([answered.worked, answered.severity]).toEqual([true, 0]);
    expect(t[6]!.report.companies.player!.ledger.find((e) => e.memo === 'crisis response')!.amount).toBe(100_000);
  });

  it('with a backup still being qualified: the scenario’s terms', () => {
    const t = run(6); // qualified in turn 6, in effect from turn 8: too late for an answer in turn 7
    expect(t[6]!.state.companies.player!.crises[0]!.worked).toBe(false);
  });
});
