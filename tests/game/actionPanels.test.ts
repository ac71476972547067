// Every action the engine accepts from a student is offered by a decision panel.
import { describe, expect, it } from 'vitest';
import { Action } from '../../src/engine';
import { ACTION_PANEL } from '../../src/game/actionPanels';
import { PANELS } from '../../src/game/ui/panels';

function engineActionTypes(): string[] {
  return Action.options.map((o) => String(o.shape.type.value)).sort();
}

describe('decision panels cover the engine', () => {
  it('every action type of the engine has a panel', () => {
    const types = engineActionTypes();
    expect(types.length).toBeGreaterThan(10);
    expect(types.filter((t) => !(t in ACTION_PANEL))).toEqual([]);
  });

  it('every panel named exists (or is the crisis dialog)', () => {
    for (const panel of Object.values(ACTION_PANEL)) expect([...PANELS.map((p) => p.id), 'crisis']).toContain(panel);
  });
});
