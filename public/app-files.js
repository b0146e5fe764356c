// The app's own files on a baked page, once the page is painted.
//
// A baked view's page keeps the app's files (Trunk's loader and preloads, ECharts, a map) in a
// <template data-app-files> (tools/postbuild/app-files.mjs), where they are neither fetched nor
// run, so that the first paint has the network and the CPU to itself. public/baked.js calls
// `paradiplomacyAppFiles.after(picture)` once it knows what the reader sees: with the baked chart
// picture, the files are added once it is decoded and a frame has shown it (or it failed), and
// the page's first contentful paint is recorded; with none, once that paint is; with no bake at all (an address that asks for more than the
// defaults), at once. Whatever happens, they are added at the latest MAX_WAIT_MS after the
// document is parsed.
//
// The files go in as new elements (the preloads, then the scripts in their order, each classic
// script `async = false` so they run in that order, as deferred scripts would), with their
// integrity hashes; the inline loader keeps its text, which the policy allows by its hash. While
// the classic scripts have not all run (or failed), <html data-scripts="pending"> says so, and
// the `paradiplomacy-scripts-run` event on the document ends it: the app's charts wait for it
// (src/charts/echart/arrival.rs), since `DOMContentLoaded` has long passed.
// index.html inlines this file (Trunk's rel="inline"); tools/postbuild/csp.mjs allows it by its hash.
(function () {
  'use strict';
  var MAX_WAIT_MS = 3000;
  var root = document.documentElement;
  var added = false;

  /** A new element like `el` (same name, attributes and text): one the document will run or fetch. */
  function copy(el) {
    var fresh = document.createElement(el.localName);
    for (var i = 0; i < el.attributes.length; i++) fresh.setAttribute(el.attributes[i].name, el.attributes[i].value);
    if (el.localName === 'script') {
      fresh.text = el.text;
      if (!fresh.type || fresh.type === 'text/javascript') fresh.async = false;
    }
    return fresh;
  }

  function add() {
    if (added) return;
    added = true;
    var files = document.querySelector('template[data-app-files]');
    if (!files) return;
    var waiting = 0;
    var done = function () {
      if (--waiting > 0) return;
      root.removeAttribute('data-scripts');
      document.dispatchEvent(new Event('paradiplomacy-scripts-run'));
    };
    var elements = Array.prototype.slice.call(files.content.children);
    files.parentNode.removeChild(files);
    root.setAttribute('data-scripts', 'pending');
    waiting = 1; // until every element is in
    elements.forEach(function (el) {
      var fresh = copy(el);
      if (fresh.localName === 'script' && fresh.src && fresh.type !== 'module') {
        waiting++;
        fresh.addEventListener('load', done);
        fresh.addEventListener('error', done);
      }
      document.head.appendChild(fresh);
    });
    if (window.performance && performance.mark) performance.mark('app-files-added');
    done();
  }

  /**
   * Once the browser has recorded the page's first contentful paint (its paint entry comes
   * when the frame is on screen), in a task of its own; without paint timing, after a frame.
   */
  function afterPaint() {
    var queued = function () { setTimeout(add, 0); };
    if (performance.getEntriesByName('first-contentful-paint').length) return queued();
    var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
    if (!types || types.indexOf('paint') < 0) return requestAnimationFrame(queued);
    new PerformanceObserver(function (list, observer) {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      queued();
    }).observe({ type: 'paint', buffered: true });
  }

  window.paradiplomacyAppFiles = {
    /**
     * Adds the files once the page is painted: after `picture` is shown (an <img>), after the
     * first contentful paint (null), or now (`now` true: no bake is shown).
     */
    after: function (picture, now) {
      if (now) return add();
      if (!picture || !picture.decode) return afterPaint();
      // (decode waits for the picture to arrive, and fails if it does not; the frame after it
      // is the one that shows it.)
      var shown = function () { requestAnimationFrame(afterPaint); };
      picture.decode().then(shown, shown);
    },
  };

  // Never later than this, whatever the page did (a bake that threw, a picture that hangs).
  document.addEventListener('DOMContentLoaded', function () { setTimeout(add, MAX_WAIT_MS); });
})();
