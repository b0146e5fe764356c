// Start-up guard: the reader never faces a blank page. Until the app has mounted (<html
// data-app-ready>, set by src/main.rs) every way the start can fail shows the #fatal block of
// index.html, in the reader's language, with what to do and a technical detail to report:
//   - an error thrown while starting (the wasm-bindgen glue, the WebAssembly), a rejected promise;
//   - a module of the app that does not load: a 404, an integrity-hash mismatch, a cross-origin
//     refusal (a sandboxed frame on a host without Access-Control-Allow-Origin). These fire no
//     window error with a message, only an `error` event at the <script type="module"> or at the
//     module preload <link>, which does not bubble: it is caught here in the capture phase;
//   - a script the Content-Security-Policy refuses;
//   - nothing at all: the app still not mounted GRACE_MS after its WebAssembly arrived (see
//     startWatchdog). That block goes away again if the app mounts after all (a very slow device).
// Once the app is up, nothing here shows the block; the Rust panic hook (src/main.rs) does, and
// this script then picks the language of its text too.
// index.html inlines this file (Trunk's rel="inline"), so it runs even when no file of the app
// can be fetched; tools/postbuild/csp.mjs allows it by its hash.
(function () {
  'use strict';
  var GRACE_MS = 15000;
  var CAP_MS = 120000;
  var root = document.documentElement;
  var byWatchdog = false;

  function mounted() {
    return root.hasAttribute('data-app-ready');
  }

  /** 'id' or 'en': <html lang>, which public/baked.js settles before this runs and the app keeps. */
  function language() {
    return root.lang === 'id' ? 'id' : 'en';
  }

  /** Whether the page is shown inside another page (an iframe on a host's site). */
  function embedded() {
    try {
      return window.top !== window.self;
    } catch (e) {
      return true;
    }
  }

  /** The address of this dashboard on its own, not embedded: where "open it directly" goes. */
  function directAddress() {
    var query = location.search.replace(/^\?/, '').split('&').filter(function (pair) {
      return pair && pair.split('=')[0] !== 'embed';
    }).join('&');
    return location.href.split(/[?#]/)[0] + (query ? '?' + query : '');
  }

  /** Sets `el.hidden`, touching the DOM only for a change (the observer below sees every write). */
  function setHidden(el, hidden) {
    if (el.hidden !== hidden) el.hidden = hidden;
  }

  /** Shows the reader's half of the block (and the advice for a framed page, when framed). */
  function localise(block) {
    var lang = language();
    var parts = block.querySelectorAll('[data-fatal-lang]');
    for (var i = 0; i < parts.length; i++) setHidden(parts[i], parts[i].lang !== lang);
    // "Reload" reloads this very page (its view, its filters), not the overview.
    var reloads = block.querySelectorAll('a[data-fatal-reload]');
    for (var r = 0; r < reloads.length; r++) reloads[r].href = location.href;
    var framed = embedded();
    var advice = block.querySelectorAll('[data-fatal-embedded]');
    for (var j = 0; j < advice.length; j++) setHidden(advice[j], !framed);
    if (framed) {
      var links = block.querySelectorAll('a[data-fatal-open]');
      for (var k = 0; k < links.length; k++) links[k].href = directAddress();
    }
  }

  /** Shows the block with `message` as its detail (the first message stays; later ones add). */
  function show(message, watchdog) {
    var block = document.getElementById('fatal');
    if (!block) {
      // An error while <head> is parsed: the block is not there yet.
      document.addEventListener('DOMContentLoaded', function () { show(message, watchdog); });
      return;
    }
    if (!block.hidden && byWatchdog && !watchdog) {
      // A real error after the watchdog spoke: the error is the better detail.
      setDetail('');
    }
    byWatchdog = watchdog === true && (block.hidden || byWatchdog);
    addDetail(String(message || 'unknown error'));
    localise(block);
    block.hidden = false;
  }

  function setDetail(text) {
    var detail = document.getElementById('fatal-detail');
    if (detail) detail.textContent = text;
  }

  function addDetail(text) {
    var detail = document.getElementById('fatal-detail');
    if (!detail || detail.textContent.indexOf(text) >= 0) return;
    detail.textContent = detail.textContent ? detail.textContent + '\n' + text : text;
  }

  /**
   * Whether `el` is one of the app's own modules: the loader Trunk writes, or a preload of the
   * glue. Not a part of ECharts nor a chunk of one (`data-chart-part`, `data-chart-chunk`:
   * tools/postbuild/bake.mjs), whose chart says so if it does not load.
   */
  function isAppModule(el) {
    if (el.hasAttribute('data-chart-part') || el.hasAttribute('data-chart-chunk')) return false;
    return (el.tagName === 'SCRIPT' && el.type === 'module') ||
      (el.tagName === 'LINK' && /(^|\s)modulepreload(\s|$)/i.test(el.rel));
  }

  /** The address of the module `el` failed to load (the glue an inline loader imports). */
  function moduleAddress(el) {
    if (el.src || el.href) return el.src || el.href;
    var imported = /\bfrom\s*['"]([^'"]+)['"]/.exec(el.textContent || '');
    var preload = document.querySelector('link[rel~="modulepreload"]');
    if (imported) return new URL(imported[1], document.baseURI).href;
    return preload ? preload.href : '(inline module)';
  }

  /** The integrity hash the module preload link of `address` gives, if any. */
  function integrityOf(address) {
    var links = document.querySelectorAll('link[rel~="modulepreload"]');
    for (var i = 0; i < links.length; i++) if (links[i].href === address) return links[i].integrity;
    return '';
  }

  /**
   * Adds why `address` did not load, as far as a second look can tell: refused (network or
   * cross-origin), an HTTP status, or content that does not match the integrity hash.
   */
  function diagnose(address, integrity) {
    if (!window.fetch || !/^https?:/.test(address)) return;
    fetch(address, { cache: 'no-store' }).then(function (response) {
      if (!response.ok) {
        addDetail('The server answers HTTP ' + response.status + ' for it: the file is missing from the host.');
        return null;
      }
      if (!integrity) return null;
      return fetch(address, { cache: 'no-store', integrity: integrity }).then(function () {
        addDetail('It loads now: reload the page.');
      }, function () {
        addDetail('Its content does not match its integrity hash: the host or a proxy changed the file after the build; deploy the build unchanged.');
      });
    }, function () {
      addDetail('It cannot be fetched from here: offline, or refused cross-origin (a page in a frame sandboxed without allow-same-origin needs the host to send Access-Control-Allow-Origin).');
    }).catch(function () { /* a second look that fails says nothing more */ });
  }

  window.addEventListener('error', function (e) {
    if (mounted()) return;
    var el = e.target;
    if (el && el.nodeType === 1) {
      // A resource: only the app's own modules are fatal. A chart library or a style sheet that
      // does not load is said where it is missing, by the app.
      if (!isAppModule(el)) return;
      var address = moduleAddress(el);
      show('A module of the dashboard did not load: ' + address);
      diagnose(address, el.integrity || integrityOf(address));
      return;
    }
    show(e.message || (e.error && e.error.message) || e.error);
  }, true);

  window.addEventListener('unhandledrejection', function (e) {
    if (!mounted()) show(e.reason && e.reason.message ? e.reason.message : e.reason);
  });

  document.addEventListener('securitypolicyviolation', function (e) {
    if (!mounted() && /^script-src/.test(e.effectiveDirective || e.violatedDirective || '')) {
      show('The Content-Security-Policy refused a script (' + e.effectiveDirective + '): ' + (e.blockedURI || 'inline'));
    }
  });

  /**
   * The watchdog, started at the load event (which does not wait for the WebAssembly): the app
   * gets GRACE_MS from the moment its WebAssembly has arrived (the resource entry of the file
   * the build preloads) to mount, so a slow connection is never taken for a failure; a download
   * that never ends shows the block CAP_MS after the load event.
   */
  function startWatchdog() {
    var armed = false;
    var arm = function () {
      if (armed) return;
      armed = true;
      setTimeout(function () { notStarted('within ' + GRACE_MS / 1000 + ' s of its WebAssembly arriving'); }, GRACE_MS);
    };
    var wasm = document.querySelector('link[rel~="preload"][href$=".wasm"]');
    setTimeout(function () { notStarted(CAP_MS / 1000 + ' s after the page loaded'); }, CAP_MS);
    if (!wasm || !window.PerformanceObserver) {
      arm();
      return;
    }
    try {
      var arrivals = new PerformanceObserver(function (list) {
        if (list.getEntriesByName(wasm.href).length) {
          arrivals.disconnect();
          arm();
        }
      });
      arrivals.observe({ type: 'resource', buffered: true });
    } catch (e) {
      arm();
    }
  }

  function notStarted(when) {
    if (!mounted()) show('The dashboard had not started ' + when + '.', true);
  }

  if (document.readyState === 'complete') startWatchdog();
  else window.addEventListener('load', startWatchdog);

  // The app mounting after the watchdog spoke (a slow device) takes the block away again; the
  // block shown by the panic hook, or the interface language changing, gets the reader's half.
  function follow() {
    var block = document.getElementById('fatal');
    if (!block) return;
    if (mounted() && byWatchdog && !block.hidden) {
      byWatchdog = false;
      block.hidden = true;
      setDetail('');
    }
    if (!block.hidden) localise(block);
  }
  if (window.MutationObserver) {
    var observer = new MutationObserver(follow);
    observer.observe(root, { attributes: true, attributeFilter: ['data-app-ready', 'lang'] });
    var watchBlock = function () {
      var block = document.getElementById('fatal');
      if (block) observer.observe(block, { attributes: true, attributeFilter: ['hidden'] });
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watchBlock);
    else watchBlock();
  }
})();
