// How the autosave's problems are said on screen: a string key with its values,
// translated when shown (title.ts), so the detail follows the language toggle.
// Shared by the save's own checks (save.ts) and those of its pending decisions
// (savedPending.ts).
import type { StringKey } from '../i18n';

/** The detail as the screen says it, in the player's language: a string key and its values (a value may be a key too). */
export interface SaveReason { key: StringKey; vars: Record<string, string | number | { key: StringKey }> }

export const why = (key: StringKey, vars: SaveReason['vars'] = {}): SaveReason => ({ key, vars });

/** Zod's issue codes, said in the player's words; any other code reads as "not valid". */
const ISSUES: Readonly<Record<string, StringKey>> = {
  invalid_type: 'saveDetail.issue.type', too_big: 'saveDetail.issue.big', too_small: 'saveDetail.issue.small',
  invalid_format: 'saveDetail.issue.format', unrecognized_keys: 'saveDetail.issue.keys', invalid_value: 'saveDetail.issue.value',
};

export const issueWords = (code: string): { key: StringKey } => ({ key: ISSUES[code] ?? 'saveDetail.issue.other' });
