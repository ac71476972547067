// Singular and plural nouns after a count. An English noun after "1" is singular
// ("1 week", "1 order") and plural otherwise ("2 weeks", "0 agents", "1.0 days");
// Chinese has no plural. A string asks for the form with {name:singular|plural},
// chosen by the value filled into {name}: by the figure as it is shown, so a
// count rounded to "1" takes the singular and "1.0" does not (CLDR's English rule,
// through Intl.PluralRules). A string without such a choice is left as it is.

const rules = new Map<string, Intl.PluralRules>();
function rulesFor(locale: string, fractionDigits: number): Intl.PluralRules {
  const id = `${locale}|${fractionDigits}`;
  let r = rules.get(id);
  if (!r) {
    r = new Intl.PluralRules(locale, { minimumFractionDigits: fractionDigits });
    rules.set(id, r);
  }
  return r;
}

/** The plural category of a count as given: a number, or a figure already formatted ("1,234", "1.0", "<1"). */
function pluralCategory(locale: string, value: string | number): Intl.LDMLPluralRule {
  if (typeof value === 'number') return rulesFor(locale, 0).select(value);
  // The first figure in the text, its grouping commas dropped (en and zh-CN group with commas).
  const m = /-?\d[\d,]*(?:\.(\d+))?/.exec(value);
  if (!m) return 'other';
  const n = Number(m[0].replace(/,/g, ''));
  return Number.isFinite(n) ? rulesFor(locale, m[1]?.length ?? 0).select(n) : 'other';
}

const CHOICE = /\{(\w+):([^{}|]*)\|([^{}|]*)\}/g;

/** The text with each {name:singular|plural} replaced by the form the value of `name` takes (plural when it has none). */
export function choosePlurals(text: string, locale: string, vars: Readonly<Record<string, string | number>> | undefined): string {
  if (!text.includes('|')) return text;
  return text.replace(CHOICE, (_whole, name: string, one: string, other: string) => {
    const v = vars && Object.hasOwn(vars, name) ? vars[name]! : undefined;
    return v !== undefined && pluralCategory(locale, v) === 'one' ? one : other;
  });
}
