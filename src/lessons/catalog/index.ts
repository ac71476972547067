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

export interface Pending { id: number; title: string; titleZh: string; waitsFor: string }

export const MEASURED: readonly Lesson[] = [
  localPayments, overseasWarehouse, landedCost, peaks, priceSensitivity, ratings, importRules, dynamicPricing,
];

export const PENDING: readonly Pending[] = [
  { id: 3, title: 'Native localisation beats word-for-word translation; the latter risks backlash', titleZh: '本土化创作胜过逐字翻译，后者有舆情风险', waitsFor: 'localisation quality and backlash odds (issue 3 §2)' },
  { id: 5, title: 'Research before entry improves positioning', titleZh: '进入前的市场调研改善定位', waitsFor: 'market research with hidden truth (issue 3 §9)' },
  { id: 6, title: 'FX forwards reduce the spread of profit, at a cost', titleZh: '远期结汇降低利润波动，但有成本', waitsFor: 'FX forwards (issue 3 §5)' },
  { id: 7, title: 'Loyalty tiers and RFM retention raise repeat rate and cut acquisition cost', titleZh: '会员等级与RFM维护提高复购、降低获客成本', waitsFor: 'loyalty tiers and RFM (issue 3 §1)' },
  { id: 8, title: 'A fast public statement limits a PR crisis; silence prolongs it', titleZh: '2小时内公开声明控制舆情，沉默使其延长', waitsFor: 'crises with response options (issue 3 §6)' },
  { id: 9, title: 'A backup supplier shortens stock-outs after a supplier outage', titleZh: '备选供应商缩短断供后的缺货', waitsFor: 'supplier outage crisis and backup supplier (issue 3 §6)' },
  { id: 10, title: 'KOL/KOC campaigns raise awareness; mid and low tiers are more cost-effective', titleZh: 'KOL/KOC提升认知度，中小达人性价比更高', waitsFor: 'KOL/KOC tiers (issue 3 §2)' },
  { id: 11, title: 'Trademark registration and certificates reduce takedowns and seizures', titleZh: '商标注册与认证减少下架和扣货', waitsFor: 'risk and compliance (issue 3 §5)' },
  { id: 15, title: 'Tiered complaint handling, high-value customers first, keeps revenue', titleZh: '分级投诉处理、优先高价值客户，保住收入', waitsFor: 'complaint tiers (issue 3 §1)' },
  { id: 16, title: 'Fraud and chargeback controls cut losses from payment disputes', titleZh: '反欺诈与拒付控制减少支付纠纷损失', waitsFor: 'fraud and chargebacks (issue 3 §3)' },
  { id: 18, title: 'Service in the buyer’s language and time zone raises satisfaction', titleZh: '买家语言与时区的客服提高满意度', waitsFor: 'customer service staffing and languages (issue 3 §4)' },
  { id: 20, title: 'Early-warning indicators crossing thresholds give time to act', titleZh: '预警指标越过阈值，留出应对时间', waitsFor: 'early-warning indicators (issue 3 §7)' },
];
