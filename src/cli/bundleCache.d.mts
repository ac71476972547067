// Types of bundleCache.mjs (plain JavaScript, so that bin.mjs can load it before tsx).
export interface BundleSpec {
  /** The file name's stem in the cache (letters, digits, '-'). */
  name: string;
  /** The entry module's text (ESM, TypeScript allowed). */
  entry: string;
  /** The folder the entry's relative imports start from. */
  resolveDir: string;
}
export interface Bundle { file: string; remove(): void }
export const ROOT: string;
export const CLI_BUNDLE: BundleSpec;
export function lookupBundle(spec: BundleSpec): string | null;
export function buildBundle(spec: BundleSpec): Promise<Bundle>;
export function bundle(spec: BundleSpec): Promise<Bundle>;
