// Runs before the page is drawn (a classic script, not a module): served over
// http(s), the page hides its "serve this folder" notice. Opened from file://,
// the browser refuses the page's modules and the wasm engine, so the notice
// stays and says how to serve the folder.
if (location.protocol === 'http:' || location.protocol === 'https:') document.documentElement.classList.add('served');

// The audit engine's worker is started here, as the page begins to load: a
// worker takes a while to start (its own thread and scripts), and js/engine.js
// takes it over when it runs, with the compiled engine in hand.
if (document.documentElement.classList.contains('served') && typeof Worker === 'function') {
  try {
    const w = new Worker('js/engine-worker.js', { type: 'module' });
    // (an error before js/engine.js listens is kept for it to report)
    w.addEventListener('error', (e) => {
      w.smoAuditFailed = (e && e.message) || 'the engine worker failed to start';
    });
    window.smoAuditWorker = w;
  } catch {
    // js/engine.js starts its own
  }
}

