// Shipping stock to an overseas warehouse (seed 000 ch. 5.2): freight and import
// duty are paid when the goods leave; the delay, losses and damage are drawn
// then; the goods land ceil(days / 7) turns later, less what was lost or damaged,
// which is written off at cost.
import { describe, expect, it } from 'vitest';
import { entries, play, quiet, scenarioFrom, startOf, text } from './build';

const scenario = scenarioFrom((s) => {
  quiet(s);
  s.player.listings = [];
  s.player.stock = [{ product: 'lamp', location: 'home', units: 1000 }];
  // A careless line: one parcel in ten lost, one in ten damaged.
  s.carriers.push({
    id: 'leaky', name: text('Leaky sea line'), mode: 'sea', service: 'freight', markets: ['US'],
    perShipment: 200000, perKg: 100, perCbm: 50000, transitDays: [12, 30], customsDays: [0, 9], lossRate: 0.1, damageRate: 0.1,
  });
});
const lamp = scenario.products.find((p) => p.id === 'lamp')!;
const sea = scenario.carriers.find((c) => c.id === 'sea')!; // ¥3,000 + ¥900/m³, 25–35 + 2–6 days
const leaky = scenario.carriers.find((c) => c.id === 'leaky')!;
const shipSea = { type: 'ship', product: 'lamp', units: 100, to: 'usWest', carrier: 'sea' };
const shipLeaky = { ...shipSea, carrier: 'leaky', units: 300 };

describe('a shipment to a warehouse', () => {
  const seeds = Array.from({ length: 25 }, (_, i) => i + 1);

  it('arrives at send turn + ceil(days / 7), with days inside transit + customs ranges', () => {
    const drawn = new Set<number>();
    for (const seed of seeds) {
      for (const [carrier, action] of [[sea, shipSea], [leaky, shipLeaky]] as const) {
        const [first] = play(startOf(scenario, seed), [[], [action]]).slice(1);
        const s = first!.state.companies.player!.shipments[0]!;
        expect(s.sentTurn).toBe(2);
        expect(s.days).toBeGreaterThanOrEqual(carrier.transitDays[0] + carrier.customsDays[0]);
        expect(s.days).toBeLessThanOrEqual(carrier.transitDays[1] + carrier.customsDays[1]);
        expect(s.arrivesTurn).toBe(2 + Math.ceil(s.days / 7));
        drawn.add(s.days);
      }
    }
    expect(drawn.size).toBeGreaterThan(5); // the delay is drawn, not fixed
  });

  it('lands in the warehouse on its arrival turn, not before, less lost and damaged units', () => {
    for (const seed of seeds.slice(0, 8)) {
      const turns = play(startOf(scenario, seed), [[shipLeaky], [], [], [], [], [], []]);
      const s = turns[0]!.state.companies.player!.shipments[0]!;
      const atWarehouse = turns.map((t) => t.state.companies.player!.stock.usWest!.lamp ?? 0);
      const good = 300 - s.lost - s.damaged;
      turns.forEach((t, i) => expect(atWarehouse[i]).toBe(t.report.turn >= s.arrivesTurn ? good : 0));
      const arrived = turns[s.arrivesTurn - 1]!.report.companies.player!.arrivals;
      expect(arrived).toEqual([{ company: 'player', kind: 'shipment', product: 'lamp', units: good, lost: s.lost, damaged: s.damaged, to: 'usWest', days: s.days }]);
      expect(turns.at(-1)!.state.companies.player!.shipments).toEqual([]);
    }
  });

  it('writes off lost and damaged units at cost on arrival', () => {
    let writtenOff = 0;
    for (const seed of seeds.slice(0, 8)) {
      const turns = play(startOf(scenario, seed), [[shipLeaky], [], [], [], [], [], []]);
      const s = turns[0]!.state.companies.player!.shipments[0]!;
      const report = turns[s.arrivesTurn - 1]!.report;
      expect(entries(report, 'lost or damaged in transit')).toEqual([{
        debit: 'writeOffs', credit: 'inventory', amount: lamp.unitCost * (s.lost + s.damaged), memo: 'lost or damaged in transit', market: 'US',
      }]);
      const flows = turns.at(-1)!.state.companies.player!.flows.lamp!;
      expect([flows.lost, flows.damaged]).toEqual([s.lost, s.damaged]);
      writtenOff += s.lost + s.damaged;
    }
    expect(writtenOff).toBeGreaterThan(0); // at 10% + 10% some units must go missing
  });

  it('pays freight and duty when it is sent, and nothing on arrival', () => {
    const turns = play(startOf(scenario, 9), [[shipSea], [], [], [], [], [], []]);
    // Sea: ¥3,000 per shipment + ¥900/m³ × 100 × 6,000 cm³ = 0.6 m³; US duty 5% of the factory cost.
    const freight = 300000 + 54000;
    const duty = Math.round(lamp.unitCost * 100 * 0.05);
    expect(entries(turns[0]!.report, 'freight to warehouse')).toEqual([{ debit: 'freight', credit: 'cash', amount: freight, memo: 'freight to warehouse', market: 'US' }]);
    expect(entries(turns[0]!.report, 'import duty')).toEqual([{ debit: 'duties', credit: 'cash', amount: duty, memo: 'import duty', market: 'US' }]);
    expect(turns[0]!.state.companies.player!.cash).toBe(start().companies.player!.cash - freight - duty);
    expect(turns[0]!.report.companies.player!.kpis.freightCost).toBe(freight);
    expect(turns[0]!.report.companies.player!.kpis.dutiesAndTaxes).toBe(duty);
    for (const t of turns.slice(1)) {
      expect(entries(t.report).filter((e) => e.debit === 'freight' || e.debit === 'duties')).toEqual([]);
    }
  });

  it('takes the units out of the China warehouse at once', () => {
    const [t1] = play(startOf(scenario, 9), [[shipSea]]);
    expect(t1!.state.companies.player!.stock.home!.lamp).toBe(900);
    expect(t1!.state.companies.player!.shipments).toHaveLength(1);
  });

  it('is charged storage once it sits in the warehouse', () => {
    const turns = play(startOf(scenario, 9), [[shipSea], [], [], [], [], [], []]);
    const s = turns[0]!.state.companies.player!.shipments[0]!;
    const storage = turns.map((t) => t.report.companies.player!.kpis.storageCost);
    const good = 100 - s.lost - s.damaged;
    const weekly = Math.round(((good * lamp.volumeCm3) / 1e6) * scenario.warehouses[0]!.storagePerCbmWeek);
    storage.forEach((cost, i) => expect(cost).toBe(i + 1 >= s.arrivesTurn ? weekly : 0));
  });
});

function start() {
  return startOf(scenario, 9);
}
