// Lesson 1 (seed 004 §02 支付习惯; §06 failure 4): local payment methods raise
// conversion where cards are rare. Indonesia, the balanced seller; the control arm
// offers cards only. Measured: conversion (orders / visitors) in ID, turns 3–16.
import type { Action } from '../../engine';
import type { Lesson } from '../lesson';
import { sliceScenario } from '../slice';
import { balancedWith, campaignText, kpi, play } from '../lab';

const lab = () => sliceScenario(campaignText, { markets: ['ID'], turns: 16, startWeek: 30 });

const cardsOnly = (actions: Action[]): Action[] =>
  actions.map((a) => (a.type === 'setPayments' ? { ...a, methods: a.methods.filter((m) => m === 'card') } : a))
    .filter((a) => a.type !== 'setPayments' || a.methods.length > 0);

export const localPayments: Lesson = {
  id: 1,
  title: 'Local payment methods raise conversion where cards are rare',
  titleZh: '在银行卡不普及的市场，本地支付方式提高转化率',
  source: 'seed 004 §02 (payment habits), §06 failure 4',
  kpi: 'conversionRate, ID, mean of turns 3–16',
  compare: 'card + e-wallet + bank VA + COD vs card only (balanced seller)',
  expect: 'up',
  sample(seed) {
    const s = scenario();
    const treat = kpi(play(s, seed, balancedWith()).reports, 'conversionRate', 'mean', [3, 16], 'ID');
    const ctrl = kpi(play(s, seed, balancedWith(cardsOnly)).reports, 'conversionRate', 'mean', [3, 16], 'ID');
    return treat - ctrl;
  },
};

let cached: ReturnType<typeof lab> | null = null;
function scenario() { return (cached ??= lab()); }
