// The Phaser world (map, routes, shipments, charts) beside the DOM panels. The
// scenes are a lazily loaded chunk — Phaser stays out of the first download — and
// may not be built yet or fail to start (no WebGL, say): then a plain placeholder
// stands where the map goes and the game plays on with its DOM reports.
import type { GameState, Scenario, TurnReport } from '../../engine';
import { t, type Lang } from '../../i18n';
import { h, clear } from './dom';

/** The scenes' side of the contract (src/game/scenes/index.ts, src/game/model/index.ts). */
export interface WorldViewLike {
  show(model: unknown): void;
  setMode(mode: 'map' | 'charts'): void;
  setLanguage(lang: Lang): void;
  destroy(): void;
}
interface ScenesModule { mountWorld(parent: HTMLElement, lang: Lang, model: unknown): Promise<WorldViewLike> }
interface ModelModule { buildWorldModel(input: { scenario: Scenario; state: GameState; reports: readonly TurnReport[]; companyId: string }): unknown }

const scenesChunk = import.meta.glob<ScenesModule>('../scenes/index.ts');
const modelChunk = import.meta.glob<ModelModule>('../model/index.ts');

export interface WorldInput { scenario: Scenario; state: GameState; reports: readonly TurnReport[] }

export class WorldHost {
  readonly el: HTMLDivElement;
  private view: WorldViewLike | null = null;
  private model: ModelModule | null = null;
  private status: 'idle' | 'loading' | 'ready' | 'missing' = 'idle';
  private latest: WorldInput | null = null;
  private mode: 'map' | 'charts' = 'map';
  private destroyed = false;

  constructor(private lang: Lang) {
    this.el = h('div', { class: 'world', 'data-testid': 'world' });
    this.placeholder('world.loading');
  }

  /** Once drawn, the canvas is one image with a name saying where its facts are in words. */
  private label(): void {
    if (this.status !== 'ready') { this.el.removeAttribute('role'); this.el.removeAttribute('aria-label'); return; }
    this.el.setAttribute('role', 'img');
    this.el.setAttribute('aria-label', t(this.lang, this.mode === 'map' ? 'world.mapLabel' : 'world.chartsLabel'));
  }

  private placeholder(key: 'world.loading' | 'world.missing'): void {
    clear(this.el);
    this.el.removeAttribute('role');
    this.el.removeAttribute('aria-label');
    this.el.appendChild(h('div', { class: 'world-placeholder', role: 'img', 'aria-label': t(this.lang, key) },
      h('p', null, t(this.lang, key))));
    this.el.dataset.status = key === 'world.loading' ? 'loading' : 'missing';
  }

  private build(input: WorldInput): unknown {
    return this.model!.buildWorldModel({ scenario: input.scenario, state: input.state, reports: input.reports, companyId: 'player' });
  }

  /** Shows the world as of this state and reports (mounting the scenes on first use). */
  show(input: WorldInput): void {
    this.latest = input;
    if (this.status === 'ready') {
      try { this.view!.show(this.build(input)); } catch (err) { this.fail(err); }
      return;
    }
    if (this.status === 'idle') void this.mount();
  }

  private async mount(): Promise<void> {
    this.status = 'loading';
    const scenesLoader = scenesChunk['../scenes/index.ts'];
    const modelLoader = modelChunk['../model/index.ts'];
    if (!scenesLoader || !modelLoader) { this.status = 'missing'; this.placeholder('world.missing'); return; }
    try {
      const [scenes, model] = await Promise.all([scenesLoader(), modelLoader()]);
      if (this.destroyed) return;
      this.model = model;
      const input = this.latest!;
      clear(this.el);
      const view = await scenes.mountWorld(this.el, this.lang, this.build(input));
      if (this.destroyed) { view.destroy(); return; }
      this.view = view;
      this.status = 'ready';
      this.el.dataset.status = 'ready';
      this.label();
      if (this.mode !== 'map') view.setMode(this.mode);
      if (this.latest !== input) view.show(this.build(this.latest!));
    } catch (err) {
      this.fail(err);
    }
  }

  private fail(err: unknown): void {
    // The map is a view; the game goes on without it. Logged as a warning, not an error: nothing the student did is lost.
    console.warn('world view unavailable:', err instanceof Error ? err.message : String(err));
    this.view?.destroy();
    this.view = null;
    this.status = 'missing';
    this.placeholder('world.missing');
  }

  setMode(mode: 'map' | 'charts'): void {
    this.mode = mode;
    this.label();
    if (this.view) try { this.view.setMode(mode); } catch (err) { this.fail(err); }
  }

  setLanguage(lang: Lang): void {
    this.lang = lang;
    this.label();
    if (this.view) try { this.view.setLanguage(lang); } catch (err) { this.fail(err); }
    else this.placeholder(this.status === 'missing' ? 'world.missing' : 'world.loading');
  }

  get ready(): boolean { return this.status === 'ready'; }

  destroy(): void {
    this.destroyed = true;
    try { this.view?.destroy(); } catch { /* already gone */ }
    this.view = null;
    this.el.remove();
  }
}
