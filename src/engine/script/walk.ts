// Walks a script config as plain data, with the path of each part from the
// scenario root (`script.states.peak.on.TURN[1]`). It reads defensively: the
// validator must not throw even on a config that bypassed the schema.

export type Path = readonly PropertyKey[];

export interface ScriptNode {
  /** The state's name in its parent, or null for the script's root. */
  key: string | null;
  /** Where its config is: `['script', 'states', 'peak']`. */
  path: Path;
  config: Record<string, unknown>;
  parent: ScriptNode | null;
  /** Child states in document order. */
  children: Map<string, ScriptNode>;
}

export interface ScriptTransition {
  source: ScriptNode;
  kind: 'TURN' | 'always';
  path: Path;
  config: Record<string, unknown>;
}

/** A guard or action reference: `{ type, params }`, or XState's bare-name shorthand. */
export interface ScriptRef {
  path: Path;
  name: string | undefined;
  raw: unknown;
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The root node and all its descendants, in document order (root first). */
export function collectNodes(script: Record<string, unknown>): ScriptNode[] {
  const out: ScriptNode[] = [];
  const visit = (key: string | null, path: Path, config: Record<string, unknown>, parent: ScriptNode | null): ScriptNode => {
    const node: ScriptNode = { key, path, config, parent, children: new Map() };
    out.push(node);
    const states = config.states;
    if (isRecord(states)) {
      for (const childKey of Object.keys(states)) {
        const child = states[childKey];
        if (isRecord(child)) node.children.set(childKey, visit(childKey, [...path, 'states', childKey], child, node));
      }
    }
    return node;
  };
  visit(null, ['script'], script, null);
  return out;
}

/** A single item or an array of them, each with its path. */
export function items(value: unknown, path: Path): { value: unknown; path: Path }[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.map((v, i) => ({ value: v, path: [...path, i] }));
  return [{ value, path }];
}

/** The node's TURN transitions, then its `always` transitions, as written. */
export function transitionsOf(node: ScriptNode): ScriptTransition[] {
  const out: ScriptTransition[] = [];
  const on = node.config.on;
  const groups: [ScriptTransition['kind'], unknown, Path][] = [
    ['TURN', isRecord(on) ? on.TURN : undefined, [...node.path, 'on', 'TURN']],
    ['always', node.config.always, [...node.path, 'always']],
  ];
  for (const [kind, value, path] of groups) {
    for (const item of items(value, path)) {
      // XState's shorthand `TURN: "target"` is a transition with only a target.
      const config = typeof item.value === 'string' ? { target: item.value } : item.value;
      if (isRecord(config)) out.push({ source: node, kind, path: item.path, config });
    }
  }
  return out;
}

export function refsOf(value: unknown, path: Path): ScriptRef[] {
  return items(value, path).map(({ value: raw, path: p }) => ({
    path: p,
    raw,
    name: typeof raw === 'string' ? raw : isRecord(raw) && typeof raw.type === 'string' ? raw.type : undefined,
  }));
}

/** Every action reference in the script: entry and exit of each node, then each transition's actions. */
export function actionRefs(nodes: readonly ScriptNode[]): ScriptRef[] {
  const out: ScriptRef[] = [];
  for (const node of nodes) {
    out.push(...refsOf(node.config.entry, [...node.path, 'entry']));
    out.push(...refsOf(node.config.exit, [...node.path, 'exit']));
    for (const t of transitionsOf(node)) out.push(...refsOf(t.config.actions, [...t.path, 'actions']));
  }
  return out;
}

/** Every guard reference in the script. */
export function guardRefs(nodes: readonly ScriptNode[]): ScriptRef[] {
  const out: ScriptRef[] = [];
  for (const node of nodes) {
    for (const t of transitionsOf(node)) {
      if (t.config.guard !== undefined) out.push(...refsOf(t.config.guard, [...t.path, 'guard']));
    }
  }
  return out;
}

/** True if `node` is `ancestor` or lies inside it. */
export function isWithin(node: ScriptNode, ancestor: ScriptNode): boolean {
  for (let n: ScriptNode | null = node; n !== null; n = n.parent) if (n === ancestor) return true;
  return false;
}

/** The state entered when `node` is entered: following `initial` down to a leaf. */
export function initialLeaf(node: ScriptNode): ScriptNode {
  let n = node;
  for (;;) {
    const initial = n.config.initial;
    const child = typeof initial === 'string' ? n.children.get(initial) : undefined;
    if (!child || n.config.type === 'atomic' || n.config.type === 'final') return n;
    n = child;
  }
}
