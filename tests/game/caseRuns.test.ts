// The case library's data and the case debrief's as-happened run (issue 6 §5):
// success or failure read from the case's source, the case block checked with the
// engine's schema, and the as-happened run played a turn per task in the browser
// giving exactly `chuhai run --as-happened`'s run (same hashes, score, figures).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogEntry, caseOutcome } from '../../src/game/catalog';
import { Session } from '../../src/game/session';
import { asHappenedBeside, playAsHappened, summariseRun } from '../../src/game/caseRuns';
import { playRun } from '../../src/run';
import { botActions, getBot } from '../../src/bots';
import { evaluateCase } from '../../src/cli/caseFigures';
import { shippedScenario } from '../support/scenarios';

const dir = new URL('../../scenarios/cases/', import.meta.url);
const caseTexts = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => ({ path: `scenarios/cases/${f}`, text: readFileSync(new URL(f, dir), 'utf8') }));

function studentSession(name: string): Session {
  const scenario = shippedScenario(name);
  return new Session({ scenario, scenarioText: '', seed: scenario.seedPolicy.kind === 'fixed' ? scenario.seedPolicy.seed! : 1, seedPolicy: { kind: 'fixed' } });
}

describe('the case library\'s catalogue', () => {
  it('reads success or failure from the case source\'s words', () => {
    expect(caseOutcome('004_b8004b958003678c.txt, 06, success 4')).toBe('success');
    expect(caseOutcome('seed 004 §06 Failure 2')).toBe('failure');
    expect(caseOutcome('calibration.md §3')).toBeNull();
    expect(caseOutcome('unsuccessful')).toBeNull();
  });

  it('summarises every shipped case: four successes, four failures, figures, markets, home currency', () => {
    const entries = caseTexts.map((c) => catalogEntry(c.path, c.text));
    expect(entries).toHaveLength(8);
    for (const e of entries) {
      expect(e.caseSummary, e.id).not.toBeNull();
      expect(e.caseSummary!.figures.length, e.id).toBeGreaterThan(0);
      expect(e.caseSummary!.markets.length, e.id).toBeGreaterThan(0);
      expect(e.caseSummary!.homeCurrency).toBe('CNY');
      expect(e.caseSummary!.homeDecimals).toBe(2);
    }
    expect(entries.filter((e) => e.caseSummary!.outcome === 'success').map((e) => e.id).sort())
      .toEqual(['case-3c-overseas-warehouse', 'case-b2b-portal-data', 'case-beauty-dtc-tiktok', 'case-sea-whatsapp-community']);
    expect(entries.filter((e) => e.caseSummary!.outcome === 'failure')).toHaveLength(4);
    const b2b = entries.find((e) => e.id === 'case-b2b-portal-data')!;
    expect(b2b.caseSummary!.markets.map((m) => m.name.en)).toEqual(['United States', 'Germany', 'United Kingdom', 'Japan']);
  });

  it('gives no case card for a campaign, or for a case block the schema refuses', () => {
    expect(catalogEntry('scenarios/tutorial.json', readFileSync(new URL('../../scenarios/tutorial.json', import.meta.url), 'utf8')).caseSummary).toBeNull();
    const bad = JSON.stringify({ id: 'x', case: { source: 'success 1', figures: [{ kpi: 'notAKpi', measure: 'sum', turns: [1, 2], op: '>=', target: 1 }] } });
    const e = catalogEntry('scenarios/cases/x.json', bad);
    expect(e.isCase).toBe(true);
    expect(e.caseSummary).toBeNull();
    expect(catalogEntry('scenarios/cases/y.json', '{not json').caseSummary).toBeNull();
  });
});

describe('the as-happened run beside a case debrief', () => {
  it('is the run `chuhai run --as-happened` plays: same hashes, score and figures', async () => {
    const student = studentSession('cases/sea-cards-only');
    const seen: number[] = [];
    const s = await playAsHappened(student, (t) => seen.push(t));
    const bot = getBot('as-happened')!;
    const cli = playRun(student.scenario, { seed: student.seed, decide: (state, last) => botActions(bot, state, last) });
    expect(s).not.toBeNull();
    expect(s!.turns.map((t) => t.hash)).toEqual(cli.run.turns.map((t) => t.hash));
    expect(seen).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    const summary = summariseRun(s!);
    expect(summary.card.score).toEqual(cli.run.final.score);
    const rows = cli.reports.map((r) => ({ turn: r.turn, kpis: r.companies.player!.kpis, markets: r.companies.player!.markets }));
    expect(summary.figures).toEqual(evaluateCase(student.scenario.case!, rows));
    expect(summary.figures!.holds).toBe(true); // the README: the as-happened play reproduces ~85% abandonment
    expect(summary.weeks).toBe(14);
    expect(summary.kpiMeans).toHaveLength(1);
    expect(summary.kpiMeans[0]).toMatchObject({ kpi: 'checkoutAbandonment', market: 'ID' });
    expect(summary.kpiMeans[0]!.value).toBeCloseTo(rows.reduce((a, r) => a + r.markets.ID!.checkoutAbandonment, 0) / 14, 12);
  });

  it('stops when the student leaves, and is played once per session otherwise', async () => {
    const student = studentSession('cases/hidden-logistics-costs');
    let turns = 0;
    const stopped = await playAsHappened(student, (t) => { turns = t; }, () => turns >= 3);
    expect(stopped).toBeNull();
    expect(turns).toBe(3);
    const progress: number[] = [];
    const play = asHappenedBeside(student, (p) => progress.push(p.turn), () => false);
    expect(asHappenedBeside(student, () => undefined, () => false)).toBe(play);
    await play.finished;
    // The script ends the project after turn 12 (the README: stopped at turn 12).
    expect(play.done!.weeks).toBe(12);
    expect(play.done!.endReason).not.toBeNull();
    expect(play.error).toBeNull();
    expect(progress.at(-1)).toBe(12);
  });
});
