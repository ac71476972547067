// Form fields are checked before anything reaches the engine, each error on its field.
import { describe, expect, it } from 'vitest';
import { newGame, studentView } from '../../src/engine';
import {
  checkAdBudget, checkDiscount, checkFulfilment, checkOrder, checkPayments, checkPrice, checkShip, parseMoney, parseWhole, type Ctx,
} from '../../src/game/validate';
import { PendingList } from '../../src/game/pending';
import { catalogEntry, sortCatalog } from '../../src/game/catalog';
import { shippedScenario } from '../support/scenarios';

const scenario = shippedScenario('tutorial');
function ctx(pending = new PendingList()): Ctx {
  return { scenario, view: studentView(newGame(scenario, 1), 'player', null)!, pending };
}
const fields = (r: ReturnType<typeof checkPrice>) => (r.ok ? [] : r.errors.map((e) => `${e.field}:${e.key}`));

describe('parsing typed numbers', () => {
  it('reads money in major units as integer minor units, full-width digits too', () => {
    expect(parseMoney('19.99', 2)).toEqual({ ok: true, value: 1999 });
    expect(parseMoney('１９．９', 2)).toEqual({ ok: true, value: 1990 });
    expect(parseMoney('1,299', 2)).toEqual({ ok: true, value: 129900 });
    expect(parseMoney('12,345.50', 2)).toEqual({ ok: true, value: 1234550 });
    expect(parseMoney('１，２９９', 2)).toEqual({ ok: true, value: 129900 });
    // A decimal comma is refused, not read as thousands: 19,99 is not 1999.
    expect(parseMoney('19,99', 2)).toMatchObject({ ok: false, key: 'err.notAmount' });
    expect(parseMoney('1,2345', 2)).toMatchObject({ ok: false, key: 'err.notAmount' });
    expect(parseWhole('1,000', 1, 5000)).toEqual({ ok: true, value: 1000 });
    expect(parseWhole('1,5', 1, 90)).toMatchObject({ ok: false, key: 'err.notWhole' });
    expect(parseMoney('500', 0)).toEqual({ ok: true, value: 500 });
    expect(parseMoney('0.1', 0)).toMatchObject({ ok: false, key: 'err.decimals' });
    expect(parseMoney('19.999', 2)).toMatchObject({ ok: false, key: 'err.decimals' });
    expect(parseMoney('-5', 2)).toMatchObject({ ok: false, key: 'err.negative' });
    expect(parseMoney('－5', 2)).toMatchObject({ ok: false, key: 'err.negative' });
    expect(parseMoney('\u22125', 2)).toMatchObject({ ok: false, key: 'err.negative' });
    expect(parseMoney('-', 2)).toMatchObject({ ok: false, key: 'err.notAmount' });
    expect(parseMoney('1e5', 2)).toMatchObject({ ok: false, key: 'err.notAmount' });
    expect(parseMoney(' ', 2)).toMatchObject({ ok: false, key: 'err.required' });
    expect(parseWhole('12', 1, 90)).toEqual({ ok: true, value: 12 });
    expect(parseWhole('12.5', 1, 90)).toMatchObject({ ok: false, key: 'err.notWhole' });
    expect(parseWhole('91', 1, 90)).toMatchObject({ ok: false, key: 'err.atMost' });
  });
});

describe('decision checks', () => {
  it('price: channel and product must fit the market; the price must be sane', () => {
    expect(checkPrice(ctx(), { market: 'US', channel: 'marketplace', product: 'serum', price: '21.50' })).toEqual({
      ok: true, action: { type: 'setPrice', market: 'US', channel: 'marketplace', product: 'serum', price: 2150 },
    });
    expect(fields(checkPrice(ctx(), { market: 'US', channel: 'nope', product: 'serum', price: '1' }))).toEqual(['channel:err.choose']);
    expect(fields(checkPrice(ctx(), { market: 'US', channel: 'marketplace', product: 'serum', price: '0' }))).toEqual(['price:err.priceZero']);
    expect(fields(checkPrice(ctx(), { market: 'US', channel: 'marketplace', product: 'serum', price: '99999' }))).toEqual(['price:err.priceHigh']);
  });

  it('order: the minimum order and the cash left after other pending decisions', () => {
    expect(fields(checkOrder(ctx(), { product: 'serum', units: '10' }))).toEqual(['units:err.moq']);
    const serum = scenario.products.find((p) => p.id === 'serum')!;
    const affordable = Math.floor(scenario.player.cash / serum.unitCost);
    expect(checkOrder(ctx(), { product: 'serum', units: String(affordable) }).ok).toBe(true);
    const pending = new PendingList([{ type: 'orderStock', product: 'serum', units: affordable }]);
    expect(fields(checkOrder(ctx(pending), { product: 'serum', units: String(serum.moq) }))).toEqual(['units:err.cash']);
  });

  it('ship: stock in the China warehouse less pending shipments; freight that goes there', () => {
    expect(checkShip(ctx(), { product: 'serum', units: '400', to: 'wh-us', carrier: 'sea-us' }).ok).toBe(true);
    expect(fields(checkShip(ctx(), { product: 'serum', units: '401', to: 'wh-us', carrier: 'sea-us' }))).toEqual(['units:err.homeStock']);
    const pending = new PendingList([{ type: 'ship', product: 'serum', units: 300, to: 'wh-us', carrier: 'sea-us' }]);
    const r = checkShip(ctx(pending), { product: 'serum', units: '101', to: 'wh-us', carrier: 'sea-us' });
    expect(!r.ok && r.errors[0]).toMatchObject({ field: 'units', key: 'err.homeStock', vars: { n: 100 } });
    expect(fields(checkShip(ctx(), { product: 'serum', units: '10', to: 'wh-us', carrier: 'epacket' }))).toEqual(['carrier:err.choose']);
  });

  it('fulfilment, payments, ads and discounts', () => {
    expect(checkFulfilment(ctx(), { market: 'US', from: 'wh-us', carrier: '' })).toEqual({ ok: true, action: { type: 'setFulfilment', market: 'US', from: 'wh-us' } });
    expect(fields(checkFulfilment(ctx(), { market: 'US', from: 'home', carrier: 'sea-us' }))).toEqual(['carrier:err.parcelMarket']);
    expect(checkPayments(ctx(), { market: 'US', methods: ['card', 'paypal'] }).ok).toBe(true);
    expect(fields(checkPayments(ctx(), { market: 'US', methods: ['cash'] }))).toEqual(['methods:err.choose']);
    expect(checkAdBudget(ctx(), { market: 'US', weekly: '500' })).toEqual({ ok: true, action: { type: 'setAdBudget', market: 'US', weekly: 50000 } });
    expect(fields(checkAdBudget(ctx(), { market: 'US', weekly: '9999999' }))).toEqual(['weekly:err.budgetCash']);
    expect(checkDiscount(ctx(), { market: 'US', channel: 'marketplace', product: 'serum', percent: '15', turns: '2' })).toEqual({
      ok: true, action: { type: 'setDiscount', market: 'US', channel: 'marketplace', product: 'serum', discount: 0.15, turns: 2 },
    });
    expect(fields(checkDiscount(ctx(), { market: 'US', channel: 'marketplace', product: 'led-lamp', percent: '95', turns: '0' }))).toEqual(['product:err.listFirst', 'percent:err.atMost', 'turns:err.atLeast']);
  });
});

describe('scenario catalogue', () => {
  it('lists a file by its id, title, length, difficulty and case badge; a broken file by its name', () => {
    const e = catalogEntry('../../scenarios/cases/x.json', '{"id":"case-x","title":{"zh":"甲","en":"A"},"turns":14,"difficulty":2}');
    expect(e).toMatchObject({ id: 'case-x', title: { zh: '甲', en: 'A' }, turns: 14, difficulty: 2, isCase: true });
    expect(catalogEntry('../../scenarios/broken.json', '{')).toMatchObject({ id: 'broken', turns: 0, isCase: false });
    const sorted = sortCatalog([e, catalogEntry('a/campaign.json', '{"id":"campaign"}'), catalogEntry('a/tutorial.json', '{"id":"tutorial"}')]);
    expect(sorted.map((x) => x.id)).toEqual(['tutorial', 'campaign', 'case-x']);
  });
});
