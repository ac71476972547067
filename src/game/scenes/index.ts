// The world view (issue 5 §2): a Phaser 4 game with two scenes — the map of
// markets, routes and shipments, and the charts over the turns — mounted into a
// parent element by the page, which imports this module lazily
// (`await import('./scenes')`) so Phaser stays out of the first bundle.
import * as Phaser from 'phaser';
import type { Lang } from '../../i18n';
import type { WorldModel } from '../model';
import { Store } from './store';
import { MapScene } from './MapScene';
import { ChartsScene } from './ChartsScene';
import { COLOURS, STAGE_H, STAGE_W, setPixelRatio } from './theme';

export interface WorldView {
  show(model: WorldModel): void;
  setMode(mode: 'map' | 'charts'): void;
  setLanguage(lang: Lang): void;
  destroy(): void;
}

export type { WorldModel };

export function mountWorld(parent: HTMLElement, lang: Lang, model: WorldModel): Promise<WorldView> {
  const store = new Store(lang, model);
  const ratio = setPixelRatio(parent.clientWidth || STAGE_W * 1.5, window.devicePixelRatio || 1);
  return new Promise<WorldView>((resolve, reject) => {
    let game: Phaser.Game;
    try {
      game = new Phaser.Game({
        type: Phaser.AUTO,
        parent,
        width: Math.round(STAGE_W * ratio),
        height: Math.round(STAGE_H * ratio),
        backgroundColor: COLOURS.pageCss,
        banner: false,
        audio: { noAudio: true },
        // The view changes once a turn; 30 frames a second is plenty for its tweens
        // and halves the work of software rendering (SwiftShader) in tests.
        fps: { limit: 30 },
        scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
        render: { antialias: true, powerPreference: 'low-power' },
        scene: [],
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    let mode: 'map' | 'charts' = 'map';
    let destroyed = false;
    // The picture changes only when told to or under the pointer: the game loop
    // sleeps in between, so an idle view costs nothing (software rendering in
    // tests, batteries on laptops). Waking renders a frame at once (TimeStep.wake
    // ticks), then tweens and hover notes get a while to run before it sleeps.
    let idleTimer: ReturnType<typeof setTimeout> | undefined;
    const awake = (ms: number): void => {
      if (destroyed) return;
      game.loop.wake();
      if (idleTimer !== undefined) clearTimeout(idleTimer);
      idleTimer = setTimeout(() => { if (!destroyed) game.loop.sleep(); }, ms);
    };
    const onPointer = (): void => awake(2500);
    const mapScene = new MapScene(store, () => { awake(1500); resolve(view); });
    const chartsScene = new ChartsScene(store);
    const view: WorldView = {
      show(next) {
        if (destroyed) return;
        store.update({ model: next });
        awake(1200);
      },
      setMode(next) {
        if (destroyed || next === mode) return;
        mode = next;
        const [on, off] = next === 'map' ? ['map', 'charts'] : ['charts', 'map'];
        const scenes = game.scene;
        if (scenes.isActive(off)) scenes.sleep(off);
        if (scenes.isSleeping(on)) scenes.wake(on);
        else if (!scenes.isActive(on)) scenes.start(on);
        awake(1200);
      },
      setLanguage(next) {
        if (destroyed) return;
        store.update({ lang: next });
        awake(1200);
      },
      destroy() {
        if (destroyed) return;
        destroyed = true;
        if (idleTimer !== undefined) clearTimeout(idleTimer);
        parent.removeEventListener('pointermove', onPointer);
        parent.removeEventListener('pointerdown', onPointer);
        store.detach(mapScene);
        store.detach(chartsScene);
        game.destroy(true);
      },
    };
    parent.addEventListener('pointermove', onPointer);
    parent.addEventListener('pointerdown', onPointer);
    game.events.once(Phaser.Core.Events.READY, () => {
      game.scene.add('charts', chartsScene, false);
      game.scene.add('map', mapScene, true);
    });
  });
}
