// Building DOM nodes without HTML strings: text is always set as text (textContent,
// text nodes), so a scenario titled `<img src=x onerror=…>` shows those characters.
type Child = Node | string | number | null | undefined | false;
/** Attributes (string, number, true = present, false/null/undefined = absent) and `on`: event listeners by event name. */
type Attrs = Record<string, unknown>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs | null = null, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (name === 'on') {
        for (const [ev, fn] of Object.entries(value as Record<string, EventListener>)) el.addEventListener(ev, fn);
      } else if (value === true) el.setAttribute(name, '');
      else if (typeof value === 'string' || typeof value === 'number') el.setAttribute(name, String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Multi-paragraph scenario text (blank lines separate paragraphs), as text nodes. */
export function paragraphs(text: string, cls = 'prose'): HTMLElement {
  const box = h('div', { class: cls });
  for (const para of text.split(/\n\s*\n/)) {
    const p = h('p');
    const lines = para.split('\n');
    lines.forEach((line, i) => { if (i > 0) p.appendChild(h('br')); p.appendChild(document.createTextNode(line)); });
    box.appendChild(p);
  }
  return box;
}

let ids = 0;
export function uid(prefix: string): string {
  ids += 1;
  return `${prefix}-${ids}`;
}
