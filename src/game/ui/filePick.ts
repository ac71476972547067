// A file picker in the player's language. The browser's own file input says
// "Choose File / No file chosen" in the browser's language, not the game's: the
// input stays (focusable, labelled, what tests and assistive technology use) but is
// hidden, and its label is drawn as a button, with the chosen file's name beside it.
import type { App } from './app';
import { h } from './dom';

/** `chosen`: the name of the file last read, when the screen was rebuilt after reading it. */
export interface FilePickOpts { id: string; label: string; testid: string; describedBy?: string; chosen?: string; onChange(input: HTMLInputElement): void }

export function filePick(app: App, o: FilePickOpts): HTMLElement {
  const chosenId = `${o.id}-chosen`;
  const chosen = h('span', { id: chosenId, class: 'file-chosen' }, o.chosen ? app.tr('file.chosen', { name: o.chosen }) : app.tr('file.none'));
  const input = h('input', {
    id: o.id, type: 'file', class: 'file-input', accept: '.json,application/json', 'data-testid': o.testid,
    'aria-describedby': [chosenId, o.describedBy].filter(Boolean).join(' '),
    on: {
      change: () => {
        const name = input.files?.[0]?.name;
        chosen.textContent = name ? app.tr('file.chosen', { name }) : app.tr('file.none');
        o.onChange(input);
      },
    },
  });
  return h('div', { class: 'file-pick' }, input, h('label', { for: o.id, class: 'file-button' }, o.label), chosen);
}
