// Small scenario-like objects for the script tests: only the fields the script
// module reads are filled in.
import type { Scenario, Script } from '../../src/engine/schema';
import type { TurnFacts } from '../../src/engine/script';

export const text = (en: string) => ({ zh: en, en });

/** A scenario holding `script` and a few ids of each kind it may name. */
export function scenarioWith(script: unknown): Scenario {
  return {
    script,
    events: [{ id: 'portStrike' }, { id: 'viralVideo' }],
    objectives: [{ id: 'reachProfit' }],
    markets: [{ id: 'US' }, { id: 'DE' }],
    channels: [{ id: 'amazon' }],
    carriers: [{ id: 'seaFreight' }],
    currencies: [{ code: 'USD' }, { code: 'EUR' }, { code: 'CNY' }],
  } as unknown as Scenario;
}

export function facts(turn: number, more: Partial<TurnFacts> = {}): TurnFacts {
  return { turn, kpis: {}, markets: {}, activeEvents: [], ...more };
}

export const say = (en: string) => ({ type: 'showMessage', params: { text: text(en) } }) as const;

/** The English text of each effect, or its type, for compact assertions. */
export function labels(effects: readonly { type: string; params: unknown }[]): string[] {
  return effects.map((e) => (e.type === 'showMessage' ? (e.params as { text: { en: string } }).text.en : e.type));
}

/** A realistic script: a launch phase, a peak season with a nested sale, a cash crisis exit. */
export const seasonScript = {
  id: 'season',
  initial: 'launch',
  entry: say('welcome'),
  always: { guard: { type: 'kpiBelow', params: { kpi: 'cash', value: 0 } }, target: '.bankrupt' },
  states: {
    launch: {
      entry: [say('enter launch'), { type: 'setObjective', params: { objective: 'reachProfit' } }],
      exit: say('exit launch'),
      on: {
        TURN: [
          { guard: { type: 'eventActive', params: { event: 'viralVideo' } }, target: 'peak', actions: say('viral') },
          { guard: { type: 'turnAtLeast', params: { turn: 5 } }, target: 'peak', actions: say('on schedule') },
        ],
      },
    },
    peak: {
      initial: 'warmup',
      entry: say('enter peak'),
      exit: say('exit peak'),
      states: {
        warmup: {
          entry: { type: 'triggerEvent', params: { event: 'portStrike' } },
          on: { TURN: { guard: { type: 'turnIs', params: { turn: 9 } }, target: 'sale' } },
        },
        sale: {
          entry: [say('sale'), { type: 'setParameter', params: { parameter: 'market.demandFactor', target: 'US', value: 1.5 } }],
          exit: { type: 'setParameter', params: { parameter: 'market.demandFactor', target: 'US', value: 1 } },
          on: { TURN: { guard: { type: 'kpiAtLeast', params: { kpi: 'gmv', value: 1000, market: 'US' } }, target: '#season.cooldown' } },
        },
      },
      on: { TURN: { guard: { type: 'turnAtLeast', params: { turn: 16 } }, target: 'cooldown', actions: { type: 'endEvent', params: { event: 'portStrike' } } } },
    },
    cooldown: {
      entry: { type: 'shockCurrency', params: { currency: 'USD', multiply: 0.9 } },
      on: { TURN: { guard: { type: 'turnAtLeast', params: { turn: 18 } }, target: 'over' } },
    },
    bankrupt: { type: 'final', entry: { type: 'endScenario', params: { reason: text('out of cash') } } },
    over: { type: 'final', entry: { type: 'endScenario', params: { reason: text('season over') } } },
  },
} as unknown as Script;

/** Facts for turn `t` of a 20-turn run that moves through every state of seasonScript. */
export function seasonFacts(t: number): TurnFacts {
  return facts(t, {
    kpis: { cash: 100_000 - t * 1000, gmv: t * 300 },
    markets: { US: { gmv: t >= 12 ? 1500 : t * 50 } },
    activeEvents: t === 3 ? ['portStrike'] : [],
  });
}
