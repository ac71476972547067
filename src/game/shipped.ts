// The shipped scenario files, bundled as text (Vite's ?raw glob; HMR reloads an edited file in `npm run dev`).
import { catalogEntry, sortCatalog, type CatalogEntry } from './catalog';

const files = import.meta.glob<string>(['../../scenarios/*.json', '../../scenarios/cases/*.json', '!**/scenario.schema.json'], { query: '?raw', import: 'default', eager: true });

export function shippedScenarios(): CatalogEntry[] {
  return sortCatalog(Object.keys(files).map((path) => catalogEntry(path, files[path]!)));
}
