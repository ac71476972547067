// Placeholder start page until the browser game lands: it loads the tutorial
// scenario, plays one turn with the engine and shows the result as text, which
// proves the engine runs in the browser exactly as in Node.
import tutorialText from '../scenarios/tutorial.json?raw';
import { loadScenario } from './scenario/load';
import { newGame, resolveTurn, stateHash } from './engine';

const out = document.getElementById('engine-check');
const loaded = loadScenario(tutorialText);
if (out) {
  if (!loaded.ok) {
    out.textContent = loaded.problems.map((p) => `${p.path}: ${p.message}`).join('\n');
  } else {
    const game = newGame(loaded.scenario, 1);
    const { state, report } = resolveTurn(game, []);
    const k = report.companies.player?.kpis;
    out.textContent = `${loaded.scenario.title.zh} / ${loaded.scenario.title.en}\n`
      + `turn ${state.turn}: orders ${k?.orders ?? 0}, cash ${k?.cash ?? 0}\nstate hash ${stateHash(state)}`;
  }
}
