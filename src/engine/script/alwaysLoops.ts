// `always` transitions are taken within the turn, again and again while one is
// enabled. The facts do not change within a turn, so one that is enabled once
// stays enabled: without a guard, it must leave its state for good. This catches
// the cheap cases: a guardless `always` that stays inside its own state, and
// guardless `always` transitions that lead round in a circle (which a failing
// guard earlier in the list cannot break). Guarded cycles are left to the run
// time limit (machine.ts, microstepLimit).
import { formatPath, type Problem } from '../problems';
import { initialLeaf, isWithin, type ScriptNode, type ScriptTransition } from './walk';

export function checkAlways(
  nodes: readonly ScriptNode[],
  transitions: readonly ScriptTransition[],
  targets: ReadonlyMap<ScriptTransition, ScriptNode>,
): Problem[] {
  const problems: Problem[] = [];
  const unguarded = transitions.filter((t) => t.kind === 'always' && t.config.guard === undefined);
  const stays = new Set<ScriptTransition>();
  for (const t of unguarded) {
    const target = targets.get(t);
    if (t.config.target === undefined) {
      stays.add(t);
      problems.push({ path: formatPath(t.path), message: 'an `always` transition without a guard or a target is taken on every step and never leaves; add a guard or a target (for something to do each turn, use on.TURN)' });
    } else if (target && isWithin(target, t.source)) {
      stays.add(t);
      problems.push({ path: formatPath([...t.path, 'target']), message: 'an `always` transition without a guard must leave its state; this one targets its own state, so it is taken again on every step' });
    }
  }
  problems.push(...cycles(nodes, unguarded.filter((t) => !stays.has(t) && targets.has(t)), targets));
  return problems;
}

/**
 * Follows, from every leaf state, the first guardless `always` transition that
 * applies (the leaf's own, else its parent's, …) as if no guard held, and reports
 * each circle once, at its transition that comes first in the file.
 */
function cycles(nodes: readonly ScriptNode[], unguarded: readonly ScriptTransition[], targets: ReadonlyMap<ScriptTransition, ScriptNode>): Problem[] {
  const firstUnguarded = new Map<ScriptNode, ScriptTransition>();
  for (const t of unguarded) if (!firstUnguarded.has(t.source)) firstUnguarded.set(t.source, t);
  const order = new Map(nodes.map((n, i) => [n, i]));
  const step = (leaf: ScriptNode): [ScriptTransition, ScriptNode] | null => {
    for (let n: ScriptNode | null = leaf; n !== null; n = n.parent) {
      const t = firstUnguarded.get(n);
      if (t) return [t, initialLeaf(targets.get(t)!)];
    }
    return null;
  };

  const problems: Problem[] = [];
  const reported = new Set<ScriptTransition>();
  for (const start of nodes) {
    if (initialLeaf(start) !== start) continue;
    const seen: ScriptNode[] = [start];
    const taken: ScriptTransition[] = [];
    let leaf = start;
    for (;;) {
      const next = step(leaf);
      // Arriving where it left is no loop: XState stops when the states do not change.
      if (!next || next[1] === leaf) break;
      taken.push(next[0]);
      const again = seen.indexOf(next[1]);
      if (again >= 0) {
        const circle = taken.slice(again);
        // One unguarded transition per state is followed, so states order them.
        const first = [...circle].sort((a, b) => order.get(a.source)! - order.get(b.source)!)[0]!;
        if (!reported.has(first)) {
          reported.add(first);
          const names = [...seen.slice(again), next[1]].map((n) => n.key ?? '(root)').join(' → ');
          problems.push({ path: formatPath(first.path), message: `\`always\` transitions without guards go round in a circle (${names}): whenever no other guard holds, the turn never ends` });
        }
        break;
      }
      seen.push(next[1]);
      leaf = next[1];
    }
  }
  return problems;
}
