// The engine's own immer instance, used for the script's effects (resolveTurn.ts).
// Auto-freezing is off: freezing walks every new object, which cost more than the
// turn budget allows. States are still never mutated: phases write through
// `produce` or copy-on-write, and the property tests check that a turn leaves the
// state it was given unchanged (same hash before and after).
import { Immer } from 'immer';

const immer = new Immer({ autoFreeze: false });

export const produce = immer.produce.bind(immer) as Immer['produce'];
