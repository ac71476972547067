// The change of a KPI since last turn, in words: delivery time carries its unit
// (it read "down 1.00", days unsaid) and a change too small for the one decimal
// shown is "no change".
import { beforeAll, describe, expect, it } from 'vitest';
import { newSession } from '../../src/game/session';
import { kpiDelta } from '../../src/game/ui/kpis';
import { shippedScenario } from '../support/scenarios';
import { fakeApp, installFakeDom, textOf } from './fakeDom';

describe('kpiDelta', () => {
  beforeAll(installFakeDom);
  const session = () => newSession(shippedScenario('tutorial'), '{}', 'c1');

  it('says delivery-time changes in days, in both languages', () => {
    expect(textOf(kpiDelta(fakeApp(session(), 'en'), 'deliveryDays', 20, 21.5))).toContain('1.5 days');
    expect(textOf(kpiDelta(fakeApp(session(), 'zh'), 'deliveryDays', 20, 21.5))).toContain('1.5 天');
    expect(textOf(kpiDelta(fakeApp(session(), 'en'), 'deliveryDays', 20, 20.03))).not.toMatch(/\d/);
  });
});
