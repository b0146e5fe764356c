// Offline use: registers the service worker (./sw.js, written by tools/postbuild/offline.mjs) and
// tells the page when a new version of the dashboard is ready.
//
// The update contract with the app (the update banner):
//   - a new version has been downloaded and waits: <html data-update-ready="1"> and the window
//     event 'paradiplomacy-dashboard:update-ready';
//   - the app dispatches the window event 'paradiplomacy-dashboard:update-apply' when the reader
//     chooses to reload: the new version takes over and the page reloads into it.
// Registration waits for the load event so it never competes with the first chart. Failures
// (a sandboxed frame, storage blocked, offline) are warnings: the dashboard works without it.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;

  var CHECK_EVERY_MS = 60 * 60 * 1000;
  var UNAVAILABLE = 'Offline use of the dashboard is not available:';
  var registration = null;
  var announced = null;
  var applying = false;

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

  /** A worker that finishes installing while another one controls the page is an update. */
  function watch(worker) {
    worker.addEventListener('statechange', function () {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) announce(worker);
    });
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
      });
      container.register('./sw.js', { scope: './' }).then(function (reg) {
        registration = reg;
        if (reg.waiting) announce(reg.waiting);
        if (reg.installing) watch(reg.installing);
        reg.addEventListener('updatefound', function () { watch(reg.installing); });
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

  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
})();
