// Offline use: registers the service worker (./sw.js, written by tools/postbuild/offline.mjs) and
// tells the page when a new version of the dashboard is ready.
//
// The update contract with the app (the update banner):
//   - a new version has been downloaded and waits: <html data-update-ready="1"> and the window
//     event 'paradiplomacy-dashboard:update-ready';
//   - the app dispatches the window event 'paradiplomacy-dashboard:update-apply' when the reader
//     chooses to reload: the new version takes over and the page reloads into it.
// Registration waits for the first chart and an idle moment after it (a view without a chart:
// a few seconds after the load event), so that the worker's install, which downloads every file
// of the build again and compiles ECharts for its cache, never competes with the first view.
// Failures (a sandboxed frame, storage blocked, offline) are warnings: the dashboard works
// without it.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;

  var CHECK_EVERY_MS = 60 * 60 * 1000;
  var UNAVAILABLE = 'Offline use of the dashboard is not available:';
  var registration = null;
  var announced = null;
  var applying = false;
  // The worker whose version this page runs: the one controlling it when it loaded, read now,
  // before anything is registered. A page that loaded uncontrolled runs the files from the
  // network, and the first worker this page sees install (with none before it) holds those very
  // files: it becomes the page's worker, and is never an update.
  var current = null;
  try {
    current = navigator.serviceWorker.controller;
  } catch (error) {
    // The getter throws in a sandboxed frame without allow-same-origin; register() says so.
  }

  /** A handler that logs a failure as a warning, saying what could not be done. */
  function warn(what) {
    return function (error) { console.warn(what, error); };
  }

  /** Tells the page, once per worker, that `worker` holds a new version. */
  function announce(worker) {
    if (worker === announced) return;
    announced = worker;
    document.documentElement.dataset.updateReady = '1';
    window.dispatchEvent(new Event('paradiplomacy-dashboard:update-ready'));
  }

  /**
   * Called for each worker the registration gets (`reg.installing` or `reg.waiting`), as soon as
   * it is seen. It is an update only when a version this page knows was there before it: with
   * no active worker, or none this page runs, it is the first install (a first visit), however
   * soon it claims the page. Firefox may report the page as controlled already when it tells of
   * the `installed` state, so the decision is made here, at discovery, not then.
   */
  function found(reg, worker) {
    if (!worker || worker === current) return;
    if (!reg.active) {
      if (!current) current = worker;
      return;
    }
    if (!current) return; // A page loaded past the worker (a forced reload): it runs the network's files.
    if (worker.state === 'installed') announce(worker);
    else {
      worker.addEventListener('statechange', function () {
        if (worker.state === 'installed') announce(worker);
      });
    }
  }

  /** Asks the server for a new sw.js when the page is shown again, at most once an hour. */
  function checkWhenShown() {
    var last = Date.now();
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState !== 'visible' || Date.now() - last < CHECK_EVERY_MS) return;
      last = Date.now();
      registration.update().catch(warn('Could not check for a new version of the dashboard:'));
    });
  }

  function register() {
    // The getter itself throws in a sandboxed frame without allow-same-origin.
    try {
      var container = navigator.serviceWorker;
      container.addEventListener('controllerchange', function () {
        if (applying) location.reload();
        // A page that loaded uncontrolled, claimed by the first worker (which may have finished
        // before registration told this page of it): that worker holds this page's files.
        else if (!current) current = container.controller;
      });
      container.register('./sw.js', { scope: './' }).then(function (reg) {
        registration = reg;
        found(reg, reg.installing);
        found(reg, reg.waiting);
        // By the time the page hears of it, the new worker may have finished installing.
        reg.addEventListener('updatefound', function () { found(reg, reg.installing || reg.waiting); });
        checkWhenShown();
      }).catch(warn(UNAVAILABLE));
    } catch (error) {
      warn(UNAVAILABLE)(error);
    }
  }

  window.addEventListener('paradiplomacy-dashboard:update-apply', function () {
    var waiting = registration && registration.waiting;
    if (waiting) {
      applying = true;
      waiting.postMessage({ type: 'skip-waiting' });
    } else {
      // Another tab already let the new version take over: a reload is all it takes.
      location.reload();
    }
  });

  var FIRST_CHART = 'first-chart-drawn'; // the app's performance mark (src/perf.rs)
  var NO_CHART_MS = 3000;
  var registered = false;
  /** Registers once, at the next idle moment (or soon, where there is no requestIdleCallback). */
  function registerWhenIdle() {
    if (registered) return;
    registered = true;
    if (window.requestIdleCallback) window.requestIdleCallback(register, { timeout: 2000 });
    else setTimeout(register, 200);
  }
  try {
    var seen = new PerformanceObserver(function (list) {
      if (list.getEntriesByName(FIRST_CHART).length) {
        seen.disconnect();
        registerWhenIdle();
      }
    });
    seen.observe({ type: 'mark', buffered: true });
  } catch (error) {
    // No PerformanceObserver for marks: the load event below decides.
  }
  function afterLoad() { setTimeout(registerWhenIdle, NO_CHART_MS); }
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad);
})();
