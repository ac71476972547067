// Resolves transition targets the way XState does (a sibling name, ".child",
// "#id" or "#id.child"), but with a message and a path instead of a throw, and
// stricter: names are looked up as own keys only, and an empty segment ("a..b",
// "b.") is an error where XState would silently stop at it.
import type { ScriptNode } from './walk';

export type Resolved = { node: ScriptNode } | { error: string };

/** The root's id (XState's default is "(machine)") and every explicit `id`. */
export function idsOf(nodes: readonly ScriptNode[]): Map<string, ScriptNode> {
  const ids = new Map<string, ScriptNode>();
  for (const node of nodes) {
    const id = node.config.id;
    if (node.parent === null) ids.set(typeof id === 'string' ? id : '(machine)', node);
    else if (typeof id === 'string' && !ids.has(id)) ids.set(id, node);
  }
  return ids;
}

export function resolveTarget(source: ScriptNode, target: unknown, ids: ReadonlyMap<string, ScriptNode>): Resolved {
  if (typeof target !== 'string') return { error: 'a target is a state name, ".child" or "#id"' };
  if (target.includes('\\')) return { error: `"${target}": a target may not contain "\\"` };
  if (target.startsWith('#')) {
    const [id = '', ...rest] = target.slice(1).split('.');
    const start = ids.get(id);
    if (!start) return { error: `"${target}": no state has the id "${id}"${known(ids.keys())}` };
    return walk(start, rest, target);
  }
  if (target.startsWith('.')) return walk(source, target.slice(1).split('.'), target);
  if (source.parent === null) return { error: `"${target}": from the script's root, name a child as ".${target}" or an id as "#id"` };
  return walk(source.parent, target.split('.'), target);
}

function walk(from: ScriptNode, segments: readonly string[], target: string): Resolved {
  let node = from;
  for (const segment of segments) {
    if (segment === '') return { error: `"${target}" has an empty state name` };
    const child = node.children.get(segment);
    if (!child) return { error: `"${target}": no state "${segment}" in ${describe(node)}${known(node.children.keys())}` };
    node = child;
  }
  return { node };
}

export function describe(node: ScriptNode): string {
  return node.key === null ? 'the script' : `"${node.key}"`;
}

/** "; known: a, b, c" — at most 12 names, for a message. */
export function known(names: Iterable<string>): string {
  const all = [...names];
  if (all.length === 0) return '';
  const shown = all.slice(0, 12).join(', ');
  return `; known: ${shown}${all.length > 12 ? ', …' : ''}`;
}
