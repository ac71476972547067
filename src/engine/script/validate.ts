// Checks a scenario's script beyond its schema: that the machine can be built
// and entered, that everything it names exists, and that the values it sets and
// tests can take effect (values.ts). Returns problems with their
// path from the scenario root; never throws (STYLE.md: errors are values).
import { initialTransition, type StateNode } from 'xstate';
import type { Scenario, Script } from '../schema';
import { formatPath, type Problem } from '../problems';
import { createScriptMachine } from './machine';
import { messageOf } from './snapshot';
import { idsOf, resolveTarget } from './targets';
import { checkStructure } from './structure';
import { checkNames } from './registry';
import { checkReferences } from './references';
import { checkValues } from './values';
import { checkAlways } from './alwaysLoops';
import { actionRefs, collectNodes, guardRefs, isRecord, transitionsOf, type ScriptNode, type ScriptTransition } from './walk';

export function validateScript(scenario: Scenario): Problem[] {
  try {
    return check(scenario);
  } catch (err) {
    return [{ path: 'script', message: `the script could not be checked: ${messageOf(err)}` }];
  }
}

function check(scenario: Partial<Scenario>): Problem[] {
  if (!isRecord(scenario) || scenario.script === undefined) return [];
  const script: unknown = scenario.script;
  if (!isRecord(script)) return [{ path: 'script', message: 'a script is an object with "initial" and "states"' }];

  const nodes = collectNodes(script);
  const transitions = nodes.flatMap(transitionsOf);
  const problems = checkStructure(nodes);

  const ids = idsOf(nodes);
  const targets = new Map<ScriptTransition, ScriptNode>();
  for (const t of transitions) {
    if (t.config.target === undefined) continue;
    const resolved = resolveTarget(t.source, t.config.target, ids);
    if ('node' in resolved) targets.set(t, resolved.node);
    else problems.push({ path: formatPath([...t.path, 'target']), message: resolved.error });
  }

  const guards = guardRefs(nodes);
  const actions = actionRefs(nodes);
  problems.push(...checkNames(guards, actions));
  problems.push(...checkReferences([...guards, ...actions], scenario));
  problems.push(...checkValues([...guards, ...actions], scenario));
  problems.push(...checkAlways(nodes, transitions, targets));
  // A second opinion from XState itself, for anything the checks above missed.
  if (problems.length === 0) problems.push(...buildAndEnter(script as Script));
  return problems;
}

function buildAndEnter(script: Script): Problem[] {
  try {
    const machine = createScriptMachine(script);
    resolveInitials(machine.root);
    const [snapshot] = initialTransition(machine);
    if (snapshot.status === 'error') return [{ path: 'script', message: `XState cannot start the script: ${messageOf(snapshot.error)}` }];
    return [];
  } catch (err) {
    return [{ path: 'script', message: `XState rejects the script: ${messageOf(err)}` }];
  }
}

/** XState resolves a state's `initial` only when it first enters it; force it for every state. */
function resolveInitials(node: StateNode): void {
  if (node.type === 'compound') void node.initial;
  for (const child of Object.values(node.states)) resolveInitials(child);
}
