// The twenty lessons of DESIGN.md §6, in its order. A lesson whose cause the
// model does not carry yet is listed with what it waits for, and counts as failed.
import type { Lesson } from '../lesson';
import { localPayments } from './l01-local-payments';
import { overseasWarehouse } from './l02-overseas-warehouse';
import { landedCost } from './l04-landed-cost';
import { peaks } from './l12-peaks';
import { priceSensitivity } from './l13-price-sensitivity';
import { ratings } from './l14-ratings';
import { importRules } from './l17-import-rules';
import { dynamicPricing } from './l19-dynamic-pricing';
import { fxForwards } from './l06-fx-forwards';
import { prStatement } from './l08-pr-statement';
import { backupSupplier } from './l09-backup-supplier';
import { localisation } from './l03-localisation';
import { loyalty } from './l07-loyalty';
import { kolTiers } from './l10-kol-tiers';
import { complaintTiers } from './l15-complaint-tiers';
import { fraudControls } from './l16-fraud-controls';
import { serviceLanguage } from './l18-service-language';
import { research } from './l05-research';
import { trademarks } from './l11-trademark';
import { earlyWarning } from './l20-early-warning';

export interface Pending { id: number; title: string; titleZh: string; waitsFor: string }

export const MEASURED: readonly Lesson[] = [
  localPayments, overseasWarehouse, localisation, landedCost, research, fxForwards, loyalty, prStatement, backupSupplier, kolTiers, trademarks, peaks, priceSensitivity, ratings, complaintTiers, fraudControls, importRules, serviceLanguage, dynamicPricing, earlyWarning,
];

export const PENDING: readonly Pending[] = [
];
