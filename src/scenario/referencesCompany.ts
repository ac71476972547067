// Cross-references inside a company's starting position (the player's and each
// rival's): what it stocks, lists, ships and accepts must exist in the scenario
// and fit together (a listing on a channel that does not serve its market would
// silently sell nothing).
import type { CompanyStart } from '../engine/schema';
import { listIds, type Path, type RefContext } from './refContext';

export function checkCompanyStart(ctx: RefContext, start: CompanyStart, base: Path): void {
  checkStock(ctx, start, base);
  checkListings(ctx, start, base);
  checkFulfilment(ctx, start, base);
  start.payments.forEach((p, k) => {
    ctx.expect([...base, 'payments', k, 'market'], p.market, ctx.markets, 'market');
    p.methods.forEach((m, j) => ctx.expect([...base, 'payments', k, 'methods', j], m, ctx.paymentMethods, 'payment method'));
  });
  start.awareness.forEach((a, k) => ctx.expect([...base, 'awareness', k, 'market'], a.market, ctx.markets, 'market'));
  start.localisation.forEach((l, k) => ctx.expect([...base, 'localisation', k, 'market'], l.market, ctx.markets, 'market'));
  start.service.forEach((t, k) => ctx.expect([...base, 'service', k, 'market'], t.market, ctx.markets, 'market'));
}

function checkStock(ctx: RefContext, start: CompanyStart, base: Path): void {
  start.stock.forEach((line, k) => {
    ctx.expect([...base, 'stock', k, 'product'], line.product, ctx.products, 'product');
    if (line.location !== 'home' && !ctx.warehouses.has(line.location)) {
      ctx.report([...base, 'stock', k, 'location'],
        `unknown location "${line.location}": use "home" or a warehouse id (warehouses: ${listIds(ctx.warehouses)})`);
    }
  });
}

function checkListings(ctx: RefContext, start: CompanyStart, base: Path): void {
  const s = ctx.scenario;
  start.listings.forEach((l, k) => {
    const at = [...base, 'listings', k];
    const marketOk = ctx.expect([...at, 'market'], l.market, ctx.markets, 'market');
    const channel = s.channels.find((c) => c.id === l.channel);
    if (!channel) ctx.expect([...at, 'channel'], l.channel, ctx.channels, 'channel');
    else if (marketOk && !channel.markets.includes(l.market)) {
      ctx.report([...at, 'channel'], `channel "${l.channel}" does not serve market "${l.market}" (it serves: ${listIds(channel.markets)})`);
    }
    const product = s.products.find((p) => p.id === l.product);
    if (!product) ctx.expect([...at, 'product'], l.product, ctx.products, 'product');
    else if (marketOk && !product.demand.some((d) => d.market === l.market)) {
      ctx.report([...at, 'product'], `product "${l.product}" has no demand in market "${l.market}"; add it to products[${s.products.indexOf(product)}].demand first`);
    }
  });
}

function checkFulfilment(ctx: RefContext, start: CompanyStart, base: Path): void {
  const s = ctx.scenario;
  start.fulfilment.forEach((f, k) => {
    const at = [...base, 'fulfilment', k];
    const marketOk = ctx.expect([...at, 'market'], f.market, ctx.markets, 'market');
    if (f.from !== 'home') {
      const warehouse = s.warehouses.find((w) => w.id === f.from);
      if (!warehouse) {
        ctx.report([...at, 'from'], `unknown warehouse "${f.from}": use "home" or a warehouse id (warehouses: ${listIds(ctx.warehouses)})`);
      } else if (marketOk && warehouse.market !== f.market) {
        ctx.report([...at, 'from'], `warehouse "${f.from}" is in market "${warehouse.market}", so it cannot fulfil orders in "${f.market}"`);
      }
    }
    if (f.carrier === undefined) {
      if (f.from === 'home') {
        ctx.report([...at, 'carrier'], 'required field "carrier" is missing: orders shipped from "home" need a parcel carrier');
      }
      return;
    }
    const carrier = s.carriers.find((c) => c.id === f.carrier);
    if (!carrier) {
      ctx.expect([...at, 'carrier'], f.carrier, ctx.carriers, 'carrier');
      return;
    }
    if (carrier.service !== 'parcel') {
      ctx.report([...at, 'carrier'], `carrier "${f.carrier}" is a freight service; orders need a "parcel" carrier`);
    }
    if (marketOk && !carrier.markets.includes(f.market)) {
      ctx.report([...at, 'carrier'], `carrier "${f.carrier}" does not deliver to market "${f.market}" (it serves: ${listIds(carrier.markets)})`);
    }
  });
}
