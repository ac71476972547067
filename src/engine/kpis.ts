import type { Kpis } from './schema/kpi';

/**
 * A KPI record with every key at 0. Written as one literal on purpose: built by
 * 28 keyed stores on `{}`, V8 would keep it in slow dictionary mode, and the
 * report reads and writes these records in its inner loops. A test checks the
 * keys equal KPI_KEYS.
 */
export function zeroKpis(): Kpis {
  return {
    cash: 0, revenue: 0, gmv: 0, profit: 0, grossMargin: 0, orders: 0, unitsSold: 0, visitors: 0,
    conversionRate: 0, checkoutAbandonment: 0, aov: 0, newCustomers: 0, repeatRate: 0,
    deliveryDays: 0, returnRate: 0, satisfaction: 0, rating: 0, complaintRate: 0, awareness: 0,
    platformFees: 0, paymentFees: 0, freightCost: 0, dutiesAndTaxes: 0, adSpend: 0, storageCost: 0,
    fxGainLoss: 0, stockouts: 0, inventoryUnits: 0,
  };
}
