// Assertions shared by the scenario-loading tests.
import { expect } from 'vitest';
import type { Problem } from '../../src/engine/problems';
import { loadScenario, type LoadOptions } from '../../src/scenario/load';
import { minimalScenario } from './fixture';

/** Loads input that must be refused, and returns its problems. */
export function problemsOf(input: string | Uint8Array, opts?: LoadOptions): Problem[] {
  const result = loadScenario(input, opts);
  if (result.ok) throw new Error('expected the scenario to be refused, but it loaded');
  return result.problems;
}

/** Loads the fixture after `edit`, and returns its problems (it must be refused). */
export function problemsAfter(edit: (s: ReturnType<typeof minimalScenario> & Record<string, unknown>) => void): Problem[] {
  const s = minimalScenario();
  edit(s);
  return problemsOf(JSON.stringify(s));
}

/** A message an instructor can read: a sentence, not a zod code or a stack trace. */
export function expectReadable(problem: Problem): void {
  expect(problem.path.length).toBeGreaterThan(0);
  expect(problem.message.length).toBeGreaterThan(5);
  expect(problem.message.length).toBeLessThan(600);
  expect(problem.message).not.toMatch(/invalid_|too_small|too_big|unrecognized_keys|Zod|\bat .+:\d+:\d+|undefined/);
}

/** The single problem at `path`; fails listing all problems when there is none. */
export function problemAt(problems: Problem[], path: string): Problem {
  const found = problems.find((p) => p.path === path);
  expect(found, `no problem at ${path}; got:\n${problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`).toBeDefined();
  expectReadable(found!);
  return found!;
}
