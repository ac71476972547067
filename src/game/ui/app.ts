// The browser game's shell (issue 5 §1): one page, screens in a fixed order —
// title and language → scenario list → student id → briefing → turns → debrief —
// plus the grader's replay viewer. The language can change on any screen; the
// screen is rebuilt from the session, so nothing typed into a decision is lost
// (drafts are kept by field id). Every string comes from src/i18n.
import type { Scenario, TurnReport } from '../../engine';
import { t, locale, type Lang, type StringKey } from '../../i18n';
import { loadScenario } from '../../scenario/load';
import { h, clear } from './dom';
import { Fmt } from './format';
import { WorldHost } from './worldHost';
import { Session } from '../session';
import { PendingList } from '../pending';
import { encodeSave, readSlot, restoreSave, writeSave, setAside, SAVE_KEY, PREVIOUS_KEY, type DroppedDecision, type KeyValueStore, type SaveSlot } from '../save';
import { titleScreen } from './title';
import { scenarioListScreen } from './scenarioList';
import { caseLibraryScreen } from './caseLibrary';
import { setupScreen } from './setup';
import { briefingScreen } from './briefing';
import { playScreen } from './play';
import { reportDialog } from './report';
import { crisisDialog, openCrises } from './crisis';
import { debriefScreen } from './debrief';
import { replayScreen, type ReplayViewer } from './replayViewer';
import type { CatalogEntry } from '../catalog';
import type { FieldError } from '../validate';
import { describeAction } from './describe';
import { scenarioProblems } from '../problemCount';

export type Screen =
  | { name: 'title' }
  /** `count`: how many problems the loader found, which can be more than the lines it describes (problemCount.ts). */
  | { name: 'scenarios'; problems?: { file: string; lines: string[]; count: number } }
  | { name: 'cases' }
  | { name: 'setup'; scenario: Scenario; text: string; error?: string }
  | { name: 'briefing' }
  | { name: 'play' }
  | { name: 'debrief' }
  | { name: 'replay'; viewer: ReplayViewer };

export type Overlay = { kind: 'report'; report: TurnReport } | { kind: 'crisis'; id: string } | null;

const LANG_KEY = 'chuhai.lang';

/** Storage that works when Web Storage is disabled (the game plays on; it says saving is off). */
class MemoryStore implements KeyValueStore {
  private m = new Map<string, string>();
  getItem(k: string) { return this.m.get(k) ?? null; }
  setItem(k: string, v: string) { this.m.set(k, v); }
  removeItem(k: string) { this.m.delete(k); }
}

export class App {
  lang: Lang;
  screen: Screen = { name: 'title' };
  lastList: 'scenarios' | 'cases' = 'scenarios';
  overlay: Overlay = null;
  session: Session | null = null;
  pending = new PendingList();
  world: WorldHost | null = null;
  readonly drafts = new Map<string, string>();
  activeTab = 'markets';
  /** The messages of each decision form's last failed check, by form id. */
  readonly formErrors = new Map<string, FieldError[]>();
  saveError: string | null = null;
  /** What the title screen says about the save found at start. */
  slot: SaveSlot = { kind: 'none' };
  restoreProblem: string | null = null;
  /** Pending decisions of the resumed save that were left out (the play screen names them until the turn ends). */
  droppedDecisions: readonly DroppedDecision[] = [];
  readonly store: KeyValueStore;
  private readonly header: HTMLElement;
  private readonly main: HTMLElement;
  private readonly overlayRoot: HTMLElement;
  private readonly live: HTMLElement;
  private shipped: CatalogEntry[] | null = null;

  constructor(readonly root: HTMLElement, lang: Lang, store: KeyValueStore | null, private readonly catalog: () => CatalogEntry[]) {
    this.store = store ?? new MemoryStore();
    if (!store) this.saveError = 'storage';
    let saved: string | null;
    try { saved = this.store.getItem(LANG_KEY); } catch { saved = null; }
    this.lang = saved === 'zh' || saved === 'en' ? saved : lang;
    this.header = h('header', { class: 'topbar' });
    this.main = h('main', { id: 'screen', class: 'screen', tabindex: '-1' });
    this.overlayRoot = h('div', { class: 'overlay-root' });
    this.live = h('div', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
    clear(root);
    root.append(this.header, this.main, this.overlayRoot, this.live);
    this.slot = readSlot(this.store, SAVE_KEY);
  }

  tr(key: StringKey, vars?: Record<string, string | number>): string { return t(this.lang, key, vars); }
  fmt(): Fmt { return new Fmt(this.lang, this.viewerScenario() ?? this.session!.scenario); }
  fmtFor(scenario: Scenario): Fmt { return new Fmt(this.lang, scenario); }
  private viewerScenario(): Scenario | null { return this.screen.name === 'replay' ? this.screen.viewer.scenario : null; }
  /** The scenario on screen: the replay viewer's, else the game's. */
  currentScenario(): Scenario | null { return this.viewerScenario() ?? this.session?.scenario ?? null; }

  scenarios(): CatalogEntry[] {
    this.shipped ??= this.catalog();
    return this.shipped;
  }

  announce(text: string): void {
    this.live.textContent = '';
    // A fresh text node each time so screen readers repeat an identical message.
    window.setTimeout(() => { this.live.textContent = text; }, 20);
  }

  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    const focusedId = document.activeElement?.id ?? null;
    const focusedTestId = (document.activeElement as HTMLElement | null)?.dataset?.testid ?? null;
    this.lang = lang;
    // A message in the other language would be read out again in it: the status line starts empty.
    this.live.textContent = '';
    try { this.store.setItem(LANG_KEY, lang); } catch { /* the choice lasts this visit only */ }
    this.world?.setLanguage(lang);
    if (this.screen.name === 'replay') this.screen.viewer.world?.setLanguage(lang);
    this.render();
    const again = (focusedId && document.getElementById(focusedId)) || (focusedTestId && this.root.querySelector<HTMLElement>(`[data-testid="${focusedTestId}"]`));
    if (again instanceof HTMLElement) again.focus();
  }

  go(screen: Screen): void {
    // The student-id screen's Back returns to the list the scenario was chosen from.
    if (screen.name === 'scenarios' || screen.name === 'cases') this.lastList = screen.name;
    this.screen = screen;
    this.overlay = null;
    this.render();
    this.main.focus({ preventScroll: true });
  }

  render(): void {
    document.documentElement.lang = locale(this.lang);
    document.title = this.tr('app.title');
    clear(this.header);
    this.header.append(...this.topbar());
    clear(this.main);
    this.main.className = `screen screen-${this.screen.name}`;
    this.main.appendChild(this.renderScreen());
    this.renderOverlay();
  }

  private renderScreen(): HTMLElement {
    switch (this.screen.name) {
      case 'title': return titleScreen(this);
      case 'scenarios': return scenarioListScreen(this, this.screen);
      case 'cases': return caseLibraryScreen(this);
      case 'setup': return setupScreen(this, this.screen);
      case 'briefing': return briefingScreen(this);
      case 'play': return playScreen(this);
      case 'debrief': return debriefScreen(this);
      case 'replay': return replayScreen(this, this.screen.viewer);
    }
  }

  renderOverlay(): void {
    clear(this.overlayRoot);
    const o = this.overlay;
    // A modal dialog keeps the keyboard inside it: the page behind is inert while it is open.
    const setInert = (on: boolean) => { this.header.inert = on; this.main.inert = on; };
    if (!o) { this.overlayRoot.hidden = true; setInert(false); return; }
    this.overlayRoot.hidden = false;
    const dialog = o.kind === 'report' ? reportDialog(this, o.report) : crisisDialog(this, o.id);
    if (!dialog) { this.overlay = null; this.overlayRoot.hidden = true; setInert(false); return; }
    setInert(true);
    this.overlayRoot.appendChild(dialog);
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog;
    first.focus();
  }

  private topbar(): Node[] {
    const s = this.session;
    const inGame = s !== null && (this.screen.name === 'play' || this.screen.name === 'briefing' || this.screen.name === 'debrief');
    const brand = h('div', { class: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '出海'), h('span', { class: 'brand-name' }, 'Chuhai'));
    const out: Node[] = [brand];
    if (inGame) {
      const f = this.fmt();
      out.push(h('div', { class: 'hud' },
        h('span', { class: 'hud-title' }, s.scenario.title[this.lang]),
        h('span', { class: 'hud-item' }, h('span', { class: 'hud-label' }, this.tr('hud.turn')),
          h('strong', { 'data-testid': 'turn-number', 'data-value': Math.min(s.turn + 1, s.scenario.turns) },
            this.tr('hud.turnOf', { n: Math.min(s.turn + 1, s.scenario.turns), total: s.scenario.turns }))),
        h('span', { class: 'hud-item' }, h('span', { class: 'hud-label' }, this.tr('hud.cash')),
          h('strong', { 'data-testid': 'cash', 'data-value': s.state.companies.player!.cash }, f.money(s.state.companies.player!.cash)))));
    } else {
      out.push(h('div', { class: 'hud' }));
    }
    if (this.screen.name !== 'title') out.push(this.langToggle());
    return out;
  }

  langToggle(big = false): HTMLElement {
    const button = (lang: Lang, label: string) => h('button', {
      type: 'button', class: big ? 'lang-big' : 'lang-btn', lang: locale(lang), 'data-testid': `lang-${lang}`,
      'aria-pressed': String(this.lang === lang),
      on: { click: () => { this.setLang(lang); if (big) this.go({ name: 'scenarios' }); } },
    }, label);
    return h('div', { class: big ? 'lang-choice' : 'lang-toggle', role: 'group', 'aria-label': this.tr('lang.label') },
      button('zh', '中文'), button('en', 'English'));
  }

  // ---- the game ----

  /** Loads a scenario file's text; on problems, the list shows them as `path: message` lines. */
  chooseScenario(text: string, file: string): void {
    const loaded = loadScenario(text);
    if (!loaded.ok) {
      this.go({ name: 'scenarios', problems: scenarioProblems(file, loaded) });
      return;
    }
    this.go({ name: 'setup', scenario: loaded.scenario, text });
  }

  /** A file the student picked: the loader checks the bytes (UTF-8 first); the text is kept for the autosave. */
  chooseScenarioBytes(bytes: Uint8Array, file: string): void {
    const loaded = loadScenario(bytes);
    if (!loaded.ok) {
      this.go({ name: 'scenarios', problems: scenarioProblems(file, loaded) });
      return;
    }
    this.go({ name: 'setup', scenario: loaded.scenario, text: new TextDecoder().decode(bytes) });
  }

  startSession(session: Session, pending: readonly Record<string, unknown>[] = []): void {
    this.world?.destroy();
    this.session = session;
    this.pending = new PendingList(pending as (Record<string, unknown> & { type: string })[]);
    this.droppedDecisions = [];
    this.drafts.clear();
    this.formErrors.clear();
    this.activeTab = 'markets';
    this.world = new WorldHost(this.lang);
    this.autosave();
  }

  showWorld(): void {
    const s = this.session;
    if (s && this.world) this.world.show({ scenario: s.scenario, state: s.state, reports: s.reports });
  }

  autosave(): void {
    if (!this.session) return;
    const err = writeSave(this.store, encodeSave(this.session, this.pending.actions()));
    this.saveError = err === null ? (this.saveError === 'storage' ? 'storage' : null) : err;
    if (err === null) this.slot = readSlot(this.store, SAVE_KEY);
  }

  /** Rebuilds the screen and puts the focus back where the student was (or on the first field to fix). */
  rerenderPlay(focusId: string | null, fallbackId: string | null = null): void {
    this.render();
    const el = (focusId && document.getElementById(focusId)) || (fallbackId && document.getElementById(fallbackId));
    if (el instanceof HTMLElement) el.focus();
  }

  addDecision(action: Record<string, unknown> & { type: string }, focusId: string | null): void {
    this.pending.add(action);
    this.autosave();
    this.rerenderPlay(focusId);
    this.announce(this.tr('pending.added', { what: describeAction(this, action) }));
  }

  undoDecision(key: string): void {
    const d = this.pending.find(key);
    if (!d) return;
    this.pending.remove(key);
    this.autosave();
    this.rerenderPlay('pending-heading');
    this.announce(this.tr('pending.undone', { what: describeAction(this, d.action) }));
  }

  endTurn(): void {
    const s = this.session;
    if (!s || s.finished) return;
    const report = s.endTurn(this.pending);
    this.pending = new PendingList();
    this.droppedDecisions = [];
    this.drafts.clear();
    this.formErrors.clear();
    this.autosave();
    this.overlay = { kind: 'report', report };
    this.render();
    // The map follows once the report is on screen.
    window.setTimeout(() => this.showWorld(), 0);
  }

  /** After the report: the debrief when the run is over, else an unanswered crisis, else the decisions. */
  afterReport(): void {
    const s = this.session;
    if (!s) return;
    if (s.finished) { this.go({ name: 'debrief' }); return; }
    const open = openCrises(this);
    this.overlay = open.length > 0 ? { kind: 'crisis', id: open[0]!.id } : null;
    if (this.screen.name !== 'play') { this.screen = { name: 'play' }; this.render(); } else { this.render(); }
    if (!this.overlay) this.root.querySelector<HTMLElement>('[data-testid="end-turn"]')?.focus();
  }

  resume(which: 'current' | 'previous'): void {
    const slot = readSlot(this.store, which === 'current' ? SAVE_KEY : PREVIOUS_KEY);
    if (slot.kind !== 'good') { this.restoreProblem = slot.kind === 'bad' ? slot.problem.detail : this.tr('save.none'); this.go({ name: 'title' }); return; }
    // The previous save becomes the current one; the damaged one is kept aside, not lost.
    // The text as stored, not the save written out again: nothing in it is changed.
    this.enterRestored(restoreSave(slot.save), slot.text, () => { if (which === 'previous') setAside(this.store); });
  }

  /** Plays on from a restored save, or back to the title saying why it could not be restored. */
  private enterRestored(r: ReturnType<typeof restoreSave>, text: string, before: () => void = () => {}): boolean {
    if (!r.ok) { this.restoreProblem = r.problem.detail; this.slot = { kind: 'bad', text, problem: r.problem }; this.go({ name: 'title' }); return false; }
    this.restoreProblem = null;
    before();
    this.startSession(r.session, r.pending);
    this.droppedDecisions = r.dropped;
    this.go({ name: r.session.finished ? 'debrief' : 'play' });
    this.showWorld();
    if (r.dropped.length > 0) this.announce(this.tr('save.droppedNote', { n: r.dropped.length }));
    return true;
  }

  /**
   * A save from older rules, its decisions played again under these (save.ts
   * restoreSave). The first autosave moves the old save under DAMAGED_KEY, so it is
   * kept as it was (writeSave).
   */
  replayUnderNewRules(): void {
    const slot = this.slot;
    if (slot.kind !== 'bad' || slot.problem.kind !== 'version' || !slot.problem.replayable) return;
    const r = restoreSave(slot.problem.replayable, true);
    if (this.enterRestored(r, slot.text) && r.ok) this.announce(this.tr('save.replayedNote', { turn: r.session.turns.length }));
  }

  /** Sets a damaged save aside (kept under a second key) and goes on to the scenario list. */
  startOver(): void {
    const err = setAside(this.store);
    if (err) this.saveError = err;
    this.slot = readSlot(this.store, SAVE_KEY);
    this.go({ name: 'scenarios' });
  }

  leaveGame(): void {
    this.world?.destroy();
    this.world = null;
    this.session = null;
    this.pending = new PendingList();
    this.droppedDecisions = [];
    this.slot = readSlot(this.store, SAVE_KEY);
    this.go({ name: 'title' });
  }
}
