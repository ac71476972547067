// Hover notes for the map's pins and icons: each object carries a function that
// writes its note from the latest model when the pointer reaches it.
import type * as Phaser from 'phaser';
import type { Tooltip } from './Tooltip';

export type Note = () => string;

const notes = new WeakMap<Phaser.GameObjects.GameObject, Note>();

export function hoverable(obj: Phaser.GameObjects.Image, tooltip: Tooltip, note: Note): void {
  notes.set(obj, note);
  if (obj.input) return;
  obj.setInteractive();
  obj.on('pointerover', () => {
    const n = notes.get(obj);
    if (n) tooltip.show(obj.x, obj.y, n());
  });
  obj.on('pointerout', () => tooltip.hide());
}
