#!/usr/bin/env node
// Synthetic datasets for the benchmark: `node tools/synth.mjs --scale 10 --out /tmp/x10.json`.
// `--partners 5000` adds that many partners instead (one tie each, two sectors, lean texts): the
// widest matrix and longest tables a legal file can ask for, for the tests that opening it
// never blocks the page.
//
// Writes the bundled dataset with `scale` times its events, actors and relationships: the
// originals, and `scale - 1` copies of each that keep the dataset's shape (a copied city keeps
// its kind, country and parent, a copied tie its form, status and sectors; every reference points
// into the same copy, so the partners, lanes and matrix grow with it). The other collections and
// the story are kept as they are. Deterministic: the same scale and seed give the same file.
//
// Copies are kept lean so that 1000x fits the dashboard's 64 MB limit (src/model/load.rs): short
// texts, no derivations, and citations drawn from the paper's shortest real quotes (the dashboard
// checks that a citation names an existing section; the native tests also check that bundled quotes
// stand verbatim in the paper, which these reused quotes do).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const MAX_DATASET_BYTES = 64 * 1024 * 1024;
const SOURCE = new URL('../data/tangsel-paradiplomacy.json', import.meta.url);
/** How many of the paper's shortest citations the copies draw from. */
const QUOTE_POOL = 8;
/** Copies move their dates back by up to this many years, never into the future. */
const MAX_YEARS_BACK = 8;

const LEAN_TEXT = {
  id: 'Rekaman sintetis untuk uji kinerja dasbor.',
  en: 'A synthetic record for the dashboard benchmark.',
};

/** mulberry32: a small seeded generator of floats in [0, 1). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The `size` distinct citations of `data` with the shortest quote and translation. */
function shortestCitations(data, size) {
  const seen = new Map();
  for (const value of Object.values(data)) {
    if (!Array.isArray(value)) continue;
    for (const record of value) {
      for (const c of record?.citations ?? []) seen.set(c.quote, c);
    }
  }
  return [...seen.values()]
    .sort((a, b) => a.quote.length + a.translation.length - (b.quote.length + b.translation.length))
    .slice(0, size);
}

/** `date` ("YYYY", "YYYY-MM" or "YYYY-MM-DD", or null) moved `years` back; 29 February becomes the 28th. */
function shiftDate(date, years) {
  if (date == null) return null;
  const [year, ...rest] = date.split('-');
  const shifted = [String(Number(year) - years).padStart(4, '0'), ...rest].join('-');
  return shifted.endsWith('-02-29') ? shifted.replace(/-29$/, '-28') : shifted;
}

/** The bundled dataset with `scale` times its events, actors and relationships. */
export function synthesise(data, scale, seed = 1) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const pool = shortestCitations(data, QUOTE_POOL);
  const cite = () => [pick(pool)];
  const out = structuredClone(data);
  out.id = `${data.id}-x${scale}`;
  out.title = { id: `${data.title.id} (sintetis ×${scale})`, en: `${data.title.en} (synthetic ×${scale})` };

  for (let copy = 1; copy < scale; copy++) {
    const suffix = `-s${copy}`;
    const own = (id) => `${id}${suffix}`;
    const yearsBack = Math.floor(rand() * (MAX_YEARS_BACK + 1));
    for (const a of data.actors) {
      out.actors.push({
        id: own(a.id),
        name: { id: `${a.name.id} (${copy})`, en: `${a.name.en} (${copy})` },
        kind: a.kind,
        country: a.country,
        parent: a.parent && own(a.parent),
        local_name: null,
        coordinates: a.coordinates && {
          lat: Math.max(-90, Math.min(90, +(a.coordinates.lat + (rand() - 0.5) * 4).toFixed(2))),
          lon: Math.max(-180, Math.min(180, +(a.coordinates.lon + (rand() - 0.5) * 4).toFixed(2))),
          derivation: LEAN_TEXT,
        },
        citations: cite(),
      });
    }
    for (const r of data.relationships) {
      out.relationships.push({
        id: own(r.id),
        partner: own(r.partner),
        type: r.type,
        status: r.status,
        start: shiftDate(r.start, yearsBack),
        end: shiftDate(r.end, yearsBack),
        summary: LEAN_TEXT,
        other_parties: r.other_parties.map(own),
        sectors: r.sectors.map((s) => ({ sector: s.sector, level: s.level, citations: cite() })),
        citations: cite(),
      });
    }
    for (const e of data.events) {
      out.events.push({
        id: own(e.id),
        date: shiftDate(e.date, yearsBack),
        date_qualifier: e.date_qualifier,
        date_derivation: null,
        kind: e.kind,
        title: { id: `${e.title.id} (${copy})`, en: `${e.title.en} (${copy})` },
        description: LEAN_TEXT,
        actors: e.actors.map(own),
        relationship: e.relationship && own(e.relationship),
        sectors: e.sectors,
        citations: cite(),
      });
    }
  }
  return out;
}

/** The bundled dataset with `count` more partners: each a city with one cited tie in two sectors. */
export function withPartners(data, count, seed = 1) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const pool = shortestCitations(data, QUOTE_POOL);
  const cite = () => [pick(pool)];
  const template = data.relationships.find((r) => r.sectors.length > 0);
  const levels = [...new Set(data.relationships.flatMap((r) => r.sectors.map((s) => s.level)))];
  const countries = [...new Set(data.actors.map((a) => a.country).filter(Boolean))];
  const out = structuredClone(data);
  out.id = `${data.id}-p${count}`;
  out.title = { id: `${data.title.id} (sintetis, +${count} mitra)`, en: `${data.title.en} (synthetic, +${count} partners)` };
  for (let i = 1; i <= count; i++) {
    const id = `partner-s${i}`;
    out.actors.push({
      id,
      name: { id: `Kota mitra ${i}`, en: `Partner city ${i}` },
      kind: 'city',
      country: pick(countries),
      parent: null,
      local_name: null,
      coordinates: null,
      citations: cite(),
    });
    const sectors = [...data.sectors].sort(() => rand() - 0.5).slice(0, 2);
    out.relationships.push({
      id: `rel-${id}`,
      partner: id,
      type: template.type,
      status: template.status,
      start: template.start,
      end: null,
      summary: LEAN_TEXT,
      other_parties: [],
      sectors: sectors.map((s) => ({ sector: s.id, level: pick(levels), citations: cite() })),
      citations: cite(),
    });
  }
  return out;
}

function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '10' },
      partners: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const scale = Number(values.scale);
  const partners = values.partners === undefined ? null : Number(values.partners);
  const usage = () => {
    console.error('usage: node tools/synth.mjs (--scale <integer >= 1> | --partners <integer >= 1>) --out <file.json> [--seed <integer>]');
    process.exit(2);
  };
  if (!values.out || (partners === null ? !Number.isInteger(scale) || scale < 1 : !Number.isInteger(partners) || partners < 1)) usage();
  const data = JSON.parse(readFileSync(SOURCE, 'utf8'));
  const made = partners === null ? synthesise(data, scale, Number(values.seed)) : withPartners(data, partners, Number(values.seed));
  const text = JSON.stringify(made);
  writeFileSync(values.out, text);
  const bytes = Buffer.byteLength(text);
  const counts = ['events', 'actors', 'relationships'].map((k) => `${made[k].length} ${k}`).join(', ');
  const how = partners === null ? `×${scale}` : `+${partners} partners`;
  console.log(`${values.out}: ${how}, ${counts}, ${(bytes / 1024 / 1024).toFixed(2)} MB`);
  if (bytes > MAX_DATASET_BYTES) {
    console.error(`${values.out} is over the dashboard's limit of ${MAX_DATASET_BYTES} bytes: it will not open`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
