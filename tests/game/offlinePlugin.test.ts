// The offline worker's build step (src/game/offline/plugin.ts): the precache list is
// the build's files without the worker, and its version follows their contents, so
// any new build — even one that keeps every file name — installs a new cache.
import { describe, expect, it } from 'vitest';
import { precacheList, workerSource } from '../../src/game/offline/plugin';

const build = [
  { name: 'index.html', bytes: '<!doctype html><script src="./assets/index-a.js"></script>' },
  { name: 'assets/index-a.js', bytes: 'console.log(1)' },
  { name: 'assets/scenes-b.js', bytes: new Uint8Array([1, 2, 3]) },
  { name: 'sw.js', bytes: 'old worker' },
];

describe('the precache list', () => {
  it('lists every built file but the worker, sorted', () => {
    expect(precacheList(build).files).toEqual(['assets/index-a.js', 'assets/scenes-b.js', 'index.html']);
  });

  it('keeps its version for the same files in any order, and changes it when one byte, one name or one file changes', () => {
    const v = precacheList(build).version;
    expect(v).toMatch(/^[0-9a-f]{16}$/);
    expect(precacheList([...build].reverse()).version).toBe(v);
    expect(precacheList(build.map((f) => (f.name === 'sw.js' ? { ...f, bytes: 'another worker' } : f))).version).toBe(v);
    expect(precacheList(build.map((f) => (f.name === 'assets/scenes-b.js' ? { ...f, bytes: new Uint8Array([1, 2, 4]) } : f))).version).not.toBe(v);
    expect(precacheList(build.map((f) => (f.name === 'index.html' ? { ...f, bytes: `${f.bytes as string} ` } : f))).version).not.toBe(v);
    expect(precacheList(build.map((f) => (f.name === 'assets/index-a.js' ? { ...f, name: 'assets/index-c.js' } : f))).version).not.toBe(v);
    expect(precacheList(build.slice(1)).version).not.toBe(v);
  });

  it('is written into a classic script (a service worker is not a module) with nothing left to fill in', async () => {
    const list = precacheList(build);
    const source = await workerSource(list);
    expect(source).toContain(JSON.stringify(list.version));
    expect(source).toContain('"assets/scenes-b.js"');
    expect(source).not.toMatch(/__PRECACHE__|\bexport\b|\bimport\b/);
    expect(() => new Function(source)).not.toThrow(); // parses as a script
  });
});
