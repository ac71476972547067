// The browser game's entry (issue 5): the page shell, the language from the
// browser (or the student's last choice), the shipped scenarios, and the app.
import { z } from 'zod';
import { browserLang } from './i18n';
import { App } from './game/ui/app';
import { shippedScenarios } from './game/shipped';
import type { KeyValueStore } from './game/save';
import { registerOfflineWorker } from './game/offline/register';
import './game/ui/styles.css';

// zod probes `new Function` unless told not to; the page's CSP forbids eval.
z.config({ jitless: true });

function storage(): KeyValueStore | null {
  try {
    const s = window.localStorage;
    const probe = 'chuhai.probe';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

const root = document.getElementById('app');
if (root) {
  const app = new App(root, browserLang(navigator.languages ?? [navigator.language]), storage(), shippedScenarios);
  app.render();
  document.body.dataset.ready = 'true';
  // The built game works offline once loaded; the dev server has no worker, so edited scenarios reload.
  registerOfflineWorker();
}
