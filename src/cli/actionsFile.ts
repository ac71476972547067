// The `chuhai run --actions FILE` format (src/cli/README.md): a JSON array with one
// array of actions per turn. Each action is checked against the engine's action
// schema before anything is played, so a typo in an instructor's file is reported
// with its place (`[3][0].price: …`) instead of being refused silently in turn 4.
import { z } from 'zod';
import { Action } from '../engine';
import { decodeUtf8, parseJson } from '../scenario/parseJson';
import { issuesToProblems } from '../scenario/zodProblems';
import { InputError } from './output';
import { ACTIONS_FILE, readOrFail } from './files';

const ActionsFile = z.array(z.array(Action).max(1000)).max(104);

/** At most this many problems are listed: the first ones are what to fix. */
const SHOWN = 20;

export function readActionsFile(path: string, scenarioTurns: number): unknown[][] {
  const decoded = decodeUtf8(readOrFail(path, ACTIONS_FILE));
  if (!decoded.ok) throw new InputError(`${path}: ${decoded.problems[0]!.message}`);
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) throw new InputError(`${path}: ${parsed.problems[0]!.message}`);
  const value = parsed.value;
  if (!Array.isArray(value) || value.some((t) => !Array.isArray(t))) {
    const at = Array.isArray(value) ? value.findIndex((t) => !Array.isArray(t)) : -1;
    const where = at < 0 ? '(root)' : `[${at}]`;
    throw new InputError(`${path}: ${where}: expected a JSON array with one array of actions per turn, like [[{"type":"setPrice",…}], []]`);
  }
  if (value.length > scenarioTurns) {
    throw new InputError(`${path}: the file has actions for ${value.length} turns; the scenario has ${scenarioTurns}`);
  }
  const checked = ActionsFile.safeParse(value);
  if (!checked.success) {
    const { problems, more } = issuesToProblems(checked.error.issues, ActionsFile, value, SHOWN);
    const lines = problems.map((p) => `${path}: ${p.path}: ${p.message}`);
    if (more > 0) lines.push(`${path}: … and ${more} more problems`);
    throw new InputError(`${path} holds actions the engine cannot read (turn n is [n-1]):`, lines);
  }
  // The parsed JSON, not zod's output: zod drops nothing here (strict objects),
  // and the run must record exactly what the file says.
  return value as unknown[][];
}
