// How zod's issues read once translated for an instructor (src/scenario/zodProblems.ts).
import { describe, expect, it } from 'vitest';
import { problemAt, problemsAfter } from './helpers';

type S = Parameters<Parameters<typeof problemsAfter>[0]>[0];
type Case = [name: string, edit: (s: S) => void, path: string, message: string];
const any = (x: unknown): Record<string, unknown> => x as Record<string, unknown>;

const cases: Case[] = [
  ['a missing field', (s) => { delete any(s.markets[1]).tax; }, 'markets[1].tax', 'required field "tax" is missing'],
  ['text where a number belongs', (s) => { any(s.products[0]).unitCost = '4500'; }, 'products[0].unitCost', 'must be a number, not text ("4500")'],
  ['a fraction where a whole number belongs', (s) => { s.turns = 12.5; }, 'turns', 'must be a whole number (it is 12.5)'],
  ['a value below a strict minimum', (s) => { s.currencies[1]!.rate = 0; }, 'currencies[1].rate', 'must be greater than 0 (it is 0)'],
  ['a value not in an enum', (s) => { any(s.products[0]).tier = 'luxury'; }, 'products[0].tier', 'must be one of: "budget", "mid", "premium" (it is "luxury")'],
  ['an unknown action type', (s) => { any(any(s.script!.states.early).entry).type = 'playSound'; }, 'script.states.early.entry.type',
    'must be one of: "triggerEvent", "endEvent", "setParameter", "setObjective", "showMessage", "endScenario", "shockCurrency" (it is "playSound")'],
  ['an unknown seed policy', (s) => { any(s.seedPolicy).kind = 'random'; }, 'seedPolicy.kind', 'must be one of: "fixed", "perStudent" (it is "random")'],
  ['neither an object nor a list', (s) => { any(any(s.script!.states.early).on).TURN = 'peak'; }, 'script.states.early.on.TURN',
    'must be an object { … }, or a list [ … ] (it is text ("peak"))'],
  ['an unknown field inside a union', (s) => { any(any(any(s.script!.states.early).on).TURN).cond = 'x'; }, 'script.states.early.on.TURN.cond',
    'unknown field "cond"; check the spelling (allowed: target, guard, actions, description)'],
  ['a bad state name', (s) => { any(s.script!.states)['2nd'] = { type: 'final' }; }, 'script.states.2nd',
    'the name "2nd" is not allowed here: an id is 1–40 letters, digits, "_" or "-", starting with a letter (it is "2nd")'],
  ['an unknown duty category', (s) => { any(s.markets[1]!.tax).dutyByCategory = { hom: 0.1 }; }, 'markets[1].tax.dutyByCategory.hom',
    'unknown field "hom"; check the spelling — did you mean "home"? (allowed: beauty, apparel, electronics, home, toys, sports, health, industrial, food)'],
  ['an empty text', (s) => { s.title.en = ''; }, 'title.en', 'must not be empty'],
  ['an empty list', (s) => { s.channels[0]!.markets = []; }, 'channels[0].markets', 'must have at least 1 item (it has 0)'],
  ['a short range', (s) => { any(s.carriers[0]).transitDays = [3]; }, 'carriers[0].transitDays', 'must have at least 2 items (it has 1)'],
  ['a reversed range', (s) => { any(s.carriers[0]).transitDays = [9, 3]; }, 'carriers[0].transitDays', 'the first number of a range must not exceed the second'],
  ['a bad id', (s) => { s.products[0]!.id = 'lamp lamp'; }, 'products[0].id', 'an id is 1–40 letters, digits, "_" or "-", starting with a letter (it is "lamp lamp")'],
  ['"home" or an id', (s) => { any(s.player.stock![0]).location = 7; }, 'player.stock[0].location', 'must be "home", or text in double quotes (it is a number (7))'],
  ['a wrong type with a length limit', (s) => { any(s.carriers[0]).markets = 'x'.repeat(60); }, 'carriers[0].markets', `must be a list [ … ], not text ("${'x'.repeat(40)}…")`],
];

describe('schema problems in plain words', () => {
  it.each(cases)('%s', (_name, edit, path, message) => {
    const problems = problemsAfter(edit);
    expect(problemAt(problems, path).message).toBe(message);
    // One problem per mistake: no echo of the same one in zod's other words.
    expect(problems.filter((p) => p.path === path)).toHaveLength(1);
  });
});
