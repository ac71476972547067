// The shipped scenarios for the scenario list (issue 5 §1): read from the files in
// scenarios/ at build time (?raw), so `npm run dev` reloads an edited scenario
// file. The list needs only a few fields, read with a plain JSON.parse; the full
// loader runs when a scenario is chosen. A case's card (issue 6 §5) also needs its
// `case` block, checked with the engine's own schema, its markets' names and the
// home currency (to say the headline figure in words).
import { Case, Localised as LocalisedSchema, type Localised, type Scenario } from '../engine';

export type CaseFigure = NonNullable<Scenario['case']>['figures'][number];
/** Seed 004 §06 sorts its eight stories into four successes and four failures. */
export type CaseOutcome = 'success' | 'failure';

export interface CaseSummary {
  source: string;
  /** Read from the source's words ("…, 06, success 4"); null when it says neither. */
  outcome: CaseOutcome | null;
  figures: CaseFigure[];
  markets: { id: string; name: Localised }[];
  homeCurrency: string;
  /** Minor-unit digits of the home currency (2 for CNY). */
  homeDecimals: number;
}

export interface CatalogEntry {
  path: string;
  id: string;
  title: Localised;
  turns: number;
  difficulty: number;
  isCase: boolean;
  /** The case block and what its card shows; null for other scenarios or an unreadable block. */
  caseSummary: CaseSummary | null;
  text: string;
}

function localised(v: unknown): Localised | null {
  if (v === null || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  return typeof o.zh === 'string' && typeof o.en === 'string' ? { zh: o.zh, en: o.en } : null;
}

/** What the list shows of a scenario file; a file that does not even parse is listed by its path (choosing it shows the loader's problems). */
export function catalogEntry(path: string, text: string): CatalogEntry {
  const name = path.replace(/^.*\//, '').replace(/\.json$/, '');
  let v: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) v = parsed as Record<string, unknown>;
  } catch { /* listed by name */ }
  return {
    path,
    id: typeof v.id === 'string' ? v.id : name,
    title: localised(v.title) ?? { zh: name, en: name },
    turns: typeof v.turns === 'number' ? v.turns : 0,
    difficulty: typeof v.difficulty === 'number' ? v.difficulty : 0,
    isCase: path.includes('/cases/') || v.case !== undefined,
    caseSummary: caseSummary(v),
    text,
  };
}

/** The schema names no outcome: the case's source says "success N" or "failure N" (seed 004 §06's numbering). */
export function caseOutcome(source: string): CaseOutcome | null {
  const m = /\b(success|failure)\b/i.exec(source);
  return m ? (m[1]!.toLowerCase() as CaseOutcome) : null;
}

/** A case source written as the course documents are cited ("004_….txt, 06, failure 4"), split for a readable line; null when it is not in that form. */
export function caseSourceParts(source: string): { doc: string; section: string; outcome: CaseOutcome; n: string } | null {
  const m = /^(\d{3})_[0-9a-f]+\.txt,\s*(\d+),\s*(success|failure)\s+(\d+)\s*$/i.exec(source);
  return m ? { doc: m[1]!, section: m[2]!, outcome: m[3]!.toLowerCase() as CaseOutcome, n: m[4]! } : null;
}

function caseSummary(v: Record<string, unknown>): CaseSummary | null {
  const parsed = Case.safeParse(v.case);
  if (!parsed.success) return null;
  const markets: CaseSummary['markets'] = [];
  for (const m of Array.isArray(v.markets) ? v.markets : []) {
    const o = (m ?? {}) as Record<string, unknown>;
    const name = LocalisedSchema.safeParse(o.name);
    if (typeof o.id === 'string') markets.push({ id: o.id, name: name.success ? name.data : { zh: o.id, en: o.id } });
  }
  const home = typeof v.homeCurrency === 'string' ? v.homeCurrency : 'CNY';
  const currency = (Array.isArray(v.currencies) ? v.currencies : []).find((c) => (c as Record<string, unknown> | null)?.code === home) as Record<string, unknown> | undefined;
  return {
    source: parsed.data.source,
    outcome: caseOutcome(parsed.data.source),
    figures: parsed.data.figures,
    markets,
    homeCurrency: home,
    homeDecimals: typeof currency?.decimals === 'number' ? currency.decimals : 2,
  };
}

/** Tutorial first, then the campaign, then the cases by title. */
export function sortCatalog(entries: CatalogEntry[]): CatalogEntry[] {
  const rank = (e: CatalogEntry) => (e.id === 'tutorial' ? 0 : e.isCase ? 2 : 1);
  return [...entries].sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
