// Exchange rates on the Markets tab have four significant figures: the rupiah's
// 0.00045 read "0.0005" (11% off) with four decimals, and its moves not at all.
import { beforeAll, describe, expect, it } from 'vitest';
import { marketsPanel } from '../../src/game/ui/panelsMarkets';
import { newSession } from '../../src/game/session';
import { shippedScenario } from '../support/scenarios';
import { fakeApp, installFakeDom, textOf } from './fakeDom';

describe('exchange rates on the Markets tab', () => {
  beforeAll(installFakeDom);

  it('show four significant figures', () => {
    const s = newSession(shippedScenario('campaign-global'), '{}', 'x1');
    expect(s.view().fx.IDR).toBeCloseTo(0.00045, 12);
    const text = textOf(marketsPanel(fakeApp(s, 'en')));
    expect(text).toContain('1 IDR = 0.0004500 CNY');
    expect(text).toContain('1 USD = 7.200 CNY');
    expect(text).toContain('1 JPY = 0.04800 CNY');
  });
});
