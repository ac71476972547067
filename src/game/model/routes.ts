// The lines goods travel on, from the China port to a market or warehouse. Sea
// freight follows the shipping lanes (seed 000 ch. 5.2: sea to Europe runs by
// Malacca, the Indian Ocean and Suez; to the US across the Pacific); air, express
// and postal parcels fly, drawn as a gentle arc. Paths are polylines in the map
// frame; a shipment is placed along one by the share of its voyage done.
import type { MapPoint, TransportMode } from './types';
import { HOME_SITE, project } from './geo';

type LatLon = readonly [number, number];

const SINGAPORE: LatLon[] = [[15, 112], [6, 108], [1.3, 104.5], [5.5, 95]];
const INDIAN_OCEAN: LatLon[] = [...SINGAPORE, [5.8, 80.5]];
const SUEZ: LatLon[] = [...INDIAN_OCEAN, [12.5, 51], [12.6, 43.4], [20, 38.5], [27.5, 34], [31.3, 32.3], [33.6, 26], [37.2, 11], [36, -5.6], [38.5, -10], [43.5, -9.8], [48.3, -5.5]];

/** Sea lanes from home by the region of the destination; the destination point ends each. */
const SEA_LANES: Readonly<Record<string, LatLon[]>> = {
  NA: [[26, 123], [33, 142], [40, 175], [38, -150], [34, -121]],
  LATAM: [[26, 123], [20, 150], [12, -160], [14, -105], [8.5, -79.6], [11, -70], [5, -45], [-8, -34]],
  EU: [...SUEZ, [51.5, 2.5]],
  UK: [...SUEZ, [50.2, -1]],
  ME: [...INDIAN_OCEAN, [21, 62], [25.5, 57]],
  SEA: [[15, 112], [6, 109]],
  JP: [[27, 123], [31, 129], [33.5, 136]],
  other: [...INDIAN_OCEAN],
};

function lanePoints(region: string): LatLon[] {
  return (Object.hasOwn(SEA_LANES, region) ? SEA_LANES[region] : undefined) ?? SEA_LANES.other!;
}

/** A quadratic arc from a to b, bowed towards the pole side by a fifth of its length. */
function arc(a: MapPoint, b: MapPoint, steps = 18): MapPoint[] {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.sqrt(dx * dx + dy * dy);
  // The normal that points up the map (smaller y).
  let nx = dy / (len || 1);
  let ny = -dx / (len || 1);
  if (ny > 0) { nx = -nx; ny = -ny; }
  const cx = (a.x + b.x) / 2 + nx * len * 0.2;
  const cy = (a.y + b.y) / 2 + ny * len * 0.2;
  const out: MapPoint[] = [];
  for (let i = 0; i <= steps; i += 1) {
    const t = i / steps;
    const u = 1 - t;
    out.push({ x: u * u * a.x + 2 * u * t * cx + t * t * b.x, y: u * u * a.y + 2 * u * t * cy + t * t * b.y });
  }
  return out;
}

/**
 * The sea lane to a destination: the region's waypoints up to the one nearest the
 * destination (a lane drawn for the region's main port serves its other markets
 * too without running past them and doubling back).
 */
function seaLane(region: string, home: MapPoint, to: MapPoint): MapPoint[] {
  const lane = lanePoints(region).map(([lat, lon]) => project(lat, lon));
  let nearest = -1;
  let best = dist(home, to);
  lane.forEach((p, i) => {
    const d = dist(p, to);
    if (d < best) { best = d; nearest = i; }
  });
  return [home, ...lane.slice(0, nearest + 1), to];
}

export function routePath(mode: TransportMode, region: string, dest: { lat: number; lon: number }): MapPoint[] {
  const home = project(HOME_SITE[0], HOME_SITE[1]);
  const to = project(dest.lat, dest.lon);
  if (mode === 'sea') return seaLane(region, home, to);
  return arc(home, to);
}

/** The point a share `t` (0–1) of the way along a polyline, by length. */
export function pointAlong(path: readonly MapPoint[], t: number): MapPoint {
  if (path.length === 0) return { x: 0, y: 0 };
  if (path.length === 1 || t <= 0) return { ...path[0]! };
  let total = 0;
  for (let i = 1; i < path.length; i += 1) total += dist(path[i - 1]!, path[i]!);
  let left = Math.min(1, t) * total;
  for (let i = 1; i < path.length; i += 1) {
    const a = path[i - 1]!;
    const b = path[i]!;
    const d = dist(a, b);
    if (left <= d && d > 0) {
      const f = left / d;
      return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
    }
    left -= d;
  }
  return { ...path[path.length - 1]! };
}

function dist(a: MapPoint, b: MapPoint): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  return Math.sqrt(dx * dx + dy * dy);
}
