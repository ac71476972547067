// as-happened: replays the moves the case reconstructs (the seed records only the outcome), from the scenario's
// `asHappened.turns` (the actions of turn n are played when turn n is decided).
import type { Action } from '../engine';
import type { Bot } from './types';

export const asHappened: Bot = {
  name: 'as-happened',
  description: 'Plays the scenario’s own “as it happened” actions, turn by turn; nothing when the scenario has none.',
  decide(view, scenario): Action[] {
    const next = view.turn + 1;
    const turns = scenario.asHappened?.turns ?? [];
    const out: Action[] = [];
    for (const t of turns) if (t.turn === next) out.push(...t.actions);
    return out;
  },
};
