// The turn's pending decisions (issue 5 §2): listed, each undoable until the turn
// ends. A decision that sets a value (a price, a budget, the payment methods of a
// market) replaces an earlier pending one for the same thing, so the list says
// what will happen, not every keystroke; orders and shipments add up.
export interface PendingDecision { key: string; action: Record<string, unknown> & { type: string } }

let unique = 0;

/** What a decision sets: the same key means the later decision replaces the earlier. */
export function decisionKey(a: Record<string, unknown> & { type: string }): string {
  const s = (k: string) => String(a[k] ?? '');
  switch (a.type) {
    case 'setPrice': case 'delist': return `listing|${s('market')}|${s('channel')}|${s('product')}`;
    case 'setDiscount': return `discount|${s('market')}|${s('channel')}|${s('product')}`;
    case 'setFulfilment': return `fulfil|${s('market')}`;
    case 'setPayments': return `pay|${s('market')}`;
    case 'setAdBudget': return a.kind === 'search' ? `ads|${s('market')}|search` : `ads|${s('market')}`;
    case 'respondCrisis': return `crisis|${s('crisis')}`;
    case 'setLocalisation': return `localise|${s('market')}`;
    case 'setLoyalty': return `loyalty|${s('market')}`;
    case 'setComplaintHandling': return `complaints|${s('market')}`;
    case 'setCommunity': return `community|${s('market')}`;
    case 'runPromotion': return `promotion|${s('market')}`;
    case 'setFraudControl': return `fraud|${s('market')}`;
    case 'setService': return `service|${s('market')}`;
    case 'setReturnPolicy': return `returns|${s('market')}`;
    case 'registerTrademark': return `trademark|${s('market')}`;
    case 'registerTax': return `tax|${s('market')}`;
    case 'certifyProduct': return `certificate|${s('market')}|${s('product')}`;
    case 'setSecuritySpend': return 'security';
    case 'setCargoInsurance': return 'insurance';
    case 'qualifyBackupSupplier': return 'backupSupplier';
    case 'commissionResearch': return `research|${s('kind')}|${s('measure')}|${s('market')}|${s('product')}`;
    case 'setStaff': return `staff|${s('role')}`;
    default: unique += 1; return `#${unique}`;
  }
}

export class PendingList {
  private items: PendingDecision[] = [];

  constructor(actions: readonly (Record<string, unknown> & { type: string })[] = []) {
    for (const a of actions) this.add(a);
  }

  /** Adds a decision, replacing a pending one for the same thing (in its place). */
  add(action: Record<string, unknown> & { type: string }): PendingDecision {
    const d = { key: decisionKey(action), action };
    const at = this.items.findIndex((x) => x.key === d.key);
    if (at >= 0) this.items[at] = d; else this.items.push(d);
    return d;
  }

  remove(key: string): void { this.items = this.items.filter((x) => x.key !== key); }
  clear(): void { this.items = []; }
  list(): readonly PendingDecision[] { return this.items; }
  get size(): number { return this.items.length; }
  actions(): Record<string, unknown>[] { return this.items.map((x) => x.action); }
  find(key: string): PendingDecision | undefined { return this.items.find((x) => x.key === key); }
  ofType(type: string): PendingDecision[] { return this.items.filter((x) => x.action.type === type); }
}
