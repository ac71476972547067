import { KPI_KEYS, type Kpis } from './schema/kpi';

export function zeroKpis(): Kpis {
  const k = {} as Kpis;
  for (const key of KPI_KEYS) k[key] = 0;
  return k;
}
