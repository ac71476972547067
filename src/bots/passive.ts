// passive: does nothing; the opening position plays itself out (a baseline).
import type { Bot } from './types';

export const passive: Bot = {
  name: 'passive',
  description: 'Takes no decisions: the opening listings sell what stock there is.',
  decide: () => [],
};
