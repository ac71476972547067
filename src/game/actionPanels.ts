// Which decision panel offers each of the engine's actions (issue 5 §3: every
// decision a student can take is reachable from a panel). tests/game/actionPanels
// fails when the engine's Action schema gains a type that is not listed here, and
// the play screen uses it to open the panel of a pending decision.
export const ACTION_PANEL: Readonly<Record<string, string>> = {
  setPrice: 'markets',
  delist: 'markets',
  setDiscount: 'marketing',
  setAdBudget: 'marketing',
  orderStock: 'logistics',
  ship: 'logistics',
  setFulfilment: 'logistics',
  qualifyBackupSupplier: 'logistics',
  setPayments: 'payments',
  setFraudControl: 'risk',
  hedgeFx: 'risk',
  runKolCampaign: 'growth',
  setLocalisation: 'growth',
  runPromotion: 'growth',
  setLoyalty: 'service',
  setComplaintHandling: 'service',
  setCommunity: 'service',
  setService: 'service',
  setReturnPolicy: 'service',
  registerTrademark: 'risk',
  registerTax: 'risk',
  certifyProduct: 'risk',
  setSecuritySpend: 'risk',
  setCargoInsurance: 'risk',
  commissionResearch: 'research',
  setStaff: 'team',
  // Answered in the crisis dialog, opened from the notice on the play screen.
  respondCrisis: 'crisis',
};
