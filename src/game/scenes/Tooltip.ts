// A hover note: plain text on a plate near the pointer, kept inside the stage.
// Scenario text goes in as text (Phaser's Text draws characters, never markup).
import type * as Phaser from 'phaser';
import { COLOURS, STAGE_H, STAGE_W, textStyle } from './theme';

export class Tooltip {
  private readonly text: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene) {
    this.text = scene.add.text(0, 0, '', {
      ...textStyle(11),
      backgroundColor: COLOURS.tooltip.bg,
      color: COLOURS.tooltip.ink,
      padding: { x: 6, y: 4 },
      wordWrap: { width: 260, useAdvancedWrap: true },
      lineSpacing: 2,
    }).setDepth(1000).setVisible(false);
  }

  show(x: number, y: number, body: string): void {
    this.text.setText(body).setVisible(true);
    const w = this.text.width;
    const h = this.text.height;
    let tx = x + 12;
    let ty = y - h - 10;
    if (tx + w > STAGE_W - 4) tx = x - w - 12;
    if (tx < 4) tx = 4;
    if (ty < 4) ty = y + 14;
    if (ty + h > STAGE_H - 4) ty = STAGE_H - 4 - h;
    this.text.setPosition(tx, ty);
  }

  hide(): void { this.text.setVisible(false); }

  get visible(): boolean { return this.text.visible; }
}
