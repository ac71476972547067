// The engine keeps complaints and the customers lost over them as expected
// (fractional) counts; the report shows them whole, "<1" for some but under half
// of one — never "7.7 of 7.7 settled" or "0.1 customers lost".
import { beforeAll, describe, expect, it } from 'vitest';
import { complaintsPart } from '../../src/game/ui/reportCustomers';
import { newSession } from '../../src/game/session';
import { shippedScenario } from '../support/scenarios';
import { fakeApp, installFakeDom, textOf } from './fakeDom';

const complaints = {
  policy: 'fifo' as const, levels: [5.2, 2.5, 0] as [number, number, number], total: 7.7, settled: 7.7,
  repeatTotal: 0.1, repeatSettled: 0.1, customersLost: 0.1,
};

describe('complaints in the turn report', () => {
  beforeAll(installFakeDom);
  const session = () => newSession(shippedScenario('tutorial'), '{}');

  it('are counted whole in English', () => {
    const text = textOf(complaintsPart(fakeApp(session(), 'en'), 'US', complaints));
    expect(text).toContain('Settled: 8 of 8.');
    expect(text).not.toContain('Repeat buyers'); // under half a complaint: nothing to say
    expect(textOf(complaintsPart(fakeApp(session(), 'en'), 'US', { ...complaints, repeatTotal: 1.6, repeatSettled: 0.3 })))
      .toContain('Repeat buyers: <1 of 2 settled.');
    expect(text).toContain('Customers lost over complaints: <1');
    expect(text).toMatch(/2 · returns 3\b/);
    expect(text).not.toMatch(/\d\.\d/);
  });

  it('and in Chinese', () => {
    const text = textOf(complaintsPart(fakeApp(session(), 'zh'), 'US', { ...complaints, settled: 3.4, customersLost: 2.6 }));
    expect(text).toContain('已解决：8 件中的 3 件。');
    expect(text).toContain('因投诉流失的客户：3');
    expect(text).not.toMatch(/\d\.\d/);
  });
});
