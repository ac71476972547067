// Registers the offline worker (worker.ts, built as sw.js beside index.html) so a
// reload without a network brings the game back (issue 5 §10). main.ts calls it once
// the title screen is drawn; it acts only in a `vite build`, where plugin.ts builds
// the worker and sets __OFFLINE_WORKER__: `npm run dev` has no worker and keeps
// reloading edited scenario files. Where there can be no worker — a file:// page, a
// private window, an insecure origin, a sandboxed frame — the game stays online-only:
// nothing is thrown and nothing is logged as an error.
declare const __OFFLINE_WORKER__: boolean;

export function registerOfflineWorker(): void {
  if (!__OFFLINE_WORKER__) return;
  let container: ServiceWorkerContainer | undefined;
  try {
    // Reading the property itself throws in a sandboxed frame.
    container = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
  } catch {
    return;
  }
  if (!container) return;
  const sw = container;
  // After the page's own files have loaded: the worker's first download does not compete with them.
  const register = (): void => { sw.register('./sw.js', { scope: './' }).catch(() => undefined); };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
