// The shipped scenarios for the scenario list (issue 5 §1): read from the files in
// scenarios/ at build time (?raw), so `npm run dev` reloads an edited scenario
// file. The list needs only a few fields, read with a plain JSON.parse; the full
// loader runs when a scenario is chosen.
import type { Localised } from '../engine';

export interface CatalogEntry {
  path: string;
  id: string;
  title: Localised;
  turns: number;
  difficulty: number;
  isCase: boolean;
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
    text,
  };
}

/** Tutorial first, then the campaign, then the cases by title. */
export function sortCatalog(entries: CatalogEntry[]): CatalogEntry[] {
  const rank = (e: CatalogEntry) => (e.id === 'tutorial' ? 0 : e.isCase ? 2 : 1);
  return [...entries].sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
