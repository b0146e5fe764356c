// Makes a failure to start visible: if the WebAssembly cannot be loaded or throws before the
// app has mounted, the #fatal block of index.html is shown instead of a blank page. Panics
// after start are shown by the Rust panic hook (src/main.rs) in the same block.
(function () {
  'use strict';
  function show(message) {
    var block = document.getElementById('fatal');
    var detail = document.getElementById('fatal-detail');
    if (!block) return;
    if (detail && !detail.textContent) detail.textContent = String(message || 'unknown error');
    block.hidden = false;
  }
  function mounted() {
    return document.documentElement.hasAttribute('data-app-ready');
  }
  window.addEventListener('error', function (e) {
    if (!mounted()) show(e.message);
  });
  window.addEventListener('unhandledrejection', function (e) {
    if (!mounted()) show(e.reason && e.reason.message ? e.reason.message : e.reason);
  });
})();
