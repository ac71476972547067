// The debrief of a case (issue 6 §5) sets the student's run beside the as-happened
// run: the scenario's `asHappened` script (the moves the case reconstructs) played by
// the bots' as-happened player through the engine, in the browser, on the
// student's own seed — the same play as `chuhai run --as-happened`. It is played
// one turn per task so the page keeps answering (the longest case is 52 turns).
// Every number the comparison shows is read here from the engine's reports and
// scorecard, so the screen only formats.
import type { KpiKey, Localised } from '../engine';
import type { ScoreCard } from '../engine/score';
import { asHappened } from '../bots/asHappened';
import { botActions } from '../bots';
import { evaluateCase, type CaseResult, type TurnKpis } from '../cli/caseFigures';
import { headlineKpis, type HeadlineKpi } from '../run';
import { Session } from './session';

export interface KpiMean { kpi: KpiKey; market?: string; value: number | null }

export interface RunSummary {
  weeks: number;
  card: ScoreCard;
  /** The case's figures measured on this run (null for a scenario without a case block). */
  figures: CaseResult | null;
  headline: Record<HeadlineKpi, number>;
  /** Each figure's KPI (in its market) as a weekly average over the weeks played. */
  kpiMeans: KpiMean[];
  endReason: Localised | null;
}

function turnKpis(s: Session): TurnKpis[] {
  return s.reports.map((r) => ({ turn: r.turn, kpis: r.companies.player!.kpis, markets: r.companies.player!.markets }));
}

/** The figures' KPIs, once each; company revenue, profit and orders are already in the headline totals. */
function figureKpis(s: Session): { kpi: KpiKey; market?: string }[] {
  const seen = new Set<string>();
  const out: { kpi: KpiKey; market?: string }[] = [];
  for (const f of s.scenario.case?.figures ?? []) {
    const key = `${f.kpi}|${f.market ?? ''}`;
    if (seen.has(key) || (f.market === undefined && (f.kpi === 'revenue' || f.kpi === 'profit' || f.kpi === 'orders'))) continue;
    seen.add(key);
    out.push(f.market === undefined ? { kpi: f.kpi } : { kpi: f.kpi, market: f.market });
  }
  return out;
}

export function summariseRun(s: Session): RunSummary {
  const rows = turnKpis(s);
  const block = s.scenario.case;
  // A weekly mean is the case-figure measure "mean" over every week played.
  const means = figureKpis(s).map(({ kpi, market }) => {
    const fig = { kpi, market, measure: 'mean' as const, turns: [1, Math.max(1, rows.length)] as [number, number], op: '>=' as const, target: 0 };
    return { kpi, ...(market === undefined ? {} : { market }), value: block ? evaluateCase({ source: block.source, figures: [fig] }, rows).figures[0]!.value : null };
  });
  return {
    weeks: s.reports.length,
    card: s.scoreCard(),
    figures: block ? evaluateCase(block, rows) : null,
    headline: headlineKpis(s.reports, s.state),
    kpiMeans: means,
    endReason: s.state.endReason,
  };
}

/** A new task, not a timer: a background tab's timers are slowed to one a second, messages are not. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); resolve(); };
    channel.port2.postMessage(null);
  });
}

export interface AsHappenedPlay {
  /** Weeks played so far, and how many the scenario has. */
  turn: number;
  total: number;
  /** The finished run, once played. */
  done: RunSummary | null;
  error: string | null;
  finished: Promise<void>;
}

/** Plays the scenario's as-happened script on `seed`, a turn per task; `stop()` true ends it early (the student left). */
export async function playAsHappened(student: Session, progress: (turn: number) => void, stop: () => boolean = () => false): Promise<Session | null> {
  const s = new Session({ scenario: student.scenario, scenarioText: student.scenarioText, seed: student.seed, seedPolicy: { kind: 'fixed' } });
  while (!s.finished) {
    if (stop()) return null;
    s.play(botActions(asHappened, s.state, s.lastReport));
    progress(s.turn);
    await nextTask();
  }
  return s;
}

const plays = new WeakMap<Session, AsHappenedPlay>();

/** The as-happened run beside this student's session: started on first ask, then kept with the session. */
export function asHappenedBeside(student: Session, onProgress: (play: AsHappenedPlay) => void, stop: () => boolean): AsHappenedPlay {
  const known = plays.get(student);
  if (known) return known;
  const play: AsHappenedPlay = { turn: 0, total: student.scenario.turns, done: null, error: null, finished: Promise.resolve() };
  plays.set(student, play);
  play.finished = playAsHappened(student, (turn) => { play.turn = turn; onProgress(play); }, stop)
    .then((s) => {
      if (s) play.done = summariseRun(s);
      else plays.delete(student); // stopped: asked again, it starts over
    })
    .catch((err: unknown) => { play.error = err instanceof Error ? err.message : String(err); })
    .finally(() => onProgress(play));
  return play;
}
