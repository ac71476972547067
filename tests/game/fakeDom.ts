// Just enough of the DOM for the decision panels and report parts to build their
// nodes in Node (the unit tests have no browser): elements with attributes,
// children, text, `value`, a `dataset`, and querySelectorAll for `[attr]` and
// `[attr="value"]`. The screens use h() (src/game/ui/dom.ts) and nothing else, so
// this is what they touch while rendering; events are recorded, never fired.
import type { App } from '../../src/game/ui/app';
import type { Session } from '../../src/game/session';
import { PendingList } from '../../src/game/pending';
import { Fmt } from '../../src/game/ui/format';
import { t, type Lang, type StringKey } from '../../src/i18n';

class FakeNode {
  parentNode: FakeElement | null = null;
  childNodes: FakeNode[] = [];
  get textContent(): string { return this.childNodes.map((c) => c.textContent).join(''); }
  get firstChild(): FakeNode | null { return this.childNodes[0] ?? null; }
}

class FakeText extends FakeNode {
  constructor(readonly data: string) { super(); }
  override get textContent(): string { return this.data; }
}

export class FakeElement extends FakeNode {
  readonly attributes = new Map<string, string>();
  readonly listeners: string[] = [];
  readonly style: Record<string, string> = {};
  value = '';
  name = '';
  constructor(readonly tagName: string) { super(); }
  get id(): string { return this.attributes.get('id') ?? ''; }
  set id(v: string) { this.attributes.set('id', v); }
  get dataset(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of this.attributes) if (k.startsWith('data-')) out[k.slice(5).replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] = v;
    return out;
  }
  setAttribute(k: string, v: string): void { this.attributes.set(k, v); }
  getAttribute(k: string): string | null { return this.attributes.get(k) ?? null; }
  hasAttribute(k: string): boolean { return this.attributes.has(k); }
  addEventListener(type: string): void { this.listeners.push(type); }
  appendChild<T extends FakeNode>(c: T): T { c.parentNode = this; this.childNodes.push(c); return c; }
  removeChild<T extends FakeNode>(c: T): T { this.childNodes = this.childNodes.filter((x) => x !== c); return c; }
  /** `[attr]` or `[attr="value"]` (or `[attr^="value"]`), the only selectors the screens and these tests ask. */
  querySelectorAll(selector: string): FakeElement[] {
    const m = /^\[([\w-]+)(?:(\^?)="([^"]*)")?\]$/.exec(selector);
    if (!m) throw new Error(`fakeDom: selector ${selector} not supported`);
    const out: FakeElement[] = [];
    const walk = (n: FakeNode) => {
      for (const c of n.childNodes) {
        if (!(c instanceof FakeElement)) continue;
        const v = c.attributes.get(m[1]!);
        if (v !== undefined && (m[3] === undefined || (m[2] ? v.startsWith(m[3]) : v === m[3]))) out.push(c);
        walk(c);
      }
    };
    walk(this);
    return out;
  }
  querySelector(selector: string): FakeElement | null { return this.querySelectorAll(selector)[0] ?? null; }
}

class FakeInput extends FakeElement {}
class FakeSelect extends FakeElement {
  /** The label of the option whose value is selected (what the student sees in the closed list). */
  get shown(): string | null {
    const o = this.childNodes.find((c) => c instanceof FakeElement && c.attributes.get('value') === this.value);
    return o ? o.textContent : null;
  }
}

/** Installs the fake document (and the element classes instanceof checks use) on globalThis. */
export function installFakeDom(): void {
  const g = globalThis as Record<string, unknown>;
  g.HTMLElement = FakeElement;
  g.HTMLInputElement = FakeInput;
  g.HTMLSelectElement = FakeSelect;
  g.document = {
    createElement: (tag: string) => (tag === 'input' ? new FakeInput(tag) : tag === 'select' ? new FakeSelect(tag) : new FakeElement(tag)),
    createTextNode: (text: string) => new FakeText(text),
    getElementById: () => null,
    activeElement: null,
  };
}

/** The text a node shows, with spaces between blocks so words of neighbouring cells do not run together. */
export function textOf(n: unknown): string {
  const node = n as FakeNode;
  if (node instanceof FakeText) return node.data;
  return node.childNodes.map((c) => textOf(c)).join(' ').replace(/\s+/g, ' ');
}

/** An App with what the panels read while rendering: the session, language, strings, formats, pending decisions and drafts. */
export function fakeApp(session: Session, lang: Lang, pending: readonly (Record<string, unknown> & { type: string })[] = []): App {
  const app = {
    session, lang, activeTab: 'markets', pending: new PendingList(pending),
    drafts: new Map<string, string>(), formErrors: new Map(),
    tr: (key: StringKey, vars?: Record<string, string | number>) => t(lang, key, vars),
    fmt: () => new Fmt(lang, session.scenario),
    rerenderPlay: () => {}, addDecision: () => {}, announce: () => {},
  };
  return app as unknown as App;
}
