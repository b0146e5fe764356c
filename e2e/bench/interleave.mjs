// Builds compared on cold loads, interleaved: the machine's drift over a run falls on every
// build alike. Shared by the benchmarks that trace one cold load at a time (first-paint.mjs,
// compile.mjs).
import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';

/** `<dist>[:page]` arguments as builds, `{ root, page }`; the page is `timeline.html` unless said. */
export function buildArgs(args) {
  return args.map((a) => {
    const at = a.lastIndexOf(':');
    return at > 0 ? { root: a.slice(0, at), page: a.slice(at + 1) } : { root: a, page: 'timeline.html' };
  });
}

/**
 * `load(browser, url)` `rounds` times per build, each build served gzipped on 127.0.0.1 by a
 * server of its own, one browser for all, the builds' order reversed every other round; returns
 * each build's results in order.
 */
export async function interleavedLoads(builds, rounds, load) {
  const servers = await Promise.all(builds.map((b) => startServer({ root: b.root, gzip: true })));
  const browser = await launch();
  const loads = builds.map(() => []);
  try {
    for (let round = 0; round < rounds; round++) {
      const order = builds.map((_, i) => i);
      if (round % 2) order.reverse();
      for (const i of order) loads[i].push(await load(browser, `${servers[i].url}${builds[i].page}`));
    }
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
  }
  return loads;
}
