// The engine's own immer instance. Auto-freezing is off: freezing walks every new
// object of every phase, and most of a turn's cost went there. States are still
// never mutated: each phase writes through `produce`, and the property tests check
// that a turn leaves the state it was given unchanged (same hash before and after).
import { Immer } from 'immer';

const immer = new Immer({ autoFreeze: false });

export const produce = immer.produce.bind(immer) as Immer['produce'];
