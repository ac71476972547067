// The KPI keys of DESIGN.md §7: shared by reports, the CLI, objectives and scripts.
import { z } from 'zod';

export const KPI_KEYS = [
  'cash', 'revenue', 'gmv', 'profit', 'grossMargin', 'orders', 'unitsSold', 'visitors',
  'conversionRate', 'checkoutAbandonment', 'aov', 'newCustomers', 'repeatRate',
  'deliveryDays', 'returnRate', 'satisfaction', 'rating', 'complaintRate', 'awareness',
  'platformFees', 'paymentFees', 'freightCost', 'dutiesAndTaxes', 'adSpend', 'storageCost',
  'fxGainLoss', 'stockouts', 'inventoryUnits',
] as const;

export type KpiKey = (typeof KPI_KEYS)[number];
export const KpiKey = z.enum(KPI_KEYS);
export type Kpis = Record<KpiKey, number>;
