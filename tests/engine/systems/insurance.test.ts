// Cargo insurance (README §14.6; seed 000 9.2.3 供应链风险): a premium of
// cargoInsuranceRate × goods value (factory cost) on every shipment sent while
// insured, and a claim of cargoInsuranceCover × goods value of the units lost or
// damaged on the way, paid when the shipment lands (phases/logistics.ts draws them).
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/engine';
import { carrier, entries, play, quiet, scenarioFrom, startOf, type Turn } from './build';

function risky(rate?: number, cover?: number): Scenario {
  return scenarioFrom((s) => {
    quiet(s);
    s.player.cash = 50_000_000;
    s.player.stock = [{ product: 'lamp', location: 'home', units: 5_000 }];
    const sea = carrier(s, 'sea');
    sea.lossRate = 0.05;
    sea.damageRate = 0.05;
    if (rate !== undefined || cover !== undefined) s.riskTools = { ...(rate === undefined ? {} : { cargoInsuranceRate: rate }), ...(cover === undefined ? {} : { cargoInsuranceCover: cover }) };
  });
}

const ship = (units: number) => ({ type: 'ship', product: 'lamp', units, to: 'usWest', carrier: 'sea' });
const insure = (on: boolean) => ({ type: 'setCargoInsurance', on });
const amounts = (turns: readonly Turn[], memo: string) => turns.flatMap((t) => entries(t.report, memo).map((e) => [t.report.turn, e.debit, e.credit, e.amount]));
const landed = (turns: readonly Turn[]) => turns.flatMap((t) => t.report.companies.player!.arrivals.filter((a) => a.kind === 'shipment').map((a) => ({ turn: t.report.turn, bad: a.lost + a.damaged })));

describe('cargo insurance', () => {
  it.each([
    [undefined, 1000, Math.round(0.004 * 4500 * 1000)],
    [0.01, 1000, 45_000],
    [0.003, 333, Math.round(0.003 * 4500 * 333)],
  ])('premium at rate %s on %i units = %i (golden)', (rate, units, premium) => {
    const [t] = play(startOf(risky(rate)), [[insure(true), ship(units)]]);
    expect(amounts([t!], 'cargo insurance premium')).toEqual([[1, 'risk', 'cash', premium]]);
  });

  it('pays back the goods value of lost and damaged units when the shipment lands', () => {
    for (const seed of [1, 2, 3]) {
      const turns = play(startOf(risky(), seed), [[insure(true), ship(2000)], [], [], [], [], [], [], []]);
      const arrivals = landed(turns);
      expect(arrivals.length).toBe(1);
      const { turn, bad } = arrivals[0]!;
      expect(bad).toBeGreaterThan(0);
      expect(amounts(turns, 'cargo insurance claim')).toEqual([[turn, 'cash', 'risk', 4500 * bad]]);
      // The write-off and the claim cancel out in profit.
      expect(amounts(turns, 'lost or damaged in transit')).toEqual([[turn, 'writeOffs', 'inventory', 4500 * bad]]);
      expect(turns.at(-1)!.state.companies.player!.compliance.insuredShipments).toEqual([]);
    }
  });

  it('covers part of the loss with a lower cover', () => {
    const turns = play(startOf(risky(undefined, 0.5), 2), [[insure(true), ship(2000)], [], [], [], [], [], [], []]);
    const { bad } = landed(turns)[0]!;
    expect(amounts(turns, 'cargo insurance claim').map((x) => x[3])).toEqual([Math.round(0.5 * 4500 * bad)]);
  });

  it('uninsured shipments pay nothing and get nothing back, even if insurance is bought later', () => {
    const turns = play(startOf(risky(), 1), [[ship(2000)], [insure(true)], [], [], [], [], [], []]);
    expect(landed(turns)[0]!.bad).toBeGreaterThan(0);
    expect(amounts(turns, 'cargo insurance premium')).toEqual([]);
    expect(amounts(turns, 'cargo insurance claim')).toEqual([]);
  });

  it('a shipment insured when sent is covered even if the policy is dropped on the way', () => {
    const turns = play(startOf(risky(), 1), [[insure(true), ship(2000)], [insure(false)], [], [], [], [], [], []]);
    const { bad } = landed(turns)[0]!;
    expect(amounts(turns, 'cargo insurance claim').map((x) => x[3])).toEqual([4500 * bad]);
  });
});
