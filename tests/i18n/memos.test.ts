// The report itemises each waterfall step by the engine's ledger memos
// (src/engine/moneyDetail.ts; src/game/ui/reportMoney.ts shows them), so every memo
// the engine can write has a translation, and a Chinese report shows no English
// line. The memos are read from the engine's sources (the last text literal of each
// post/spend/pay/payCash call, and the creator tiers' table), not from bot play: a
// memo no bot produces (a backup supplier's qualification) slipped past a play-based
// check. A bot run checks that the scan sees what play writes.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { newGame, resolveTurn, type TurnReport } from '../../src/engine';
import { ACCOUNTS } from '../../src/engine/ledger';
import { botActions, getBot } from '../../src/bots';
import { TABLES } from '../../src/i18n';
import { shippedScenario } from '../support/scenarios';

const ENGINE = fileURLToPath(new URL('../../src/engine', import.meta.url));

function engineSources(dir = ENGINE): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? engineSources(p) : p.endsWith('.ts') ? [readFileSync(p, 'utf8')] : [];
  });
}

function scannedMemos(): Set<string> {
  const memos = new Set<string>();
  for (const src of engineSources()) {
    // post(ledger, journal, debit, credit, amount, memo, market?) names two accounts; the
    // phases' spend/pay/payCash(…, account, amount, memo, market) one. The texts after them are memos.
    for (const call of src.matchAll(/(?<!function )\b(post|spend|pay|payCash)\(([^;]*?)\);/gs)) {
      const texts = [...call[2]!.matchAll(/'([^'\n]+)'/g)].map((m) => m[1]!);
      let accounts = call[1] === 'post' ? 2 : 1;
      while (accounts > 0 && texts.length > 0 && (ACCOUNTS as readonly string[]).includes(texts[0]!)) { texts.shift(); accounts -= 1; }
      for (const t of texts) memos.add(t);
    }
    for (const m of src.matchAll(/'(KOL\/KOC campaign \([a-z]+\))'/g)) memos.add(m[1]!);
  }
  return memos;
}

function playedMemos(): Set<string> {
  const memos = new Set<string>();
  const scenario = shippedScenario('campaign-global');
  for (const name of ['balanced', 'aggressive', 'naive']) {
    const bot = getBot(name)!;
    let state = newGame(scenario, 1);
    let last: TurnReport | null = null;
    while (!state.finished) {
      ({ state, report: last } = resolveTurn(state, botActions(bot, state, last)));
      for (const w of last.companies.player!.waterfall) for (const p of w.parts ?? []) memos.add(p.memo);
    }
  }
  return memos;
}

describe('waterfall lines', () => {
  const scanned = scannedMemos();

  it('have a translation for every memo the engine writes', () => {
    expect(scanned.size).toBeGreaterThan(40);
    expect([...scanned].filter((m) => !(`memo.${m}` in TABLES.zh) || !(`memo.${m}` in TABLES.en))).toEqual([]);
  });

  it('the scan sees every memo that play writes', () => {
    const played = playedMemos();
    expect(played.size).toBeGreaterThan(20);
    expect([...played].filter((m) => !scanned.has(m))).toEqual([]);
  });
});
