// The KPI keys of DESIGN.md §7: shared by reports, the CLI, objectives and scripts.
import { z } from 'zod';

export const KPI_KEYS = [
  'cash', 'revenue', 'gmv', 'profit', 'grossMargin', 'orders', 'unitsSold', 'visitors',
  'conversionRate', 'checkoutAbandonment', 'aov', 'newCustomers', 'repeatRate',
  'deliveryDays', 'returnRate', 'satisfaction', 'rating', 'complaintRate', 'awareness',
  'platformFees', 'paymentFees', 'freightCost', 'dutiesAndTaxes', 'adSpend', 'storageCost',
  'fxGainLoss', 'stockouts', 'inventoryUnits',
  // Buyers: fraud chargebacks (money) and their share of orders (fraud.ts; lesson 16, 20).
  'chargebacks', 'chargebackRatio',
  // Buyers: customer service and complaint handling (money; service.ts, complaints.ts).
  'serviceCost',
] as const;

export type KpiKey = (typeof KPI_KEYS)[number];
export const KpiKey = z.enum(KPI_KEYS);
export type Kpis = Record<KpiKey, number>;
