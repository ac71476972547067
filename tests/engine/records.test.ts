import { describe, expect, it } from 'vitest';
import { zeroKpis } from '../../src/engine/kpis';
import { KPI_KEYS } from '../../src/engine/schema/kpi';
import { ACCOUNTS, emptyBalances } from '../../src/engine/ledger';

describe('literal records stay in step with their key lists', () => {
  it('zeroKpis has exactly the KPI keys of DESIGN.md §7, all 0', () => {
    expect(Object.keys(zeroKpis()).sort()).toEqual([...KPI_KEYS].sort());
    expect(Object.values(zeroKpis()).every((v) => v === 0)).toBe(true);
  });
  it('emptyBalances has exactly the ledger accounts, all 0', () => {
    expect(Object.keys(emptyBalances()).sort()).toEqual([...ACCOUNTS].sort());
    expect(Object.values(emptyBalances()).every((v) => v === 0)).toBe(true);
  });
});
