// A weekly fraud-control budget per market (seed 004 §05: 強化交易風控系統; lesson 16):
// screening that stops part of the chargebacks, with diminishing returns (fraud.ts).
// Paid each turn with the running costs while cash lasts.
import { weeklyBudget } from './budget';

export const setFraudControl = weeklyBudget('fraudControl', { en: 'fraud-control', zh: '风控' });
