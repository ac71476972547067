// The service worker of the production build (issue 5 §10: works offline once
// loaded). plugin.ts compiles this file to sw.js and fills in __PRECACHE__ with the
// build's own files and a version made from their contents. It never fetches
// anything but those files: other requests are not touched at all, so the browser
// handles them as if there were no worker (the page's CSP still applies).
// Written against small local interfaces because the project's types are the
// DOM's, not a worker's.
export {};

declare const __PRECACHE__: { version: string; files: readonly string[] };

interface ExtendableEvent extends Event { waitUntil(work: Promise<unknown>): void }
interface FetchEvent extends ExtendableEvent { readonly request: Request; respondWith(response: Promise<Response>): void }
interface WorkerScope {
  readonly location: Location;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const sw = self as unknown as WorkerScope;
const base = new URL('./', sw.location.href);
// Caches are shared by every app on the origin: ours are named by the folder the
// game is served from, so a new build deletes only this game's older caches.
const prefix = `chuhai-offline:${base.pathname}:`;
const cacheName = prefix + __PRECACHE__.version;
const urls = __PRECACHE__.files.map((f) => new URL(f, base).href);
const precached = new Set(urls);
const indexUrl = new URL('index.html', base).href;

sw.addEventListener('install', (event) => {
  // `reload`: the files come from the server, not from an HTTP cache that may hold an older build.
  event.waitUntil(caches.open(cacheName)
    .then((cache) => cache.addAll(urls.map((u) => new Request(u, { cache: 'reload' }))))
    .then(() => sw.skipWaiting()));
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n.startsWith(prefix) && n !== cacheName).map((n) => caches.delete(n))))
    .then(() => sw.clients.claim()));
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.hash = '';
  const exact = url.href;
  // Opening the game's folder or its index.html (whatever the query) is the page itself.
  url.search = '';
  const page = request.mode === 'navigate' && (url.href === base.href || url.href === indexUrl);
  const key = page ? indexUrl : exact;
  if (!page && !precached.has(key)) return;
  // Cache first; the network only if the browser dropped the cached copy.
  event.respondWith(caches.open(cacheName)
    .then((cache) => cache.match(key))
    .then((hit) => hit ?? fetch(request)));
});
