#!/usr/bin/env python3
"""Every view renders in Firefox ESR and in WebKitGTK (the engine family of Safari).

The end-to-end suite (`e2e/tests/`) drives Chromium only. This script opens a release build in
the two other engines and checks, on every view's page (`index.html`, `timeline.html`, ...,
`evidence.html` in English, the matrix once more with `?lang=id`, and the overview once more,
opened from the timeline's page by its link: that page does not load the world map's script,
which the app then loads), once the app has taken
over the baked page, what a person would
notice at a 1280 px wide window:

- the page is up: the `#fatal` error block stays hidden and no chart shows its fault message;
- the `<h1>` is the view's title, in the page's language (read from src/i18n/en/interface.rs and id/interface.rs);
- the chart (every view but the evidence) has a `<canvas>` of non-zero size with pixels drawn,
  and its legend (ECharts' `legend` or `visualMap`) lies within the chart's width: text is drawn
  in the canvas in the engine's own `sans-serif`, whose width differs between engines;
- the view's table (`table.data-table tbody tr`) has rows;
- the first record button of the table opens the detail panel with the paper's quote
  (`.view-detail .detail .citation blockquote`, non-empty);
- the page does not scroll sideways (before and after the detail opens); when it does, the
  elements that stick out past the window's right edge are named.

Then, once per engine, a dataset file of 150 times the paper's data (tools/synth.mjs, 9 MB: the
text of a file over 8 MB is not kept, and it is stored from the browser's buffer, decoded there)
is opened from the timeline's page: its title is shown and its table paged at 100 rows, with no
fault.

It prints one line per engine and page (PASS, or FAIL with the reasons), and one SKIPPED line
for an engine that cannot start (with the reason). Exits 1 on any failure, or when no engine ran;
0 otherwise. Screenshots go into `--shots` (default /tmp/engines/): `<engine>-<view>[-id].png`
(the window as the page opens), `...-chart.png` (scrolled to the chart), `...-detail.png` (the
detail open) and `...-panel.png` (scrolled to the detail panel); `...-chart-end.png` and
`...-panel-end.png` scrolled to the element's bottom when it is taller than the window.

Not part of `make test` (Firefox, geckodriver and WebKitGTK are not among the project's pinned
tools). Set-up, once:
    apt-get install -y firefox-esr webkit2gtk-driver xvfb
    cargo install --locked geckodriver --version 0.37.1
    python3 -m pip install selenium
Run it on a release build (`trunk build --release` writes dist/):
    python3 e2e/engines/render.py [--dist dist] [--engines firefox,webkit] [--shots /tmp/engines]
WebKitWebDriver is started under `xvfb-run` when there is no $DISPLAY. `--engines chromium`
(through /usr/bin/chromedriver) runs the same checks in Chromium, to compare screenshots.
"""

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.remote.file_detector import UselessFileDetector

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
sys.path.insert(0, os.path.join(HERE, '..', 'firefox'))
from first_visit import serve  # noqa: E402  (the same uncached static server)
WIDTH, HEIGHT = 1280, 900

# (view code, language, whether the view has a chart); each language's `view` table gives the titles.
PAGES = [(code, 'en', code != 'evidence')
         for code in ('overview', 'timeline', 'matrix', 'challenges', 'learning', 'evidence')]
PAGES.append(('matrix', 'id', True))
# The overview opened from the timeline's page, which does not load the world map's script: the
# app loads it when the map is needed (src/charts/echart/arrival.rs).
PAGES.append(('overview', 'en', True, 'timeline'))


def titles():
    """{(lang, view code): title} from the i18n tables; empty when the sources are not there."""
    found = {}
    for lang in ('en', 'id'):
        try:
            with open(os.path.join(ROOT, 'src', 'i18n', lang, 'interface.rs'), encoding='utf-8') as f:
                text = f.read()
        except OSError:
            continue
        for key, value in re.findall(r'\bView::(\w+)\s*=>\s*ViewWords\s*\{\s*title:\s*"([^"]*)"', text):
            found[(lang, key.lower())] = value
    return found


# --- engines -----------------------------------------------------------------------------------

def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def wait_port(port, proc, timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        if proc.poll() is not None:
            raise RuntimeError(f'WebKitWebDriver exited with status {proc.returncode}')
        try:
            with socket.create_connection(('127.0.0.1', port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f'WebKitWebDriver did not listen on port {port} within {timeout} s')


class Engine:
    """A started browser and whatever must be stopped with it."""

    def __init__(self, name, driver, proc=None):
        self.name, self.driver, self.proc = name, driver, proc

    def version(self):
        caps = self.driver.capabilities
        return f"{caps.get('browserName', '?')} {caps.get('browserVersion', '?')}"

    def quit(self):
        try:
            self.driver.quit()
        except WebDriverException:
            pass
        if self.proc and self.proc.poll() is None:
            # Our own process group (xvfb-run, its Xvfb and WebKitWebDriver), started below.
            os.killpg(self.proc.pid, 15)
            self.proc.wait(timeout=10)


def start_firefox(args):
    from selenium.webdriver.firefox.options import Options
    from selenium.webdriver.firefox.service import Service
    if not (args.firefox and os.path.exists(args.firefox)):
        raise RuntimeError('no Firefox binary (apt-get install -y firefox-esr)')
    if not (args.geckodriver and os.path.exists(args.geckodriver)):
        raise RuntimeError('no geckodriver (cargo install --locked geckodriver --version 0.37.1)')
    options = Options()
    options.binary_location = args.firefox
    options.add_argument('-headless')
    options.add_argument(f'--width={WIDTH}')
    options.add_argument(f'--height={HEIGHT}')
    return Engine('firefox', webdriver.Firefox(options=options, service=Service(executable_path=args.geckodriver)))


def start_webkit(args):
    from selenium.webdriver.webkitgtk.options import Options
    if not (args.webkitdriver and os.path.exists(args.webkitdriver)):
        raise RuntimeError('no WebKitWebDriver (apt-get install -y webkit2gtk-driver)')
    port = free_port()
    command = [args.webkitdriver, f'--port={port}']
    if not os.environ.get('DISPLAY') and not os.environ.get('WAYLAND_DISPLAY'):
        xvfb = shutil.which('xvfb-run')
        if not xvfb:
            raise RuntimeError('no display and no xvfb-run (apt-get install -y xvfb)')
        command = [xvfb, '-a', '-s', '-screen 0 1920x1200x24'] + command
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        wait_port(port, proc)
        options = Options()
        # Classic scrollbars, as a desktop Safari shows with a mouse plugged in: a page that
        # only fits without them would be missed otherwise.
        options.overlay_scrollbars_enabled = False
        driver = webdriver.Remote(command_executor=f'http://127.0.0.1:{port}', options=options)
    except Exception:
        os.killpg(proc.pid, 15)
        proc.wait(timeout=10)
        raise
    return Engine('webkit', driver, proc)


def start_chromium(args):
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    driver_path = shutil.which('chromedriver')
    if not driver_path:
        raise RuntimeError('no chromedriver (apt-get install -y chromium-driver)')
    options = Options()
    options.binary_location = shutil.which('chromium') or '/usr/bin/chromium'
    for flag in ('--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
                 f'--window-size={WIDTH},{HEIGHT}'):
        options.add_argument(flag)
    return Engine('chromium', webdriver.Chrome(options=options, service=Service(executable_path=driver_path)))


STARTERS = {'firefox': start_firefox, 'webkit': start_webkit, 'chromium': start_chromium}


def fit_viewport(driver):
    """Resizes the window until the viewport (window.innerWidth) is WIDTH px; returns it."""
    driver.set_window_size(WIDTH, HEIGHT)
    for _ in range(3):
        inner = driver.execute_script('return window.innerWidth;')
        if inner == WIDTH:
            break
        size = driver.get_window_size()
        driver.set_window_size(size['width'] + WIDTH - inner, size['height'])
    return driver.execute_script('return window.innerWidth;')


# --- checks --------------------------------------------------------------------------------------

def poll(driver, script, timeout):
    """Runs `script` (a function body returning a value) until it returns a truthy value."""
    end = time.time() + timeout
    value = None
    while time.time() < end:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.1)
    return value


def page_of(code, lang):
    """The address of view `code` in `lang`: its own page (the overview's is index.html)."""
    page = 'index.html' if code == 'overview' else f'{code}.html'
    return page + ('' if lang == 'en' else f'?lang={lang}')


READY = """
const fatal = document.getElementById('fatal');
if (fatal && !fatal.hidden) return 'fatal';
// Up, and the baked page (tools/postbuild/bake.mjs) handed over: what is checked is the app.
return document.documentElement.hasAttribute('data-app-ready') && !document.getElementById('baked')
  && document.querySelector('.view') ? 'ready' : '';
"""

FATAL = """
const fatal = document.getElementById('fatal');
if (!fatal) return null;
const shown = !fatal.hidden || getComputedStyle(fatal).display !== 'none';
return shown ? (document.getElementById('fatal-detail')?.textContent || 'no detail').slice(0, 200) : null;
"""

# The chart's canvas: its size, and whether anything was drawn on it (pixels not transparent).
CANVAS = """
const chart = document.querySelector('.view .chart');
if (!chart) return {error: 'no .chart element'};
const box = chart.getBoundingClientRect();
const canvas = chart.querySelector('canvas');
if (!canvas) return {error: `.chart (${Math.round(box.width)}x${Math.round(box.height)}) has no <canvas>`};
const r = canvas.getBoundingClientRect();
let drawn = 0;
try {
  const ctx = canvas.getContext('2d');
  if (ctx && canvas.width && canvas.height) {
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < data.length; i += 4 * 7) if (data[i] !== 0) drawn++;
  }
} catch (e) { return {error: `canvas unreadable: ${e}`}; }
return {w: canvas.width, h: canvas.height, cw: Math.round(r.width), ch: Math.round(r.height),
        boxw: Math.round(box.width), boxh: Math.round(box.height), drawn};
"""

AT_REST = """
const el = document.querySelector('.view .chart');
const inst = el && window.echarts && window.echarts.getInstanceByDom(el);
return !inst || inst.getZr().animation.isFinished();
"""

# The chart's legends (ECharts' `legend` and `visualMap` components) as drawn: each must lie
# within the chart's width, or its first and last entries are cut off at the edges.
LEGENDS = """
const el = document.querySelector('.view .chart');
const inst = el && window.echarts && window.echarts.getInstanceByDom(el);
if (!inst) return [];
const out = [];
for (const kind of ['legend', 'visualMap']) {
  for (const model of inst.getModel().findComponents({mainType: kind})) {
    const view = inst.getViewOfComponentModel(model);
    if (!view || !view.group) continue;
    const box = view.group.getBoundingRect();
    const left = view.group.x + box.x;
    const right = left + box.width;
    if (box.width > 0 && (left < -0.5 || right > inst.getWidth() + 0.5)) {
      out.push(`${kind} drawn from x ${Math.round(left)} to ${Math.round(right)} in a chart ${inst.getWidth()} px wide`);
    }
  }
}
return out;
"""

CHART_FAULT = """
const f = document.querySelector('.view .chart-fault');
return f && f.getClientRects().length ? f.textContent.trim().slice(0, 160) : null;
"""

# Sideways scrolling, and the outermost elements that stick out past the viewport's right edge.
OVERFLOW = """
const root = document.documentElement;
const width = root.clientWidth;
const scroll = Math.max(root.scrollWidth, document.body.scrollWidth);
if (scroll <= width) return null;
const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
  + [...el.classList].slice(0, 3).map((c) => '.' + c).join('');
const out = [];
for (const el of document.body.querySelectorAll('*')) {
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.right <= width + 0.5) continue;
  let p = el.parentElement, nested = false;
  while (p && p !== document.body) {
    if (out.includes(p)) { nested = true; break; }
    p = p.parentElement;
  }
  if (!nested) out.push(el);
}
return {scroll, width, culprits: out.slice(0, 4).map((el) => {
  const r = el.getBoundingClientRect();
  return `${name(el)} (left ${Math.round(r.left)}, right ${Math.round(r.right)})`;
})};
"""

DETAIL = """
const quotes = [...document.querySelectorAll('.view-detail .detail .citation blockquote')];
const texts = quotes.map((q) => q.textContent.trim()).filter((t) => t.length > 0);
const detail = document.querySelector('.view-detail .detail');
return detail ? {item: detail.dataset.item, quotes: quotes.length, text: texts.length,
                 visible: quotes.length > 0 && quotes[0].getClientRects().length > 0} : null;
"""


def shoot(driver, selector, path):
    """The window with the element `selector` scrolled to its top, when there is one, and, when
    the element is taller than the window, once more (`...-end.png`) scrolled to its bottom.
    (Not element screenshots: WebKitWebDriver paints the part of an element it had to scroll to
    black.)"""
    found = driver.find_elements('css selector', selector)
    if found:
        driver.execute_script("arguments[0].scrollIntoView({block: 'start'});", found[0])
        driver.save_screenshot(path)
        if driver.execute_script('return arguments[0].getBoundingClientRect().height > window.innerHeight;', found[0]):
            driver.execute_script("arguments[0].scrollIntoView({block: 'end'});", found[0])
            driver.save_screenshot(path.replace('.png', '-end.png'))


def check_page(engine, base, code, lang, has_chart, expected, shots, via=None):
    """The reasons page (`code`, `lang`) fails in `engine`; empty when it passes. With `via`, the
    view is opened from that view's page by its navigation link, as a reader would."""
    d = engine.driver
    problems = []
    d.get(base + page_of(via or code, lang))
    state = poll(d, READY, 30)
    if state != 'ready':
        detail = d.execute_script(FATAL)
        return [f'#fatal shown: {detail}' if detail else 'the app did not become ready in 30 s']
    if via:
        link = d.find_elements('css selector', f'nav.view-nav a[href^="{page_of(code, lang)}"]')
        if not link:
            return [f'no navigation link to {page_of(code, lang)} on {page_of(via, lang)}']
        link[0].click()
        if not poll(d, f"return document.querySelector('.view-{code}') ? true : null;", 15):
            return [f'the {code} view did not open from {page_of(via, lang)}']

    # The <h1> a person sees (the hidden #fatal block has its own).
    title = d.execute_script("const h = [...document.querySelectorAll('h1')].find((e) => e.getClientRects().length);"
                             "return h ? h.textContent.trim() : '';")
    want = expected.get((lang, code))
    if not title:
        problems.append('<h1> is empty')
    elif want is not None and title != want:
        problems.append(f'<h1> is {title!r}, not {want!r}')

    if has_chart:
        canvas = poll(d, f'const c = (() => {{{CANVAS}}})(); return c.error || !c.drawn ? null : c;', 15)
        if not canvas:
            canvas = d.execute_script(CANVAS)
            if 'error' in canvas:
                problems.append(canvas['error'])
            else:
                problems.append(f"chart canvas {canvas['w']}x{canvas['h']} "
                                f"(shown {canvas['cw']}x{canvas['ch']}) has nothing drawn")
        elif not (canvas['w'] and canvas['h'] and canvas['cw'] and canvas['ch']):
            problems.append(f"chart canvas has zero size: {canvas['w']}x{canvas['h']} "
                            f"(shown {canvas['cw']}x{canvas['ch']})")
        poll(d, AT_REST, 10)  # legends and screenshots as the chart ends, not mid-animation
        for clipped in d.execute_script(LEGENDS):
            problems.append(f'chart legend cut off: {clipped}')
    fault = d.execute_script(CHART_FAULT)
    if fault:
        problems.append(f'chart fault shown: {fault!r}')

    rows = poll(d, "return document.querySelectorAll('table.data-table tbody tr').length;", 10)
    if not rows:
        problems.append('table.data-table has no rows')

    over = d.execute_script(OVERFLOW)
    if over:
        problems.append(f"scrolls sideways ({over['scroll']} > {over['width']} px): "
                        + ', '.join(over['culprits']))
    stem = os.path.join(shots, f"{engine.name}-{code}{'' if lang == 'en' else '-' + lang}{'-from-' + via if via else ''}")
    d.save_screenshot(stem + '.png')
    if has_chart:
        shoot(d, '.view .chart-frame', stem + '-chart.png')

    buttons = d.find_elements('css selector', 'table.data-table tbody button.link')
    if not buttons:
        problems.append('no record button (table.data-table button.link) to open')
    else:
        d.execute_script("arguments[0].scrollIntoView({block: 'center'});", buttons[0])
        try:
            buttons[0].click()
        except WebDriverException as e:
            problems.append(f'record button not clickable: {e.msg.splitlines()[0] if e.msg else e}')
        detail = poll(d, f'const x = (() => {{{DETAIL}}})(); return x && x.text ? x : null;', 10)
        if not detail:
            seen = d.execute_script(DETAIL)
            problems.append('no detail panel after clicking the first record button' if not seen
                            else f"detail {seen['item']} has no quote text ({seen['quotes']} blockquote)")
        elif not detail['visible']:
            problems.append(f"detail {detail['item']}: the quote is not displayed")
        else:
            d.execute_script("document.querySelector('.view-detail').scrollIntoView({block: 'start'});")
        if has_chart:
            poll(d, AT_REST, 10)  # the chart redraws with the selection marked
        over = d.execute_script(OVERFLOW)
        if over:
            problems.append(f"with the detail open, scrolls sideways ({over['scroll']} > {over['width']} px): "
                            + ', '.join(over['culprits']))
        d.save_screenshot(stem + '-detail.png')
        shoot(d, '.view-detail', stem + '-panel.png')

    fatal = d.execute_script(FATAL)
    if fatal:
        problems.append(f'#fatal shown: {fatal}')
    return problems


def check_large_file(engine, base, path):
    """The reasons a dataset file over 8 MB (`path`: the app does not keep its text, and stores it
    from the browser's buffer) fails to open in `engine` from the timeline's page; empty when it
    opens: its title shown, the table paged, no fault."""
    d = engine.driver
    with open(path, encoding='utf-8') as f:
        title = json.load(f)['title']['en']
    d.get(base + page_of('timeline', 'en'))
    if poll(d, READY, 30) != 'ready':
        return ['the app did not become ready in 30 s']
    # The path as it is, for the driver to read (selenium would otherwise upload the file
    # through its own endpoint, which WebKitWebDriver does not have).
    with d.file_detector_context(UselessFileDetector):
        d.find_element('css selector', '.dataset input[type=file]').send_keys(path)
    shown = poll(d, "const p = document.querySelector('#dataset-showing');"
                    f"return p && p.textContent.includes({title!r}) ? true : (document.querySelector('.dataset .problems') ? 'refused' : null);", 90)
    if shown is not True:
        refused = d.execute_script("const p = document.querySelector('.dataset .problems'); return p ? p.innerText : '';")
        return [f'refused: {refused[:300]}' if refused else 'not shown in 90 s']
    problems = []
    paging = poll(d, "const m = document.querySelector('.chart-table .more-rows'); return m ? m.innerText : null;", 15)
    if not paging or not re.search(r'100 / \d+', paging):
        problems.append(f'the table is not paged at 100 rows: {paging!r}')
    fatal = d.execute_script(FATAL)
    if fatal:
        problems.append(f'#fatal shown: {fatal}')
    return problems


def run_engine(name, args, base, expected, large):
    """Runs every page in engine `name`; returns (pages run, failures), or None if it cannot start."""
    try:
        engine = STARTERS[name](args)
    except Exception as e:  # any reason it cannot start is reported, not raised
        reason = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        print(f'SKIPPED {name}: {reason}', flush=True)
        return None
    failures = 0
    try:
        inner = fit_viewport(engine.driver)
        print(f'# {name}: {engine.version()}, viewport {inner} px wide', flush=True)
        for code, lang, has_chart, *via in PAGES:
            via = via[0] if via else None
            page = page_of(code, lang) + (f' from {page_of(via, lang)}' if via else '')
            try:
                problems = check_page(engine, base, code, lang, has_chart, expected, args.shots, via)
            except WebDriverException as e:
                problems = [f'driver error: {(e.msg or str(e)).splitlines()[0]}']
            if inner != WIDTH:
                problems.append(f'viewport is {inner} px wide, not {WIDTH}')
            failures += bool(problems)
            verdict = 'PASS' if not problems else 'FAIL'
            print(f"{verdict} {name} {page}" + ('' if not problems else ': ' + '; '.join(problems)), flush=True)
        try:
            problems = check_large_file(engine, base, large)
        except WebDriverException as e:
            problems = [f'driver error: {(e.msg or str(e)).splitlines()[0]}']
        failures += bool(problems)
        print(f"{'PASS' if not problems else 'FAIL'} {name} a dataset file of {os.path.getsize(large) / 2**20:.1f} MB opened on timeline.html"
              + ('' if not problems else ': ' + '; '.join(problems)), flush=True)
    finally:
        engine.quit()
    return len(PAGES) + 1, failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--dist', default='dist', help='the release build folder (default: dist)')
    parser.add_argument('--engines', default='firefox,webkit',
                        help='comma-separated: firefox, webkit, chromium (default: firefox,webkit)')
    parser.add_argument('--shots', default='/tmp/engines', help='folder for the screenshots')
    parser.add_argument('--firefox', default=shutil.which('firefox-esr') or shutil.which('firefox'))
    parser.add_argument('--geckodriver', default=shutil.which('geckodriver')
                        or os.path.expanduser('~/.cargo/bin/geckodriver'))
    parser.add_argument('--webkitdriver', default=shutil.which('WebKitWebDriver'))
    args = parser.parse_args()
    dist = os.path.abspath(args.dist)
    if not os.path.isfile(os.path.join(dist, 'index.html')):
        print(f'no index.html in {dist}: build first (trunk build --release)', file=sys.stderr)
        return 2
    names = [n.strip() for n in args.engines.split(',') if n.strip()]
    unknown = [n for n in names if n not in STARTERS]
    if unknown:
        parser.error(f"unknown engine(s): {', '.join(unknown)}")
    os.makedirs(args.shots, exist_ok=True)
    expected = titles()
    server = serve(dist)
    base = f'http://127.0.0.1:{server.server_address[1]}/'
    # 150 times the paper's data (tools/synth.mjs), over the 8 MB above which a file's text is
    # not kept.
    large = os.path.join(args.shots, 'x150.json')
    subprocess.run(['node', os.path.join(ROOT, 'tools', 'synth.mjs'), '--scale', '150', '--out', large], check=True)
    ran = failed = 0
    try:
        for name in names:
            result = run_engine(name, args, base, expected, large)
            if result:
                ran += 1
                failed += result[1]
    finally:
        server.shutdown()
    print(f'{ran} engine(s) ran, {failed} page(s) failed; screenshots in {args.shots}')
    return 1 if failed or not ran else 0


if __name__ == '__main__':
    sys.exit(main())
