// The shape of a script's states: what XState would reject when it builds or
// enters the machine (a compound state without a valid `initial`), what it would
// silently ignore (child states of an atomic state, a second state with the same
// id, events other than TURN), and keys that have no meaning in a script.
import { formatPath, type Problem } from '../problems';
import { describe, known } from './targets';
import { isRecord, type ScriptNode } from './walk';

const ROOT_KEYS = new Set(['id', 'initial', 'description', 'entry', 'on', 'always', 'states']);
const STATE_KEYS = new Set(['type', 'initial', 'id', 'description', 'entry', 'exit', 'on', 'always', 'states']);

export function checkStructure(nodes: readonly ScriptNode[]): Problem[] {
  const problems: Problem[] = [];
  const at = (path: readonly PropertyKey[], message: string) => problems.push({ path: formatPath(path), message });
  const seenIds = new Map<string, ScriptNode>();

  for (const node of nodes) {
    const { config, path } = node;
    const allowed = node.parent === null ? ROOT_KEYS : STATE_KEYS;
    for (const key of Object.keys(config)) {
      if (!allowed.has(key)) at([...path, key], `"${key}" has no meaning in a script (scripts advance only on TURN; keys: ${[...allowed].join(', ')})`);
    }
    if (isRecord(config.on)) {
      for (const key of Object.keys(config.on)) {
        if (key !== 'TURN') at([...path, 'on', key], `scripts receive only the TURN event, so "${key}" never happens`);
      }
    }

    const type = config.type;
    const hasChildren = node.children.size > 0;
    if ((type === 'atomic' || type === 'final') && hasChildren) {
      at([...path, 'states'], `a state of type "${type}" cannot have child states`);
    }
    if (type === 'compound' && !hasChildren) at([...path, 'type'], 'a compound state needs child states');
    const compound = hasChildren && type !== 'atomic' && type !== 'final';
    const initial = config.initial;
    if (compound) {
      if (initial === undefined) {
        at([...path, 'initial'], `a state with child states needs "initial"${known(node.children.keys())}`);
      } else if (typeof initial !== 'string' || !node.children.has(initial)) {
        at([...path, 'initial'], `"${String(initial)}" is not a child state of ${describe(node)}${known(node.children.keys())}`);
      }
    } else if (initial !== undefined) {
      at([...path, 'initial'], `"${String(initial)}": ${describe(node)} has no child states to start in`);
    }

    const id = config.id;
    if (id !== undefined) {
      const previous = seenIds.get(String(id));
      if (previous) at([...path, 'id'], `the id "${String(id)}" is already used at ${formatPath(previous.path)}`);
      else seenIds.set(String(id), node);
    }
  }
  // A child's default id is its path, so only the root's default can collide.
  if (nodes[0] && nodes[0].config.id === undefined && seenIds.has('(machine)')) {
    at([...seenIds.get('(machine)')!.path, 'id'], 'the id "(machine)" is the script\'s own');
  }
  return problems;
}
