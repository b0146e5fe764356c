// Post-build step "offline": writes the service worker (sw.js) for the build in `dir`, from
// ./sw-template.js, with the build's precache list and version. Run by tools/postbuild.mjs.
//
// The precache list is every file of the build but sw.js itself; the version is a hash of those
// files (names and bytes) and of the template, so any change to the build gives a new sw.js,
// which is how browsers learn there is a new version. sw.js is never read, so running the step
// again on its own output gives the same bytes.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const TEMPLATE = new URL('./sw-template.js', import.meta.url);
const WORKER = 'sw.js';
/** The folder of the baked pages' chart pictures (tools/postbuild/bake.mjs). */
const PICTURES = 'bake';

export async function run(dir) {
  const template = await readFile(TEMPLATE, 'utf8');
  const all = (await filesUnder(dir)).filter((name) => name !== WORKER).sort();
  // The baked pages' chart pictures (one per language, embedding and theme) are cached as they
  // are shown, not all at install: a reader needs one variant of each, not eight.
  const names = all.filter((name) => !name.startsWith(`${PICTURES}/`));
  if (!names.includes('index.html')) throw new Error(`offline: no index.html in ${dir}`);

  const hash = createHash('sha256').update(template);
  for (const name of all) {
    // Name and length first, so the boundaries between files are unambiguous.
    const bytes = await readFile(join(dir, name));
    hash.update(`${name}\0${bytes.length}\0`).update(bytes);
  }
  const version = hash.digest('hex').slice(0, 16);
  const urls = names.map((name) => (name === 'index.html' ? './' : `./${name}`));

  const worker = fill(fill(template, "'%VERSION%'", `'${version}'`),
    "['%PRECACHE%']", `[\n${urls.map((u) => `  ${JSON.stringify(u)},`).join('\n')}\n]`);
  await writeFile(join(dir, WORKER), worker);
}

/** Every file under `dir`, as a path relative to it with '/' separators. */
async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'));
}

/** `text` with its one `marker` replaced (a template that lost or doubled a marker is a bug). */
function fill(text, marker, value) {
  const parts = text.split(marker);
  if (parts.length !== 2) throw new Error(`offline: sw-template.js must contain ${marker} exactly once`);
  return parts.join(value);
}
