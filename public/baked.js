// Before the first paint, and the hand-over from a baked page to the app.
//
// 1. Settles what the page looks like before anything is painted, as the app will choose it:
//    the reader's language (<html lang>: ?lang=, the stored choice, the browser's), the theme
//    (<html data-theme>: the stored choice, or the system's light or dark) and embed mode
//    (<html data-embed>). No flash of the wrong theme or language, baked page or not.
// 2. In a build with a page per view (<meta name="view-pages">), a link of the older form
//    `index.html?view=timeline` is replaced by the view's own page, `timeline.html`, before the
//    wrong page is painted.
// 3. On a baked page (<meta name="baked-view">, tools/postbuild/bake.mjs), puts on screen the
//    baked variant the reader would see (their language, embedded or not; the chart pictures of
//    their theme, fetched from the head on): `paradiplomacyBake()`, called by the page right
//    after its variants. A page
//    whose address asks for more than the defaults (filters, an item, a story step) or the
//    projector theme shows no bake: the app paints it, as it would without one.
// 4. Hands the page over: the app renders into #app unseen (public/app.css); once it has drawn
//    its first chart (or mounted, on a view without one) #baked is removed in the same frame.
//    Nothing the reader did meanwhile is lost: a link goes where it says (the view's baked page);
//    a press of a button, a box or a menu is done again on the app's control at the same place;
//    focus, text typed in a field and the scroll position carry over.
// index.html inlines this file first (Trunk's rel="inline"); tools/postbuild/csp.mjs allows it
// by its hash.
(function () {
  'use strict';
  var NS = 'paradiplomacy-dashboard/v1/'; // src/storage.rs NAMESPACE
  var LANGS = ['en', 'id'];
  var THEMES = ['auto', 'light', 'dark', 'projector']; // src/state/theme.rs ThemeChoice
  var root = document.documentElement;

  /** The query as [key, value] pairs, decoded. */
  var pairs = location.search.replace(/^\?/, '').split('&').filter(Boolean).map(function (pair) {
    var at = pair.indexOf('=');
    var decode = function (s) {
      try { return decodeURIComponent(s.replace(/\+/g, ' ')); } catch (e) { return s; }
    };
    return at < 0 ? [decode(pair), ''] : [decode(pair.slice(0, at)), decode(pair.slice(at + 1))];
  });

  /** The last value of `key` in the query (later duplicates win, as in the app), or null. */
  function asked(key) {
    var value = null;
    pairs.forEach(function (kv) { if (kv[0] === key) value = kv[1]; });
    return value;
  }

  /** A stored preference of the app (src/storage.rs stores JSON), or null. */
  function stored(name) {
    try {
      return JSON.parse(localStorage.getItem(NS + name));
    } catch (e) {
      return null; // no storage (a sandboxed frame), or not ours
    }
  }

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') : null;
  }

  // 1. Language, theme, embed mode.
  var lang = asked('lang');
  if (LANGS.indexOf(lang) < 0) lang = stored('lang');
  if (LANGS.indexOf(lang) < 0) lang = /^id\b/i.test(navigator.language || '') ? 'id' : 'en';
  var choice = stored('theme');
  if (THEMES.indexOf(choice) < 0) choice = 'auto';
  var systemDark = !!(window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches);
  var theme = choice === 'projector' ? 'projector'
    : choice === 'dark' || (choice === 'auto' && systemDark) ? 'dark' : 'light';
  var embed = asked('embed') === '1';
  root.lang = lang;
  root.setAttribute('data-theme', theme);
  if (embed) root.setAttribute('data-embed', '');

  // 2. An older link to a view: its own page.
  var views = (meta('view-pages') || '').split(' ').filter(Boolean);
  var pageOf = function (view) { return view === views[0] ? 'index.html' : view + '.html'; };
  var file = location.pathname.split('/').pop() || 'index.html';
  var view = asked('view');
  if (views.length && views.indexOf(view) >= 0 && pageOf(view) !== file && /^https?:$/.test(location.protocol)) {
    var rest = pairs.filter(function (kv) { return kv[0] !== 'view'; }).map(function (kv) {
      return encodeURIComponent(kv[0]) + '=' + encodeURIComponent(kv[1]);
    }).join('&');
    location.replace(pageOf(view) + (rest ? '?' + rest : '') + location.hash);
    return;
  }

  // 3. Which baked variant, if any, is what the reader would see.
  var bakedView = meta('baked-view');
  var plain = pairs.every(function (kv) {
    return kv[0] === 'lang' || kv[0] === 'embed' || (kv[0] === 'view' && kv[1] === bakedView);
  });
  var variant = bakedView && plain && theme !== 'projector' ? lang + (embed ? '-embed' : '') : null;
  var pictureTheme = theme === 'dark' ? 'dark' : 'light';

  // The variant's chart pictures are fetched from here, the head, not from where the page's end
  // puts them: they arrive with the HTML and are in its first paint.
  if (variant) {
    (meta('baked-pictures') || '').split(' ').forEach(function (entry) {
      var at = entry.indexOf('=');
      if (entry.slice(0, at) !== variant + '/' + pictureTheme) return;
      var link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'image';
      link.href = entry.slice(at + 1);
      link.setAttribute('fetchpriority', 'high');
      document.head.appendChild(link);
    });
  }

  /** The element indices from `top` down to `el`. */
  function path(top, el) {
    var steps = [];
    for (var node = el; node && node !== top; node = node.parentElement) {
      steps.unshift(Array.prototype.indexOf.call(node.parentElement.children, node));
    }
    return steps;
  }

  /** The element at `steps` below `top`, or null. */
  function at(top, steps) {
    var node = top;
    for (var i = 0; node && i < steps.length; i++) node = node.children[steps[i]];
    return node || null;
  }

  window.paradiplomacyBake = function () {
    // The call itself goes, with the variants: the page keeps no script it does not need.
    var call = document.currentScript;
    if (call && call.parentNode) call.parentNode.removeChild(call);
    var host = document.getElementById('baked');
    var templates = document.querySelectorAll('template[data-bake]');
    var chosen = null;
    for (var i = 0; i < templates.length; i++) {
      if (templates[i].getAttribute('data-bake') === variant) chosen = templates[i];
    }
    if (host && chosen) {
      var content = chosen.content.cloneNode(true);
      // Parts several variants share (a comment "bake-part:<id>" marks where each goes).
      var walker = document.createTreeWalker(content, NodeFilter.SHOW_COMMENT);
      var marks = [];
      while (walker.nextNode()) if (walker.currentNode.data.indexOf('bake-part:') === 0) marks.push(walker.currentNode);
      marks.forEach(function (mark) {
        var part = document.querySelector('template[data-bake-part="' + mark.data.slice(10) + '"]');
        if (part) mark.parentNode.replaceChild(part.content.cloneNode(true), mark);
      });
      // Only the chart pictures of the reader's theme are fetched.
      var other = content.querySelectorAll('img[data-theme]:not([data-theme="' + pictureTheme + '"])');
      for (var j = 0; j < other.length; j++) other[j].parentNode.removeChild(other[j]);
      // Element timing reports the frame that shows the picture (handOver, below).
      var picture = content.querySelector('img.baked-chart');
      if (picture) picture.setAttribute('elementtiming', 'baked-chart');
      host.appendChild(content);
      root.setAttribute('data-baked', variant);
      markShown(host.querySelector('img.baked-chart'));
      handOver(host);
    } else if (host) {
      host.parentNode.removeChild(host);
    }
    var all = document.querySelectorAll('template[data-bake], template[data-bake-part]');
    for (var k = 0; k < all.length; k++) all[k].parentNode.removeChild(all[k]);
  };

  /** Marks `baked-chart-shown` once the chart picture `img` is decoded and a frame has shown it. */
  function markShown(img) {
    if (!img || !img.decode || !window.performance || !performance.mark) return;
    img.decode().then(function () {
      requestAnimationFrame(function () { performance.mark('baked-chart-shown'); });
    }, function () { /* a picture that does not load marks nothing */ });
  }

  // 4. The hand-over.
  function handOver(host) {
    var pressed = [];
    var chosen = [];
    host.addEventListener('click', function (e) {
      var el = e.target.closest && e.target.closest('a[href], button, summary, label, input, [role="button"]');
      if (!el || el.matches('a[href]') || e.target.closest('select')) return; // a link opens its page; a menu's choice is below
      if (el.matches('input[type="text"], input[type="search"], input:not([type])')) return; // typed text carries over
      e.preventDefault();
      pressed.push(path(host, el));
    }, true);
    host.addEventListener('change', function (e) {
      if (e.target.matches('select')) chosen.push([path(host, e.target), e.target.value]);
    }, true);

    var waitUntil = 0;
    var app = null; // after the variants in the page: not parsed yet when this runs
    // The browser's record of the baked page's first paints (largest contentful paint) is taken
    // before the page is handed over: a part removed before the browser has noted its paint is
    // not counted, and the app's copy, shown later, would be taken for the first.
    // With a chart picture, that record must be of the picture (the largest part of the page):
    // the hand-over waits for it to be shown, however slowly it arrives.
    var picture = host.querySelector('img.baked-chart');
    var painted = !(window.PerformanceObserver && PerformanceObserver.supportedEntryTypes &&
      PerformanceObserver.supportedEntryTypes.indexOf('largest-contentful-paint') >= 0);
    if (!painted) {
      new PerformanceObserver(function (list, observer) {
        var entries = list.getEntries();
        for (var i = 0; i < entries.length; i++) {
          if (!picture || entries[i].element === picture) painted = true;
        }
        if (painted) observer.disconnect();
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      if (picture) {
        // The picture's own paint record (element timing) comes with the frame that showed it,
        // as its largest-contentful-paint record does if it has one: from then on, the record
        // is made. A picture outside the window (the overview's map, below the fold on a
        // laptop) is never recorded, and one that fails is never shown: neither holds the page.
        var made = function () { painted = true; };
        picture.addEventListener('error', made);
        if (PerformanceObserver.supportedEntryTypes.indexOf('element') >= 0) {
          new PerformanceObserver(function (list, observer) {
            var entries = list.getEntries();
            for (var i = 0; i < entries.length; i++) {
              if (entries[i].identifier === 'baked-chart') { made(); observer.disconnect(); }
            }
          }).observe({ type: 'element', buffered: true });
          if (window.IntersectionObserver) {
            new IntersectionObserver(function (entries, observer) {
              observer.disconnect();
              if (!entries[0].isIntersecting) made();
            }).observe(picture);
          }
        } else {
          // No element timing: once the picture is decoded and a frame has shown it, the
          // browser has a few frames to make its record.
          var settle = function () { setTimeout(made, 100); };
          var shown = function () {
            picture.decode().then(function () { requestAnimationFrame(settle); }, settle);
          };
          if (!picture.decode) settle();
          else if (picture.complete) shown();
          else picture.addEventListener('load', shown);
        }
      }
    }
    function ready() {
      app = app || document.getElementById('app');
      if (!root.hasAttribute('data-app-ready') || !app) return false;
      if (!waitUntil) waitUntil = performance.now() + 4000; // a chart that never draws does not hold the page
      var drawn = performance.getEntriesByName && performance.getEntriesByName('first-chart-drawn').length > 0;
      if (performance.now() > waitUntil) return true;
      return painted && (drawn || !app.querySelector('.chart') || app.querySelector('.chart-fault'));
    }
    function poll() {
      if (!host.parentNode) return;
      if (ready()) swap();
      else requestAnimationFrame(poll);
    }
    function swap() {
      var active = document.activeElement;
      var focus = active && host.contains(active) ? path(host, active) : null;
      var typed = focus && 'value' in active && active.matches('input') ? active.value : null;
      var x = window.scrollX;
      var y = window.scrollY;
      host.parentNode.removeChild(host);
      root.setAttribute('data-baked', 'handed-over');
      if (window.scrollX !== x || window.scrollY !== y) window.scrollTo(x, y);
      var target = focus && at(app, focus);
      if (target) {
        if (typed !== null && target.value !== typed) {
          target.value = typed;
          target.dispatchEvent(new Event('input', { bubbles: true }));
        }
        target.focus({ preventScroll: true });
      }
      chosen.forEach(function (c) {
        var select = at(app, c[0]);
        if (select && select.matches('select') && select.value !== c[1]) {
          select.value = c[1];
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }
      });
      pressed.forEach(function (steps) {
        var el = at(app, steps);
        if (el && el.click) el.click();
      });
      if (performance.mark) performance.mark('baked-handed-over');
    }
    requestAnimationFrame(poll);
  }
})();
