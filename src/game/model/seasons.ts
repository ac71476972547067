// The season banner (lesson 12: peaks multiply demand — Black Friday, 11.11,
// Ramadan…): the peaks running in the last reported week, from the report, and
// the next ones on the scenario's calendar, so stock can be sent in time.
import type { Localised, Scenario, TurnReport } from '../../engine';
import { weekOfTurn, worldOf } from '../../engine/world';
import type { SeasonBanner, UpcomingSeason } from './types';

function seasonName(scenario: Scenario, market: string, id: string): Localised {
  return scenario.markets.find((m) => m.id === market)?.seasons.find((s) => s.id === id)?.name ?? { zh: id, en: id };
}

/**
 * Running peaks, one banner per season shared by several markets ("11.11" in
 * Indonesia and the Emirates), in scenario market order. Seasons group by id and
 * name: one id may carry a different name per market (Ramadan in the Emirates,
 * "Ramadan and Lebaran shopping" in Indonesia) and each name is shown as written.
 */
export function currentSeasons(scenario: Scenario, report: TurnReport | null): SeasonBanner[] {
  if (!report) return [];
  return banners(scenario, (market) => report.seasons[market]);
}

/** One banner per (season, name), naming the markets where `idOf` finds it, in scenario market order. */
function banners(scenario: Scenario, idOf: (market: string) => string | null | undefined): SeasonBanner[] {
  const out = new Map<string, SeasonBanner>();
  for (const m of scenario.markets) {
    const id = idOf(m.id);
    if (id === null || id === undefined) continue;
    const name = seasonName(scenario, m.id, id);
    const key = JSON.stringify([id, name.zh, name.en]);
    const banner = out.get(key) ?? { id, name, markets: [] };
    banner.markets.push({ id: m.id, name: m.name });
    out.set(key, banner);
  }
  return [...out.values()];
}

/**
 * The first peak that starts in each market within `horizon` turns after `turn`,
 * soonest first; one entry for a season starting in several markets in one turn.
 */
export function upcomingSeasons(scenario: Scenario, turn: number, report: TurnReport | null, horizon = 8): UpcomingSeason[] {
  const calendar = worldOf(scenario).seasonNameByWeek;
  const out: UpcomingSeason[] = [];
  const byKey = new Map<string, UpcomingSeason>();
  for (const m of scenario.markets) {
    const names = calendar.get(m.id);
    if (!names) continue;
    let previous = report?.seasons[m.id] ?? null;
    for (let t = turn + 1; t <= Math.min(scenario.turns, turn + horizon); t += 1) {
      const week = weekOfTurn(scenario, t);
      const id = names[week] ?? null;
      if (id !== null && id !== previous) {
        const name = seasonName(scenario, m.id, id);
        const key = JSON.stringify([t, id, name.zh, name.en]);
        const have = byKey.get(key);
        if (have) have.markets.push({ id: m.id, name: m.name });
        else {
          const entry = { id, name, markets: [{ id: m.id, name: m.name }], turn: t, week };
          byKey.set(key, entry);
          out.push(entry);
        }
        break;
      }
      previous = id;
    }
  }
  return out.sort((a, b) => a.turn - b.turn); // stable: scenario market order within a turn
}

/**
 * The peaks on the calendar in a turn not yet played (the one being decided), one
 * entry per season shared by several markets, in scenario market order: the play
 * screen says so above the map, so the week traffic multiplies is not missed.
 */
export function seasonsInTurn(scenario: Scenario, turn: number): SeasonBanner[] {
  if (turn < 1 || turn > scenario.turns) return [];
  const calendar = worldOf(scenario).seasonNameByWeek;
  const week = weekOfTurn(scenario, turn);
  return banners(scenario, (market) => calendar.get(market)?.[week]);
}
