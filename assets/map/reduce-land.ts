// Builds assets/map/land.json, the coastlines of the world map, from Natural
// Earth's 1:110m land (public domain, naturalearthdata.com) as quantised TopoJSON
// (the `land-110m.json` of topojson/world-atlas or its maintained fork
// cublya/world-atlas). Run once by hand; the game ships only the output:
//   npx tsx assets/map/reduce-land.ts path/to/land-110m.json > assets/map/land.json
// It drops Antarctica, cuts every ring at the map's edge (30°W, the map being
// centred on 150°E) and at its latitude crop, simplifies (Douglas–Peucker),
// drops specks, and writes tenths of a degree, delta-encoded per ring.
import { readFileSync } from 'node:fs';
import { CENTRE_LON, LAT_BOTTOM, LAT_TOP } from '../../src/game/model/geo';

type Pt = [number, number];
interface Topo { transform: { scale: Pt; translate: Pt }; arcs: Pt[][]; objects: { land: { type: string; arcs: number[][][] } } }

const TOLERANCE = 0.3; // degrees: finer than a pixel at the map's size
const MIN_AREA = 1.5; // square degrees: smaller islands are specks at this scale

function decodeArcs(topo: Topo): Pt[][] {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]): Pt => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
}

function ringOf(arcs: Pt[][], ids: number[]): Pt[] {
  const out: Pt[] = [];
  for (const id of ids) {
    const arc = id >= 0 ? arcs[id]! : [...arcs[~id]!].reverse();
    out.push(...(out.length > 0 ? arc.slice(1) : arc));
  }
  return out;
}

/** Longitudes made relative to the centre and continuous along the ring (may leave [-180, 180)). */
function unwrap(ring: Pt[]): Pt[] {
  const out: Pt[] = [];
  let prev = 0;
  for (const [lon, lat] of ring) {
    let rel = lon - CENTRE_LON;
    if (out.length === 0) {
      while (rel < -180) rel += 360;
      while (rel >= 180) rel -= 360;
    } else {
      while (rel - prev > 180) rel -= 360;
      while (rel - prev < -180) rel += 360;
    }
    out.push([rel, lat]);
    prev = rel;
  }
  return out;
}

/** Sutherland–Hodgman against one half-plane: keep points where inside(p). */
function clip(ring: Pt[], inside: (p: Pt) => boolean, cross: (a: Pt, b: Pt) => Pt): Pt[] {
  const out: Pt[] = [];
  for (let i = 0; i < ring.length; i += 1) {
    const a = ring[(i + ring.length - 1) % ring.length]!;
    const b = ring[i]!;
    if (inside(b)) {
      if (!inside(a)) out.push(cross(a, b));
      out.push(b);
    } else if (inside(a)) out.push(cross(a, b));
  }
  return out;
}

const atX = (x: number) => (a: Pt, b: Pt): Pt => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
const atY = (y: number) => (a: Pt, b: Pt): Pt => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];

function clipToFrame(ring: Pt[]): Pt[] {
  let r = clip(ring, (p) => p[0] >= -180, atX(-180));
  r = clip(r, (p) => p[0] <= 180, atX(180));
  r = clip(r, (p) => p[1] <= LAT_TOP, atY(LAT_TOP));
  return clip(r, (p) => p[1] >= LAT_BOTTOM, atY(LAT_BOTTOM));
}

function area(ring: Pt[]): number {
  let a = 0;
  for (let i = 0; i < ring.length; i += 1) {
    const p = ring[i]!;
    const q = ring[(i + 1) % ring.length]!;
    a += p[0] * q[1] - q[0] * p[1];
  }
  return Math.abs(a) / 2;
}

function simplify(points: Pt[], tol: number): Pt[] {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [i, j] = stack.pop()!;
    const a = points[i]!;
    const b = points[j]!;
    let worst = -1;
    let at = -1;
    for (let k = i + 1; k < j; k += 1) {
      const p = points[k]!;
      const dx = b[0] - a[0];
      const dy = b[1] - a[1];
      const len = Math.sqrt(dx * dx + dy * dy);
      const d = len === 0 ? Math.sqrt((p[0] - a[0]) ** 2 + (p[1] - a[1]) ** 2) : Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / len;
      if (d > worst) { worst = d; at = k; }
    }
    if (worst > tol) {
      keep[at] = 1;
      stack.push([i, at], [at, j]);
    }
  }
  return points.filter((_, k) => keep[k] === 1);
}

function main(): void {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx assets/map/reduce-land.ts land-110m.json');
  const topo = JSON.parse(readFileSync(file, 'utf8')) as Topo;
  const arcs = decodeArcs(topo);
  const rings: number[][] = [];
  for (const polygon of topo.objects.land.arcs) {
    for (const ids of polygon) {
      const ring = ringOf(arcs, ids);
      if (ring.every(([, lat]) => lat < -60)) continue; // Antarctica
      const rel = unwrap(ring);
      for (const shift of [-360, 0, 360]) {
        const moved = rel.map(([x, y]): Pt => [x + shift, y]);
        const clipped = clipToFrame(moved);
        if (clipped.length < 3 || area(clipped) < MIN_AREA) continue;
        // Simplified as a path closed on its first point, which therefore stays.
        const simple = simplify([...clipped, clipped[0]!], TOLERANCE).slice(0, -1);
        if (simple.length < 3) continue;
        const out: number[] = [];
        let px = 0;
        let py = 0;
        for (const [x, y] of simple) {
          const qx = Math.round(x * 10);
          const qy = Math.round(y * 10);
          if (out.length > 0 && qx === px && qy === py) continue;
          out.push(qx - px, qy - py);
          px = qx;
          py = qy;
        }
        rings.push(out);
      }
    }
  }
  const doc = {
    source: 'Natural Earth 1:110m land v5.1.2 (public domain), via cublya/world-atlas land-110m.json; reduced by assets/map/reduce-land.ts',
    centreLon: CENTRE_LON, latTop: LAT_TOP, latBottom: LAT_BOTTOM, unit: 0.1,
    rings,
  };
  process.stdout.write(`${JSON.stringify(doc)}\n`);
}

main();
