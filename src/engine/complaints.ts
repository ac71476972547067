// Complaints and how they are handled (seed 004 §05 客戶投訴分級響應機制: 根據投訴嚴重性
// 劃分三級響應流程，優先處理高價值客戶與重大糾紛; lesson 15). A week's complaints come in
// three levels — lost parcels and disputes (3), returns (2), late deliveries and poor
// service (1) — from new and from repeat (high-value) buyers. The shop settles as
// many as its capacity allows: first come, first served, or by the three-level
// policy, severe cases and repeat buyers first. An unsettled complaint often costs
// the customer; a settled one rarely does. Expected counts; model assumptions.
import type { ComplaintPolicy } from './schema';

/** Chance that a customer whose complaint is left unsettled leaves, by level 1–3. */
export const CHURN_UNSETTLED = [0.3, 0.5, 0.7] as const;
/** Chance that a customer leaves even when the complaint is settled. */
export const CHURN_SETTLED = 0.05;
/** Shares that turn into complaints: every lost parcel, half the returns, one late order in ten (as the complaintRate KPI). */
export const COMPLAINT_SHARE = { lost: 1, returned: 0.5, late: 0.1 } as const;

export interface ComplaintWeek {
  served: number;
  /** Of the served orders, those from returning (repeat) customers. */
  repeatServed: number;
  lost: number;
  /** Returns, without COD parcels refused at the door. */
  returned: number;
  lateOrders: number;
  /** Level-1 complaints from slow or foreign-language service (service.ts). */
  serviceComplaints: number;
}

export interface ComplaintOutcome {
  /** Complaints by level 1–3, and in all. */
  levels: [number, number, number];
  total: number;
  settled: number;
  /** Settled complaints from repeat buyers, out of theirs. */
  repeatSettled: number;
  repeatTotal: number;
  /** Customers lost over complaints, first-time and repeat. */
  lossNew: number;
  lossRepeat: number;
}

export function handleComplaints(w: ComplaintWeek, capacity: number, policy: ComplaintPolicy): ComplaintOutcome {
  return settleInto({ levels: [0, 0, 0], total: 0, settled: 0, repeatSettled: 0, repeatTotal: 0, lossNew: 0, lossRepeat: 0 }, w, capacity, policy);
}

/** handleComplaints' outcome as the turn log keeps it, with the company and market: one record instead of two. */
export function complaintRecord(
  company: string, market: string, w: ComplaintWeek, capacity: number, policy: ComplaintPolicy,
): { company: string; market: string } & ComplaintOutcome {
  return settleInto({ company, market, levels: [0, 0, 0], total: 0, settled: 0, repeatSettled: 0, repeatTotal: 0, lossNew: 0, lossRepeat: 0 }, w, capacity, policy);
}

/** Works out the week's outcome into `out` (every field written). */
function settleInto<T extends ComplaintOutcome>(out: T, w: ComplaintWeek, capacity: number, policy: ComplaintPolicy): T {
  const levels: [number, number, number] = [
    COMPLAINT_SHARE.late * w.lateOrders + w.serviceComplaints,
    COMPLAINT_SHARE.returned * w.returned,
    COMPLAINT_SHARE.lost * w.lost,
  ];
  const total = levels[0] + levels[1] + levels[2];
  const high = w.served > 0 ? Math.min(1, w.repeatServed / w.served) : 0;
  let left = Math.max(0, capacity);
  const fifo = total > 0 ? Math.min(1, left / total) : 1;
  let settled = 0, repeatSettled = 0, lossNew = 0, lossRepeat = 0;
  // Severe first, and within a level repeat buyers first, under the three-level policy.
  for (let level = 2; level >= 0; level -= 1) {
    for (let k = 0; k < 2; k += 1) {
      const repeat = k === 0;
      const n = levels[level]! * (repeat ? high : 1 - high);
      let done: number;
      if (policy === 'tiered') { done = Math.min(n, left); left -= done; } else done = n * fifo;
      const loss = (n - done) * CHURN_UNSETTLED[level]! + done * CHURN_SETTLED;
      settled += done;
      if (repeat) { repeatSettled += done; lossRepeat += loss; } else lossNew += loss;
    }
  }
  out.levels = levels; out.total = total; out.settled = settled; out.repeatSettled = repeatSettled;
  out.repeatTotal = total * high; out.lossNew = lossNew; out.lossRepeat = lossRepeat;
  return out;
}
