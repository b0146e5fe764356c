// Draws the PNG app icons (public/icons/icon-192.png, icon-512.png) from public/favicon.svg, on
// the light theme's white, with the headless Chromium the end-to-end tests use. Chromium wants PNG
// icons in the web app manifest to offer "install"; the SVG stays the icon everywhere else.
// The PNGs are committed: run this only after changing the favicon, and commit its output.
//   node tools/make-icons.mjs      (needs `npm ci` in e2e/ for playwright-core, and chromium)
import { launch } from '../e2e/lib/browser.mjs';

const SVG = new URL('../public/favicon.svg', import.meta.url);
const SIZES = [192, 512];

const browser = await launch();
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    // An SVG document without width and height fills the viewport, scaled by its viewBox.
    await page.goto(SVG.href);
    const out = new URL(`../public/icons/icon-${size}.png`, import.meta.url);
    await page.screenshot({ path: out.pathname, omitBackground: false });
    console.log(`make-icons: ${out.pathname}`);
    await page.close();
  }
} finally {
  await browser.close();
}
