// Lesson 3 (seed 004 §06 failure 3; seed 004 §03 跨境溝通需遵循清晰、簡潔、文化敏感三大原則): native localisation
// beats word-for-word translation, which risks a cultural backlash. The US and
// Germany, the balanced seller with ¥1M of capital; from turn 1 its listings and
// ads are either natively transcreated (treatment) or machine-translated
// (control) in both. Measured: revenue over turns 1–26.
// Why ¥1M: the lesson is about the quality of localisation. With the campaign's
// ¥300,000, native transcreation's ¥60,000 for two markets also takes a fifth of
// the seller's cash in week 1 — less stock and fewer ads — and over 26 weeks that
// capital effect outweighs it (machine translation then sells more: −¥56,650
// [−¥80,760, −¥32,540] over 100 seeds, measured 22 Nov 2026). Localising is an
// investment a cash-starved seller must time; scenarios/LESSONS.md says so.
import type { Action, Scenario } from '../../engine';
import type { Lesson } from '../lesson';
import { sliceScenario } from '../slice';
import { balancedWith, campaignText, kpi, play } from '../lab';
import { instead } from '../arms';

let cached: Scenario | null = null;
const scenario = () => (cached ??= sliceScenario(campaignText, {
  markets: ['US', 'DE'], turns: 26,
  edit(s) { (s.player as { cash: number }).cash = 100_000_000; },
}));

const localise = (level: 'native' | 'machine'): Action[] => (['US', 'DE'] as const).map((market) => ({ type: 'setLocalisation', market, level }));

export const localisation: Lesson = {
  id: 3,
  title: 'Native localisation beats word-for-word translation, which risks backlash',
  titleZh: '本土化创作胜过逐字翻译，后者有舆情风险',
  source: 'seed 004 §06 failure 3 (ads translated word for word); seed 004 §03 (clear, concise, culturally sensitive communication)',
  kpi: 'revenue, all turns (sum)',
  compare: 'native transcreation vs machine translation in US and DE (balanced seller, ¥1M capital)',
  expect: 'up',
  sample(seed) {
    const s = scenario();
    const treat = kpi(play(s, seed, balancedWith(instead('setLocalisation', 1, localise('native')))).reports, 'revenue', 'sum', [1, 26]);
    const ctrl = kpi(play(s, seed, balancedWith(instead('setLocalisation', 1, localise('machine')))).reports, 'revenue', 'sum', [1, 26]);
    return treat - ctrl;
  },
};
