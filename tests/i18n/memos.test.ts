// The report itemises each waterfall step by the engine's ledger memos
// (src/engine/moneyDetail.ts; src/game/ui/reportMoney.ts shows them): every memo
// that bots of every style write in the shipped campaign and tutorial has a
// translation, so a Chinese report shows no English line.
import { describe, expect, it } from 'vitest';
import { newGame, resolveTurn, type TurnReport } from '../../src/engine';
import { botActions, getBot } from '../../src/bots';
import { TABLES } from '../../src/i18n';
import { shippedScenario } from '../support/scenarios';

function memosOf(id: string, bots: string[], seeds: number[]): Set<string> {
  const scenario = shippedScenario(id);
  const memos = new Set<string>();
  for (const name of bots) for (const seed of seeds) {
    const bot = getBot(name)!;
    let state = newGame(scenario, seed);
    let last: TurnReport | null = null;
    while (!state.finished) {
      ({ state, report: last } = resolveTurn(state, botActions(bot, state, last)));
      for (const c of Object.values(last.companies)) for (const w of c.waterfall) for (const p of w.parts ?? []) memos.add(p.memo);
    }
  }
  return memos;
}

describe('waterfall lines', () => {
  it('have a translation for every memo the campaign and the tutorial produce', () => {
    const memos = new Set([...memosOf('campaign-global', ['balanced', 'aggressive', 'naive'], [1, 2]), ...memosOf('tutorial', ['balanced', 'aggressive'], [1])]);
    expect(memos.size).toBeGreaterThan(25);
    const missing = [...memos].filter((m) => !(`memo.${m}` in TABLES.zh) || !(`memo.${m}` in TABLES.en));
    expect(missing).toEqual([]);
  });
});
