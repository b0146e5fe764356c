// The anchor of `make bench`: a page of TimelineJS 3 (npm `@knight-lab/timelinejs`, pinned in
// e2e/package.json) showing the same events as the dashboard's timeline, built from local files.
//
// TimelineJS would fetch from a CDN by default: `script_path` (its locale files and stylesheets)
// points at the copied files here instead, `font: false` loads no web font (its font stylesheets
// pull from fonts.gstatic.com), and English, its built-in language, needs no locale file. The page
// sets the performance mark `timelinejs-loaded` on TimelineJS' own 'loaded' event, fired once
// both its slides and its time navigation (the markers) are built in the DOM.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const PACKAGE_DIR = dirname(require.resolve('@knight-lab/timelinejs/package.json'));
export const TIMELINEJS_VERSION = require('@knight-lab/timelinejs/package.json').version;
export const TIMELINEJS_MARK = 'timelinejs-loaded';

const PLACE_KINDS = new Set(['city', 'city_group', 'regency', 'province', 'country']);

/**
 * The partner whose lane an event is in, as the dashboard decides it (src/model/timeline.rs,
 * `lane_actor`): its relationship's partner, else the first place among its actors other than the
 * focal city, else the focal city.
 */
function laneActor(data, event) {
  const relationship = data.relationships.find((r) => r.id === event.relationship);
  if (relationship) return relationship.partner;
  const place = event.actors.find((id) => id !== data.focal_actor
    && PLACE_KINDS.has(data.actors.find((a) => a.id === id)?.kind));
  return place ?? data.focal_actor;
}

/** A dataset date ("YYYY", "YYYY-MM" or "YYYY-MM-DD") as a TimelineJS date. */
function timelineDate(date) {
  const [year, month, day] = date.split('-').map(Number);
  return { year, ...(month && { month }), ...(day && { day }) };
}

/**
 * The dataset's events in TimelineJS' JSON format: `{ events }` with the dated events (start date,
 * English title and description, the partner's name as the group) and the number of undated ones
 * left out (the dashboard lists them apart from its chart; TimelineJS cannot show an event without
 * a date).
 */
export function timelineJsData(data) {
  const name = (id) => data.actors.find((a) => a.id === id)?.name.en ?? id;
  const dated = data.events.filter((e) => e.date);
  return {
    undated: data.events.length - dated.length,
    json: {
      events: dated.map((e) => ({
        start_date: timelineDate(e.date),
        text: { headline: e.title.en, text: e.description.en },
        group: name(laneActor(data, e)),
      })),
    },
  };
}

/** Writes the TimelineJS page for `data` into `dir` (its index.html); returns the undated count. */
export function writeTimelineJsSite(dir, data) {
  const { undated, json } = timelineJsData(data);
  mkdirSync(dir, { recursive: true });
  const noMaps = (src) => !src.endsWith('.map');
  cpSync(join(PACKAGE_DIR, 'dist/js'), join(dir, 'js'), { recursive: true, filter: noMaps });
  cpSync(join(PACKAGE_DIR, 'dist/css'), join(dir, 'css'), { recursive: true, filter: noMaps });
  writeFileSync(join(dir, 'events.js'), `window.BENCH_EVENTS = ${JSON.stringify(json)};\n`);
  writeFileSync(join(dir, 'start.js'), `
const timeline = new TL.Timeline('timeline', window.BENCH_EVENTS, {
  script_path: new URL('js/', location.href).href,
  font: false,
});
timeline.on('loaded', () => performance.mark('${TIMELINEJS_MARK}'));
`);
  writeFileSync(join(dir, 'index.html'), `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>TimelineJS ${TIMELINEJS_VERSION}: the dashboard's events</title>
  <link rel="stylesheet" href="css/timeline.css">
  <script src="js/timeline.js"></script>
  <script src="events.js"></script>
</head>
<body style="margin: 0">
  <div id="timeline" style="height: 100vh"></div>
  <script src="start.js"></script>
</body>
</html>
`);
  return undated;
}
