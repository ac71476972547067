import type { Kpis } from './schema/kpi';

/**
 * A KPI record with every key at 0. Written as one literal on purpose: built by
 * 28 keyed stores on `{}`, V8 would keep it in slow dictionary mode, and the
 * report reads and writes these records in its inner loops. Keys in code-unit
 * order, so the state hash need not sort them (hash.ts). A test checks the
 * keys equal KPI_KEYS.
 */
export function zeroKpis(): Kpis {
  return {
    adSpend: 0, aov: 0, awareness: 0, cash: 0, chargebackRatio: 0, chargebacks: 0, checkoutAbandonment: 0, complaintRate: 0,
    conversionRate: 0, deliveryDays: 0, dutiesAndTaxes: 0, freightCost: 0, fxGainLoss: 0, gmv: 0,
    grossMargin: 0, inventoryUnits: 0, newCustomers: 0, orders: 0, paymentFees: 0, platformFees: 0,
    profit: 0, rating: 0, repeatRate: 0, returnRate: 0, revenue: 0, satisfaction: 0, serviceCost: 0, stockouts: 0,
    storageCost: 0, unitsSold: 0, visitors: 0,
  };
}
