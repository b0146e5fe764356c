// Builds public/vendor/world-map.js: the world map for the partner map (ECharts `geo`/`map`),
// bundled so that nothing is fetched at run time and it works from file://.
//
// Usage: node tools/build-world-map.mjs [outfile]
//   outfile defaults to public/vendor/world-map.js (relative to the repository root);
//   a given outfile is relative to the current directory.
//
// Reads the Natural Earth TopoJSON from tools/node_modules/world-atlas (pinned in
// tools/package.json), converts it to GeoJSON with topojson-client, rounds coordinates to
// PRECISION decimals, draws it as an SVG document (see "The map as an SVG document" below) and
// writes a classic (non-module) script that calls `echarts.registerMap(MAP_NAME, { svg })` when
// `globalThis.echarts` exists and does nothing otherwise. Load it after echarts.min.js. Same
// input gives a byte-identical file. It refuses to write a map on which reference places fall
// outside their countries.
//
// Resolution: countries-110m. The partner countries (Indonesia, South Korea, Malaysia, Nepal,
// Germany, Sweden, Japan, China) are all in it, and at small-screen sizes (a few pixels per
// degree) 50m's extra detail is invisible while costing ~8x the bytes (about 430 kB against
// 53 kB gzipped at 2 decimals). 110m leaves out the
// smallest states (e.g. Singapore, Bahrain, Malta): switch RESOLUTION to '50m' if a partner
// there ever needs a region of its own.
//
// Antimeridian: world-atlas 2 stitches rings across the antimeridian for spherical rendering
// (d3-geo), so Fiji, Russia (Chukotka, Wrangel Island) and Antarctica have edges that jump from
// +180 to -180. ECharts draws lon/lat on a plane, where those edges would streak across the whole
// map, so such polygons are cut at +-180 here, and Antarctica's pole-enclosing ring is closed
// along the South Pole.
//
// Precision: 2 decimals (0.01 degree, about 1.1 km at the equator). The rounding error, at most
// 0.005 degree, is about one quantization step of the 110m TopoJSON (0.0036 x 0.0017 degree) and
// far below what 1:110m generalisation already moves coastlines; a whole-world map on a screen
// 400 to 1200 pixels wide draws 1 to 4 pixels per degree, so the error stays under a pixel up to
// a 50x zoom. 1 decimal would save a further quarter of the gzip size but shifts points by up to
// 5 km, visible when zoomed on small countries.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const RESOLUTION = '110m';
const PRECISION = 2;
const MAP_NAME = 'world';

const toolsDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(toolsDir, '..');
const require = createRequire(import.meta.url);
const topojson = require('topojson-client');

const outfile = process.argv[2]
  ? resolve(process.cwd(), process.argv[2])
  : resolve(repoRoot, 'public/vendor/world-map.js');

const atlasDir = resolve(toolsDir, 'node_modules/world-atlas');
const atlasPkg = JSON.parse(readFileSync(resolve(atlasDir, 'package.json'), 'utf8'));
const clientPkg = JSON.parse(readFileSync(resolve(toolsDir, 'node_modules/topojson-client/package.json'), 'utf8'));
const sourceFile = `countries-${RESOLUTION}.json`;
const topology = JSON.parse(readFileSync(resolve(atlasDir, sourceFile), 'utf8'));

const scale = 10 ** PRECISION;
const round = (v) => {
  const r = Math.round(v * scale) / scale;
  return r === 0 ? 0 : r; // no -0
};

const crossesAntimeridian = (ring) => ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);

// Makes the longitudes of a ring continuous (no jump over 180 degrees between neighbours).
function unwrapRing(ring) {
  const out = [[ring[0][0], ring[0][1]]];
  for (let i = 1; i < ring.length; i++) {
    const prev = out[i - 1][0];
    let x = ring[i][0];
    while (x - prev > 180) x -= 360;
    while (x - prev < -180) x += 360;
    out.push([x, ring[i][1]]);
  }
  return out;
}

// Sutherland-Hodgman clip of a closed ring to the half-plane sign * (x - edge) <= 0.
function clipRing(ring, edge, sign) {
  const inside = (p) => sign * (p[0] - edge) <= 0;
  const cross = (a, b) => [edge, a[1] + ((edge - a[0]) / (b[0] - a[0])) * (b[1] - a[1])];
  const out = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (inside(a)) {
      out.push(a);
      if (!inside(b)) out.push(cross(a, b));
    } else if (inside(b)) {
      out.push(cross(a, b));
    }
  }
  if (out.length > 0) out.push(out[0]);
  return out;
}

// Splits a polygon whose rings jump over the antimeridian into planar polygons within
// [-180, 180]. A ring whose longitudes wind once around the globe encloses a pole: it is closed
// along that pole's latitude first.
// A ring that only traces a tiny cap around a pole (countries-50m draws Antarctica as the sphere
// between such a cap and the coast) has no planar meaning: it is dropped, and the coast ring,
// closed along the pole, becomes the outer ring.
const isPoleCap = (ring) => ring.every((p) => Math.abs(p[1]) >= 89.99);

function cutAntimeridian(rings) {
  if (!rings.some(crossesAntimeridian)) return [rings];
  const planar = rings.filter((ring) => !isPoleCap(ring)).map((ring) => {
    const u = unwrapRing(ring);
    const [x0, y0] = u[0];
    const [xn] = u[u.length - 1];
    if (Math.abs(xn - x0) < 1e-9) return u;
    const meanLat = u.reduce((sum, p) => sum + p[1], 0) / u.length;
    const pole = meanLat < 0 ? -90 : 90;
    return [...u, [xn, pole], [x0, pole], [x0, y0]];
  });
  const pieces = [];
  for (const shift of [-720, -360, 0, 360, 720]) {
    const clipped = planar.map((ring) => {
      const moved = ring.map(([x, y]) => [x + shift, y]);
      return clipRing(clipRing(moved, 180, 1), -180, -1);
    });
    if (clipped.length > 0 && clipped[0].length >= 4) pieces.push(clipped.filter((ring) => ring.length >= 4));
  }
  return pieces;
}

// Twice the signed area of a closed ring.
const ringArea2 = (ring) =>
  ring.reduce((sum, p, i) => (i === 0 ? 0 : sum + (ring[i - 1][0] * p[1] - p[0] * ring[i - 1][1])), 0);

// Rounds a ring, drops points that became equal to the previous one, keeps it closed, and
// returns null when fewer than 3 distinct points are left.
function roundRing(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length > 1) {
    const [first, last] = [out[0], out[out.length - 1]];
    if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0], first[1]]);
  }
  return out.length >= 4 && ringArea2(out) !== 0 ? out : null;
}

// Returns the polygon with rounded rings, or null when its outer ring vanished.
function roundPolygon(rings) {
  const [outer, ...holes] = rings.map(roundRing);
  if (!outer) return null;
  return [outer, ...holes.filter(Boolean)];
}

function roundGeometry(geometry) {
  if (!geometry) return null;
  let polygons;
  if (geometry.type === 'Polygon') polygons = [geometry.coordinates];
  else if (geometry.type === 'MultiPolygon') polygons = geometry.coordinates;
  else throw new Error(`unexpected geometry type ${geometry.type}`);
  polygons = polygons.flatMap(cutAntimeridian).map(roundPolygon).filter(Boolean);
  if (polygons.length === 0) return null;
  if (polygons.length === 1) return { type: 'Polygon', coordinates: polygons[0] };
  return { type: 'MultiPolygon', coordinates: polygons };
}

const collection = topojson.feature(topology, topology.objects.countries);
const features = [];
for (const feature of collection.features) {
  const name = feature.properties && feature.properties.name;
  if (typeof name !== 'string' || name === '') throw new Error(`feature ${feature.id} has no name`);
  const geometry = roundGeometry(feature.geometry);
  if (!geometry) continue; // nothing left to draw at this precision
  // Only what ECharts uses: the region name (properties.name) and the geometry.
  features.push({ type: 'Feature', properties: { name }, geometry });
}
const names = features.map((f) => f.properties.name);
const duplicate = names.find((n, i) => names.indexOf(n) !== i);
if (duplicate) throw new Error(`duplicate region name ${duplicate}`);

// The map as an SVG document for ECharts' `geoSVG` resource, in the map's own coordinates:
// x = longitude, y = -latitude (degrees; SVG's y axis points down). The partner map's markers
// use the same convention (`src/charts/map.rs`, `map_point`) and the `geo` component restores
// the familiar proportions with `aspectScale: 0.75`, as ECharts does for GeoJSON.
// Why SVG and not GeoJSON: ECharts rebuilds every GeoJSON region on every `setOption` (a filter
// change cost ~9 ms in the world map alone), while an SVG map is parsed once per chart and kept.
// Its paths carry no `name`: ECharts restyles named SVG regions on every update, which would
// repaint the map's canvas layer each time. So fill and stroke are the SVG's own, and the
// stroke scales with the zoom (the chart limits zoom to SCALE_LIMIT).
const SVG_STYLE = { fill: '#e6e9ee', stroke: '#9aa3ad', strokeWidth: 0.12 };
const num = (v) => String(round(v));
function ringPath(ring) {
  // Relative moves after the first point: shorter, and exact at this precision.
  let [px, py] = [ring[0][0], -ring[0][1]];
  let d = `M${num(px)} ${num(py)}l`;
  const steps = [];
  for (const [x, y] of ring.slice(1, -1)) {
    steps.push(`${num(x - px)} ${num(-y - py)}`);
    [px, py] = [x, -y];
  }
  return `${d}${steps.join(' ')}z`;
}
const polygonsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const paths = features.map((f) => `<path d="${polygonsOf(f.geometry).flat().map(ringPath).join('')}"/>`);
// No viewBox, width or height: ECharts would map the viewBox onto its own origin and so move
// the map away from the markers' coordinates.
const svg = '<svg xmlns="http://www.w3.org/2000/svg">'
  + `<g fill="${SVG_STYLE.fill}" stroke="${SVG_STYLE.stroke}" stroke-width="${SVG_STYLE.strokeWidth}">`
  + paths.join('') + '</g></svg>';

// The markers and the map must agree: inland reference points, projected as the app projects
// its markers, fall inside their country's rings as written above (even-odd ray casting).
const inside = ([x, y], ring) => {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = [ring[i][0], -ring[i][1]];
    const [xj, yj] = [ring[j][0], -ring[j][1]];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
};
const REFERENCE = [
  ['Indonesia', 106.71, -6.29], ['South Korea', 127.38, 36.35], ['Nepal', 85.32, 27.72],
  ['Germany', 8.68, 50.11], ['Sweden', 17.33, 62.49],
];
for (const [country, lon, lat] of REFERENCE) {
  const feature = features.find((f) => f.properties.name === country);
  const point = [lon, -lat];
  const rings = feature ? polygonsOf(feature.geometry).flat() : [];
  if (rings.filter((ring) => inside(point, ring)).length % 2 !== 1) {
    throw new Error(`(${lon}, ${lat}) is not inside ${country} on the map`);
  }
}

const header = `/*
 * World map for Apache ECharts, generated by tools/build-world-map.mjs: do not edit.
 * Map name: '${MAP_NAME}', an SVG map (geoSVG): x = longitude, y = -latitude, unnamed regions.
 * Source: ${atlasPkg.name}@${atlasPkg.version} ${sourceFile} (licence ${atlasPkg.license},
 *   Copyright 2013-2019 Michael Bostock), made from Natural Earth 1:${RESOLUTION.replace('m', ' million')}
 *   Admin 0 countries (public domain, https://www.naturalearthdata.com/).
 * Converted with ${clientPkg.name}@${clientPkg.version} (licence ${clientPkg.license}); coordinates rounded
 *   to ${PRECISION} decimals; ${features.length} regions.
 * A classic script: load it after echarts.min.js. Without globalThis.echarts it does nothing.
 */
`;

const body = `(function () {
  var g = typeof globalThis !== 'undefined' ? globalThis : typeof self !== 'undefined' ? self : this;
  var echarts = g && g.echarts;
  if (!echarts || typeof echarts.registerMap !== 'function') return;
  echarts.registerMap(${JSON.stringify(MAP_NAME)}, { svg: ${JSON.stringify(svg)} });
})();
`;

mkdirSync(dirname(outfile), { recursive: true });
writeFileSync(outfile, header + body);
console.log(`wrote ${outfile}: ${features.length} regions, ${Buffer.byteLength(header + body)} bytes`);
