// Guard and action names must be in the registries. The schema already says so;
// this checks again against the very Maps the machine is built from, because
// XState silently skips an action it has no implementation for.
import { GuardRef } from '../schema';
import { formatPath, type Problem } from '../problems';
import { GUARDS } from './guards';
import { ACTIONS } from './actions';
import { known } from './targets';
import type { ScriptRef } from './walk';

export function checkNames(guards: readonly ScriptRef[], actions: readonly ScriptRef[]): Problem[] {
  const problems: Problem[] = [];
  for (const ref of guards) {
    const problem = checkRef(ref, 'guard', GUARDS.has(ref.name ?? ''), GUARDS.keys(), (raw) => GuardRef.safeParse(raw));
    if (problem) problems.push(problem);
  }
  for (const ref of actions) {
    const schema = ACTIONS.get(ref.name ?? '');
    const problem = checkRef(ref, 'action', schema !== undefined, ACTIONS.keys(), (raw) => schema!.safeParse(raw));
    if (problem) problems.push(problem);
  }
  return problems;
}

type Parse = (raw: unknown) => { success: true } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };

function checkRef(ref: ScriptRef, kind: string, registered: boolean, names: Iterable<string>, parse: Parse): Problem | null {
  const typePath = typeof ref.raw === 'string' ? ref.path : [...ref.path, 'type'];
  if (ref.name === undefined) return { path: formatPath(ref.path), message: `a ${kind} is { "type": name, "params": {…} }` };
  if (!registered) return { path: formatPath(typePath), message: `unknown ${kind} "${ref.name}"${known(names)}` };
  const parsed = parse(typeof ref.raw === 'string' ? { type: ref.raw } : ref.raw);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return { path: formatPath([...ref.path, ...(issue?.path ?? [])]), message: issue?.message ?? `invalid ${kind}` };
}
