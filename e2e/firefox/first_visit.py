#!/usr/bin/env python3
"""First visits in Firefox: the update banner must never appear on a first visit.

Firefox can tell a page that its first service worker is "installed" only after that worker has
activated and claimed the page (clients.claim()), so a page that took "installed while
controlled" for an update offered one on a first visit. This check opens the release build in
several fresh Firefox profiles and reports, for each, whether the page was offered an update;
with --update it then deploys a second build and checks that a real update is still offered.

Not part of `make test` (Firefox and geckodriver are not among the project's pinned tools):
    apt-get install -y firefox-esr
    cargo install --locked geckodriver --version 0.37.1
    python3 -m pip install selenium
    python3 e2e/firefox/first_visit.py [--dist dist] [--profiles 7] [--update]
Exits 1 if any first visit was offered an update (or, with --update, a real one was not).
"""

import argparse
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

from selenium import webdriver
from selenium.webdriver.firefox.options import Options
from selenium.webdriver.firefox.service import Service

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
POSTBUILD = os.path.join(ROOT, 'tools', 'postbuild.mjs')
TYPES = {'.wasm': 'application/wasm', '.js': 'text/javascript', '.mjs': 'text/javascript',
         '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml'}


class Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the directory the server currently points at, uncached, as a plain host does."""
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES}

    def translate_path(self, path):
        path = super().translate_path(path)
        return os.path.join(self.server.root, os.path.relpath(path, os.getcwd()))

    def end_headers(self):
        self.send_header('Cache-Control', 'no-cache')
        super().end_headers()

    def log_message(self, *args):
        pass


def serve(root):
    server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
    server.root = root
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def marked_copy(dist):
    """A second build: `dist` with a marker in its index.html, finished as the build does it."""
    out = tempfile.mkdtemp(prefix='pd-ff-build-')
    shutil.copytree(dist, out, dirs_exist_ok=True)
    index = os.path.join(out, 'index.html')
    with open(index, encoding='utf-8') as f:
        html = f.read()
    with open(index, 'w', encoding='utf-8') as f:
        f.write(html.replace('</title>', '</title>\n  <meta name="e2e-build" content="B">', 1))
    subprocess.run(['node', POSTBUILD, out], check=True, capture_output=True)
    return out


def firefox(binary, driver):
    options = Options()
    options.binary_location = binary
    options.add_argument('-headless')
    # Every new driver gets a new, empty profile.
    return webdriver.Firefox(options=options, service=Service(executable_path=driver))


def wait(browser, script, timeout=30):
    """Polls `script` (a JS expression) until it is truthy."""
    end = time.time() + timeout
    while time.time() < end:
        if browser.execute_script(f'return !!({script});'):
            return
        time.sleep(0.05)
    raise TimeoutError(script)


OFFERED = "document.documentElement.dataset.updateReady === '1'"


def first_visit(browser, url, settle):
    browser.get(url + '?view=timeline')
    wait(browser, "document.documentElement.hasAttribute('data-app-ready')")
    wait(browser, "navigator.serviceWorker.controller && navigator.serviceWorker.controller.state === 'activated'")
    time.sleep(settle)
    return {
        'offered': browser.execute_script(f'return {OFFERED};'),
        'banner': browser.execute_script("return document.querySelectorAll('.update-banner').length;"),
    }


def real_update(browser, server, second):
    server.root = second
    browser.execute_script('navigator.serviceWorker.getRegistration().then((r) => r.update());')
    try:
        wait(browser, OFFERED, timeout=30)
        return True
    except TimeoutError:
        state = browser.execute_async_script(
            'const done = arguments[0]; navigator.serviceWorker.getRegistration().then((r) => done('
            '["installing", "waiting", "active"].map((k) => `${k}: ${r[k] ? r[k].state : "-"}`).join(", ")));')
        print(f'  no offer; registration: {state}', flush=True)
        return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--dist', default=os.path.join(ROOT, 'dist'))
    parser.add_argument('--profiles', type=int, default=7)
    parser.add_argument('--settle', type=float, default=1.5, help='seconds to wait after control')
    parser.add_argument('--update', action='store_true', help='then check that a real update is offered')
    parser.add_argument('--firefox', default=shutil.which('firefox-esr') or shutil.which('firefox'))
    parser.add_argument('--geckodriver', default=shutil.which('geckodriver')
                        or os.path.expanduser('~/.cargo/bin/geckodriver'))
    args = parser.parse_args()
    dist = os.path.abspath(args.dist)
    second = marked_copy(dist) if args.update else None
    failures = 0
    try:
        for n in range(1, args.profiles + 1):
            server = serve(dist)
            url = f'http://127.0.0.1:{server.server_address[1]}/'
            browser = firefox(args.firefox, args.geckodriver)
            try:
                seen = first_visit(browser, url, args.settle)
                line = f"profile {n}: first visit offered an update: {seen['offered']} (banners: {seen['banner']})"
                failures += bool(seen['offered'] or seen['banner'])
                if second:
                    updated = real_update(browser, server, second)
                    line += f'; new build offered: {updated}'
                    failures += not updated
                print(line, flush=True)
            finally:
                browser.quit()
                server.shutdown()
    finally:
        if second:
            shutil.rmtree(second, ignore_errors=True)
    version = subprocess.run([args.firefox, '--version'], capture_output=True, text=True).stdout.strip()
    print(f'{version}: {failures} failure(s) in {args.profiles} fresh profile(s)')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
