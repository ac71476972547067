// What the scenes share: the language and the latest model. The view's methods
// change it and ask each scene to redraw; a sleeping scene only notes that it is
// stale and redraws when woken, so show() costs one scene's redraw.
import type { Lang } from '../../i18n';
import type { WorldModel } from '../model';

export interface Redrawable { redraw(): void }

export class Store {
  private readonly scenes = new Set<Redrawable>();
  constructor(public lang: Lang, public model: WorldModel) {}

  attach(scene: Redrawable): void { this.scenes.add(scene); }
  detach(scene: Redrawable): void { this.scenes.delete(scene); }

  update(change: { lang?: Lang; model?: WorldModel }): void {
    if (change.lang !== undefined) this.lang = change.lang;
    if (change.model !== undefined) this.model = change.model;
    for (const s of this.scenes) s.redraw();
  }
}
