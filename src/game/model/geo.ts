// Where things sit on the map. The map is centred on the Pacific (150°E), as
// world maps printed in China are: China sits left of centre, the Americas to its
// east across the Pacific, Europe to its west past the Indian Ocean, so every
// route from home runs the way ships and planes go and none crosses the edge.
// The projection is Natural Earth (Šavrič et al. 2011), a polynomial one: no
// tables, cheap, and pleasant to look at. Latitudes are cropped to 75°N–50°S,
// where the markets are. assets/map/land.json is stored in the same frame.
import type { MapPoint } from './types';

/** Longitude at the middle of the map; the map's edge runs down 30°W, mid-Atlantic. */
export const CENTRE_LON = 150;
export const LAT_TOP = 75;
export const LAT_BOTTOM = -50;

const DEG = Math.PI / 180;

/** Natural Earth projection of a point in radians (relative longitude, latitude). */
function naturalEarth(lambda: number, phi: number): [number, number] {
  const p2 = phi * phi;
  const p4 = p2 * p2;
  const p6 = p4 * p2;
  const p8 = p4 * p4;
  const p10 = p8 * p2;
  const p12 = p6 * p6;
  const x = lambda * (0.8707 - 0.131979 * p2 - 0.013791 * p4 + 0.003971 * p10 - 0.001529 * p12);
  const y = phi * (1.007226 + 0.015085 * p2 - 0.044475 * p6 + 0.028874 * p8 - 0.005916 * p10);
  return [x, y];
}

const X_HALF = naturalEarth(Math.PI, 0)[0];
const Y_TOP = naturalEarth(0, LAT_TOP * DEG)[1];
const Y_BOTTOM = naturalEarth(0, LAT_BOTTOM * DEG)[1];

/** Width over height of the map frame. */
export const MAP_ASPECT = (2 * X_HALF) / (Y_TOP - Y_BOTTOM);

/** A longitude relative to the map's centre, in [-180, 180). */
export function relativeLon(lon: number): number {
  let r = (lon - CENTRE_LON) % 360;
  if (r < -180) r += 360;
  if (r >= 180) r -= 360;
  return r;
}

/** A point given by relative longitude and latitude (degrees) in the map frame, x and y in 0–1. */
export function projectRelative(relLon: number, lat: number): MapPoint {
  const clampedLat = Math.max(LAT_BOTTOM, Math.min(LAT_TOP, lat));
  const [x, y] = naturalEarth(relLon * DEG, clampedLat * DEG);
  return { x: (x + X_HALF) / (2 * X_HALF), y: (Y_TOP - y) / (Y_TOP - Y_BOTTOM) };
}

/** A geographic point (degrees) in the map frame. */
export function project(lat: number, lon: number): MapPoint {
  return projectRelative(relativeLon(lon), lat);
}

/**
 * Where a market is drawn, by the id scenario authors use: ISO 3166 codes (and
 * UK for GB). Points sit inside the country where its name reads well, not at
 * the capital. [latitude, longitude].
 */
export const MARKET_SITES: Readonly<Record<string, readonly [number, number]>> = {
  US: [39.5, -98.5], CA: [56, -106], MX: [23.6, -102.5],
  BR: [-11, -51], AR: [-34, -64], CL: [-33, -70.6], CO: [4.6, -74], PE: [-9, -75],
  UK: [52.8, -1.6], GB: [52.8, -1.6], IE: [53.3, -8], DE: [51.2, 10.4], FR: [46.6, 2.4],
  ES: [40.2, -3.7], IT: [42.8, 12.6], NL: [52.2, 5.3], PL: [52, 19.4], SE: [62, 15],
  TR: [39, 35], RU: [55.7, 37.6],
  JP: [36.2, 138.3], KR: [36.5, 127.9], TW: [23.7, 121], HK: [22.3, 114.2],
  ID: [-3, 113], MY: [4, 102], SG: [1.35, 103.8], TH: [15.8, 101], VN: [16, 107.8], PH: [12.9, 122],
  IN: [22, 79], PK: [30, 70], BD: [23.7, 90.4],
  AE: [24, 54], SA: [24, 45], QA: [25.3, 51.2], KW: [29.3, 47.9], EG: [26.8, 30.8], IL: [31, 35],
  NG: [9, 8], KE: [0, 38], ZA: [-29, 24], MA: [31.8, -7],
  AU: [-25, 134], NZ: [-41, 174],
};

/** Where a market of a region goes when its id is not in MARKET_SITES. */
export const REGION_SITES: Readonly<Record<string, readonly [number, number]>> = {
  NA: [40, -100], EU: [49, 10], UK: [52.8, -1.6], JP: [36.2, 138.3], SEA: [5, 105],
  ME: [25, 48], LATAM: [-12, -58], other: [5, 20],
};

/** The China warehouse and port the routes start from (Shenzhen / Yantian). */
export const HOME_SITE: readonly [number, number] = [22.6, 114.3];

/**
 * The market's point, and whether it came from the table. Unknown ids take their
 * region's point, nudged along a small spiral by how many took it before, so two
 * unknown markets never sit on one another (nor on a known one at that point).
 */
export function marketSite(id: string, region: string, taken: Map<string, number>): { at: MapPoint; lat: number; lon: number; placed: boolean } {
  const known = Object.hasOwn(MARKET_SITES, id) ? MARKET_SITES[id] : undefined;
  if (known) return { at: project(known[0], known[1]), lat: known[0], lon: known[1], placed: true };
  const base = (Object.hasOwn(REGION_SITES, region) ? REGION_SITES[region] : undefined) ?? REGION_SITES.other!;
  const n = taken.get(region) ?? 0;
  taken.set(region, n + 1);
  const angle = n * 2.4;
  const radius = 3 + 2 * n;
  const lat = base[0] + radius * Math.sin(angle);
  const lon = base[1] + radius * 1.4 * Math.cos(angle);
  return { at: project(lat, lon), lat, lon, placed: false };
}
