// The decision panels, one per area of the course (seed 000), each in its own file:
// markets and prices (panelsMarkets.ts), sourcing and logistics, marketing with
// creators and promotions, payments, service, risk and finance (panelsFinance.ts,
// panelsOpen.ts, panelsRisk.ts), research and team (panelsRisk.ts) — and the
// forecast. Every engine action has a panel (src/game/actionPanels.ts, tested).
// Each decision is a real form whose fields are checked by src/game/validate*.ts
// before anything reaches the engine.
import type { StringKey } from '../../i18n';
import type { App } from './app';
import { marketsPanel, pricesPanel } from './panelsMarkets';
import { logisticsPanel } from './panelsLogistics';
import { growthPanel, marketingPanel } from './panelsMarketing';
import { paymentsPanel } from './panelsPayments';
import { servicePanel } from './panelsService';
import { riskPanel } from './panelsFinance';
import { forecastPanel } from './panelsForecast';
import { researchPanel, teamPanel } from './panelsRisk';

export interface Panel { id: string; label: StringKey; available(app: App): boolean; render(app: App): HTMLElement }

export const PANELS: Panel[] = [
  { id: 'markets', label: 'tab.markets', available: () => true, render: marketsPanel },
  { id: 'prices', label: 'tab.prices', available: () => true, render: pricesPanel },
  { id: 'logistics', label: 'tab.logistics', available: () => true, render: logisticsPanel },
  { id: 'marketing', label: 'tab.marketing', available: () => true, render: marketingPanel },
  { id: 'payments', label: 'tab.payments', available: () => true, render: paymentsPanel },
  { id: 'growth', label: 'tab.growth', available: () => true, render: growthPanel },
  { id: 'service', label: 'tab.service', available: () => true, render: servicePanel },
  { id: 'risk', label: 'tab.risk', available: () => true, render: riskPanel },
  { id: 'research', label: 'tab.research', available: () => true, render: researchPanel },
  { id: 'team', label: 'tab.team', available: () => true, render: teamPanel },
  { id: 'forecast', label: 'tab.forecast', available: () => true, render: forecastPanel },
];
