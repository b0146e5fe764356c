import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
const server = await startServer(); const browser = await launch();
const page = await (await browser.newContext()).newPage();
await page.goto(server.url + '?view=overview'); await page.waitForTimeout(1500);
const r = await page.evaluate(async () => {
  const gj = echarts.getMap('world').geoJSON;
  const ring = (r) => 'M' + r.map(([x, y]) => `${x} ${(-y/0.75).toFixed(2)}`).join('L') + 'Z';
  let d = [];
  for (const f of gj.features) { const g = f.geometry; const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates; for (const p of polys) d.push(p.map(ring).join('')); }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-180 -120 360 240"><g fill="#e6e9ee" stroke="#9aa3ad" stroke-width="0.3">${d.map(x=>`<path d="${x}"/>`).join('')}</g></svg>`;
  echarts.registerMap('worldsvg', { svg });
  let k=0; const svgn = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-180 -120 360 240">${d.map(x=>`<path name="r${k++}" d="${x}"/>`).join('')}</svg>`;
  echarts.registerMap('worldsvgn', { svg: svgn });
  const el = document.querySelector('.chart');
  const inst = echarts.getInstanceByDom(el);
  const base = inst.getOption();
  const s1 = JSON.parse(JSON.stringify(base.series)); const s2 = s1.slice(0, 2);
  const svgGeo = { map: 'worldsvg', boundingCoords: [[-20, -70/0.75], [160, 15/0.75]] };
  const configs = {
    geojson: {},
    svg: { geo: svgGeo }, 'svg-legend1': { geo: svgGeo, legend: { zlevel: 1 } },
    'svgn-legend1': { geo: { ...svgGeo, map: 'worldsvgn' }, legend: { zlevel: 1 } },
  };
  const out = {};
  for (let round = 0; round < 3; round++) for (const [label, extra] of Object.entries(configs)) {
    inst.clear(); inst.setOption(JSON.parse(JSON.stringify(base))); inst.setOption(extra);
    for (let i = 0; i < 4; i++) inst.setOption({ series: i % 2 ? s1 : s2 }, { replaceMerge: ['series'] });
    const t = [];
    for (let i = 0; i < 30; i++) { const t0 = performance.now(); inst.setOption({ series: i % 2 ? s1 : s2 }, { replaceMerge: ['series'] }); t.push(performance.now() - t0); await new Promise(r => setTimeout(r, 20)); }
    t.sort((a,b)=>a-b); (out[label] ||= []).push(t[15].toFixed(1));
  }
  return out;
});
console.log(r);
await browser.close(); await server.close();
