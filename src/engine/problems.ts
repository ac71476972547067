/** A problem found in an input: where (a JSON path like `markets[2].currency`) and what, in plain words. */
export interface Problem {
  path: string;
  message: string;
}

/** Formats a path of keys and indexes as `markets[2].currency`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}
