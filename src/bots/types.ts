// The bot contract (DESIGN.md §1, §7 `chuhai run --bot`, `chuhai simulate`): a bot
// plays the student's company from what a student can see — the StudentView and
// the public scenario (true demand zeroed) — and nothing else.
import type { Action, Scenario, StudentView } from '../engine';

export const BOT_NAMES = ['passive', 'naive', 'balanced', 'aggressive', 'as-happened'] as const;
export type BotName = (typeof BOT_NAMES)[number];

export interface Bot {
  name: BotName;
  description: string;
  /**
   * The actions for the coming turn (view.turn + 1). Must be a pure function of its
   * arguments: no clocks, no randomness, no memory between calls, so a run replays.
   */
  decide(view: StudentView, scenario: Scenario): Action[];
}
