#!/usr/bin/env python3
"""Reader's notes under faults, in real Firefox ESR: nothing written is lost, the panel never locks.

The Firefox counterpart of three cases of e2e/tests/notes-faults.test.mjs (Chromium), each in a
new, empty Firefox profile:
  late     a stored note dated 9223372036854775808 ms (2^63, written as raw text) is set aside:
           after a reload the panel opens, the good note is listed, the banner calls the value
           unreadable, the #fatal block stays hidden;
  full     localStorage really full (filled to Firefox's own quota with filler keys outside the
           app's namespace; sessionStorage has a quota of its own and stays empty): a free note
           typed says "not saved yet"; the reload asks first (beforeunload, accepted here), and
           after it the note is listed again from the tab's sessionStorage with the "restored"
           banner; once the filler is removed, "Try saving again" stores it and the tab's copy goes;
  twice    an import file with one id twice (two texts, plus an exact copy): the preview says
           "1 new", "1 added as notes of their own", "1 read once"; applied, both notes are listed
           and stored.
A low `dom.storage.default_quota` is not used for "full": in Firefox that preference caps
sessionStorage as well, so the tab's copy would be refused too. The beforeunload prompt is seen
only through WebDriver BiDi (see firefox()), and only after the page had input (typing counts).

Not part of `make test` (set up as for first_visit.py: firefox-esr, geckodriver 0.37.1, selenium):
    python3 e2e/firefox/notes_faults.py [--dist dist] [--runs 3] [--only late,full,twice]
Prints one line per case and run; exits 1 if any case failed.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback

from selenium import webdriver
from selenium.common.exceptions import (JavascriptException, NoAlertPresentException,
                                        UnexpectedAlertPresentException)
from selenium.webdriver.common.by import By
from selenium.webdriver.firefox.options import Options
from selenium.webdriver.firefox.service import Service

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from first_visit import ROOT, serve, wait  # noqa: E402  (same static server and polling)

KEY = 'paradiplomacy-dashboard/v1/'
NOTE = KEY + 'note/'
FILE_TYPE = 'paradiplomacy-dashboard/notes'
LATE = '9223372036854775808'
READY = "document.documentElement && document.documentElement.hasAttribute('data-app-ready')"


def firefox(binary, driver):
    options = Options()
    options.binary_location = binary
    options.add_argument('-headless')
    # Older geckodriver releases turned beforeunload prompts off; they are part of what is tested.
    options.set_preference('dom.disable_beforeunload', False)
    # Plain WebDriver accepts every beforeunload prompt unseen (the WebDriver spec's default for
    # "beforeUnload"), and Firefox honours a "beforeUnload" handler only with WebDriver BiDi on:
    # so BiDi is on, and prompts are left open for this script to see and accept itself.
    options.set_capability('webSocketUrl', True)
    options.set_capability('unhandledPromptBehavior', {'beforeUnload': 'ignore', 'default': 'ignore'})
    # Every new driver gets a new, empty profile.
    return webdriver.Firefox(options=options, service=Service(executable_path=driver))


class Page:
    """The notes of the dashboard open in `browser` (the selectors of e2e/pages/notes.mjs)."""

    def __init__(self, browser, url):
        self.b = browser
        self.url = url

    def open(self, query=''):
        self.b.get(self.url + query)
        self.ready()

    def ready(self):
        wait(self.b, READY)

    def js(self, script, *args):
        return self.b.execute_script(script, *args)

    def css(self, selector):
        return self.b.find_element(By.CSS_SELECTOR, selector)

    def open_panel(self):
        if self.css('.notes-toggle').get_attribute('aria-expanded') != 'true':
            self.css('.notes-toggle').click()
        wait(self.b, "document.getElementById('notes-panel')")

    def add_free(self, text, done=True):
        self.open_panel()
        self.css('#notes-panel .new-note').click()
        wait(self.b, "document.querySelector('.note-editor textarea')")
        self.css('.note-editor textarea').send_keys(text)
        if done:
            self.css('.note-editor button').click()

    def panel_texts(self):
        self.open_panel()
        return self.js("return [...document.querySelectorAll('#notes-panel .note-list > .note .note-text')]"
                       ".map((e) => e.innerText.trim());")

    def stored(self):
        return self.js('const out = {}; for (let i = 0; i < localStorage.length; i++) {'
                       ' const k = localStorage.key(i); if (k.startsWith(arguments[0]))'
                       ' out[k.slice(arguments[0].length)] = localStorage.getItem(k); } return out;', NOTE)

    def stored_count(self, n, timeout=10):
        wait(self.b, f'(() => {{ let c = 0; for (let i = 0; i < localStorage.length; i++)'
                     f' if (localStorage.key(i).startsWith({json.dumps(NOTE)})) c++; return c === {n}; }})()',
             timeout)

    def banner(self, status=None, text=None, timeout=10):
        """Waits for a `.notes-banner` (with data-status `status`, holding `text`); returns its innerText."""
        script = ('return [...document.querySelectorAll(".notes-banner")]'
                  '.filter((b) => (!arguments[0] || b.dataset.status === arguments[0])'
                  ' && (!arguments[1] || b.innerText.includes(arguments[1])))'
                  '.map((b) => b.innerText)[0] || null;')
        end = time.time() + timeout
        while time.time() < end:
            found = self.js(script, status, text)
            if found is not None:
                return found
            time.sleep(0.05)
        raise TimeoutError(f'no .notes-banner (status {status}, text {text!r}); banners: '
                           + repr(self.js('return [...document.querySelectorAll(".notes-banner")]'
                                          '.map((b) => [b.dataset.status, b.innerText]);')))

    def fatal_visible(self):
        found = self.b.find_elements(By.ID, 'fatal')
        return bool(found) and found[0].is_displayed()


def check(cond, what):
    if not cond:
        raise AssertionError(what)


def case_late(page, _dir):
    """A stored note dated 2^63 ms is set aside; the panel opens and lists the good note."""
    page.open()
    page.add_free('A good note')
    page.stored_count(1)
    # Written as raw text: JSON would round the number to a double.
    page.js('localStorage.setItem(arguments[0], arguments[1]);', NOTE + 'n-late',
            '{"schema":2,"id":"n-late","target":{"kind":"free"},"text":"From far ahead",'
            f'"created":{LATE},"updated":{LATE}}}')
    page.b.refresh()
    page.ready()
    text = page.banner(text='not a note that can be read')
    check('later than any date a browser can show' in text, f'banner reason: {text!r}')
    texts = page.panel_texts()
    check(texts == ['A good note'], f'panel lists {texts}')
    check(page.css('#notes-panel').is_displayed(), 'the panel is not shown')
    kept = page.js('return localStorage.getItem(arguments[0]);', KEY + 'corrupt/note/n-late') or ''
    check(f'"created":{LATE}' in kept, f'set-aside copy: {kept!r}')
    check(not page.fatal_visible(), '#fatal is visible')
    return 'panel opens, good note listed, banner: value not readable (later than any date), copy kept, no #fatal'


FILL = '''
// Fills localStorage to the browser's own quota with keys outside the app's namespace, halving
// the chunk until not even one more character fits.
let total = 0, n = 0;
for (let size = 1 << 22; size >= 1; size >>= 1) {
  for (;;) {
    try { localStorage.setItem('e2e-filler/' + n, 'x'.repeat(size)); n++; total += size; }
    catch (e) { break; }
  }
}
let refused = null;
try { localStorage.setItem('e2e-probe', '1'); localStorage.removeItem('e2e-probe'); }
catch (e) { refused = e.name; }
return [total, n, refused];'''

EMPTY = '''for (let i = localStorage.length - 1; i >= 0; i--) {
  const k = localStorage.key(i); if (k.startsWith('e2e-filler/')) localStorage.removeItem(k);
}'''


def reload_seeing_prompt(page):
    """Reloads from the page (as the reader's F5 does, not through WebDriver's own navigation,
    which would wait on the prompt); returns whether a beforeunload prompt came, accepting it.
    Firefox asks only on a page the reader has interacted with (typing counts)."""
    page.js('window.__e2eOld = true; setTimeout(() => location.reload(), 0);')
    prompted = False
    end = time.time() + 15
    while time.time() < end:
        try:
            page.b.switch_to.alert.accept()
            prompted = True
            break
        except NoAlertPresentException:
            pass
        try:
            if not page.js('return window.__e2eOld === true;'):
                break  # a new document: reloaded without a prompt
        except UnexpectedAlertPresentException:
            continue  # the prompt opened just now
        except JavascriptException:
            break  # the old document went while the script ran
        time.sleep(0.05)
    end = time.time() + 30
    while True:  # the new document, up; a script may meet the one in between and fail
        try:
            if page.js(f'return !window.__e2eOld && !!({READY});'):
                return prompted
        except JavascriptException:
            pass
        if time.time() > end:
            raise TimeoutError('the page did not come back after the reload')
        time.sleep(0.05)


def case_full(page, _dir):
    """localStorage full (the real quota), sessionStorage free: an unsaved note survives a reload."""
    page.open()
    total, keys, refused = page.js(FILL)
    check(refused == 'QuotaExceededError', f'after filling {total} characters, one more gave {refused}')
    page.add_free('Written while the disk is full', done=False)
    full = page.banner(status='full', text='not saved yet')
    page.stored_count(0)
    unsaved = page.js('return sessionStorage.getItem(arguments[0]);', KEY + 'unsaved') or ''
    check('Written while the disk is full' in unsaved, f"the tab's copy before the reload: {unsaved!r}")

    prompted = reload_seeing_prompt(page)
    check(prompted, 'no beforeunload prompt on a reload with a note unsaved')
    kept = page.js('return sessionStorage.getItem(arguments[0]);', KEY + 'unsaved') or ''
    check('Written while the disk is full' in kept, f"sessionStorage after the reload: {kept!r}")
    restored = page.banner(status='restored')
    check('1' in restored, f'restored banner: {restored!r}')
    page.banner(status='full', text='not saved yet')
    texts = page.panel_texts()
    check(texts == ['Written while the disk is full'], f'after the reload the panel lists {texts}')
    check(not page.fatal_visible(), '#fatal is visible')

    # Room again: "Try saving again" stores it and the tab's copy goes.
    page.js(EMPTY)
    buttons = page.b.find_elements(By.CSS_SELECTOR, '.notes-banner[data-status="full"] button')
    next(b for b in buttons if 'Try saving again' in b.text).click()
    wait(page.b, "!document.querySelector('.notes-banner[data-status=\"full\"]')", 10)
    page.stored_count(1)
    check(page.js('return sessionStorage.getItem(arguments[0]);', KEY + 'unsaved') is None,
          "the tab's copy is still there after the save")
    # Everything stored: leaving asks nothing, and the note is read from storage.
    check(not reload_seeing_prompt(page), 'a beforeunload prompt with nothing unsaved')
    texts = page.panel_texts()
    check(texts == ['Written while the disk is full'], f'after the last reload the panel lists {texts}')
    left = page.js('return [...document.querySelectorAll(".notes-banner")].map((b) => b.dataset.status);')
    check(left == [], f'banners after the last reload: {left}')
    return (f'localStorage full at {total} characters ({keys} filler keys, then {refused}); '
            f'banner: {full.splitlines()[0]!r}; reload: beforeunload prompt shown and accepted; '
            'after it: sessionStorage kept, note listed, data-status="restored"; with room again '
            '"Try saving again" stored it, the tab\'s copy went, the next reload asked nothing')


def case_twice(page, tmp):
    """One id twice in an import file: the preview says so and both notes are kept."""
    def free(text, updated):
        return {'id': 'n-same', 'target': {'kind': 'free'}, 'text': text, 'created': 1, 'updated': updated}
    path = os.path.join(tmp, 'twice.json')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump({'type': FILE_TYPE, 'version': 2, 'dataset': 'x', 'exported': 1, 'notes': [
            free('The first of two notes under one id', 5),
            free('The second of two notes under one id', 9),
            free('The second of two notes under one id', 9),
        ]}, f)
    page.open()
    page.open_panel()
    page.css('#notes-panel input.import-notes').send_keys(path)
    wait(page.b, "document.querySelector('#notes-panel .import-preview')", 10)
    text = page.js("return document.querySelector('#notes-panel .import-preview').innerText;")
    for part in ('1 new', '1 added as notes of their own', '1 read once'):
        check(part in text, f'preview without {part!r}: {text!r}')
    page.css('#notes-panel .import-preview .import-apply').click()
    page.stored_count(2)
    texts = sorted(page.panel_texts())
    check(texts == ['The first of two notes under one id', 'The second of two notes under one id'],
          f'panel lists {texts}')
    stored = [json.loads(v) for v in page.stored().values()]
    same = next(x for x in stored if x['id'] == 'n-same')
    copy = next(x for x in stored if x['id'] != 'n-same')
    check(same['text'] == 'The second of two notes under one id', f'n-same holds {same["text"]!r}')
    check(copy['text'] == 'The first of two notes under one id' and copy['updated'] == 5, f'the copy: {copy}')
    return 'preview: 1 new, 1 added as notes of their own, 1 read once; applied: both listed and stored'


CASES = {'late': case_late, 'full': case_full, 'twice': case_twice}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--dist', default=os.path.join(ROOT, 'dist'))
    parser.add_argument('--runs', type=int, default=1)
    parser.add_argument('--only', default=','.join(CASES), help='comma-separated: ' + ', '.join(CASES))
    parser.add_argument('--firefox', default=shutil.which('firefox-esr') or shutil.which('firefox'))
    parser.add_argument('--geckodriver', default=shutil.which('geckodriver')
                        or os.path.expanduser('~/.cargo/bin/geckodriver'))
    args = parser.parse_args()
    names = [n for n in args.only.split(',') if n]
    unknown = [n for n in names if n not in CASES]
    if unknown:
        parser.error(f'unknown case(s): {", ".join(unknown)}')
    dist = os.path.abspath(args.dist)
    tmp = tempfile.mkdtemp(prefix='pd-ff-notes-')
    failures = total = 0
    try:
        for run in range(1, args.runs + 1):
            for name in names:
                total += 1
                server = serve(dist)
                url = f'http://127.0.0.1:{server.server_address[1]}/'
                browser = firefox(args.firefox, args.geckodriver)
                try:
                    said = CASES[name](Page(browser, url), tmp)
                    print(f'run {run} {name}: PASS: {said}', flush=True)
                except Exception as e:  # noqa: BLE001  (any failure fails the case)
                    failures += 1
                    detail = str(e) or type(e).__name__
                    print(f'run {run} {name}: FAIL: {type(e).__name__}: {detail.splitlines()[0]}', flush=True)
                    if os.environ.get('E2E_TRACE'):
                        traceback.print_exc()
                finally:
                    browser.quit()
                    server.shutdown()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    version = subprocess.run([args.firefox, '--version'], capture_output=True, text=True).stdout.strip()
    print(f'{version}: {failures} failure(s) in {total} case(s)')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
