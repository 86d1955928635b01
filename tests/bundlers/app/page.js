// What every test app does: audit one page on the main thread and the same page
// in a module Worker, and publish both scores (and any error) on window.result.
export const PAGE = {
  url: "https://www.example.com/blog/bundled-audit/",
  html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Auditing from a bundle</title>
<meta name="description" content="A page audited by the smo-audit engine inside a bundled web app.">
<meta property="og:title" content="Auditing from a bundle"><meta property="og:type" content="article">
</head><body><nav><a href="/">Home</a></nav><main><h1>Auditing from a bundle</h1>
<p>The engine runs as WebAssembly in this page and in a worker.</p></main></body></html>`,
};

// The worker says "ready" once its imports have resolved: a message posted to a
// module worker before its top-level await settles would find no handler.
// `extra`: more results of the app (e.g. from the full module) on window.result.
export function run(audit, version, worker, extra = {}) {
  const main = audit(PAGE.html, { url: PAGE.url }).score;
  worker.onmessage = (e) => {
    if (e.data === "ready") worker.postMessage(PAGE);
    else window.result = { main, worker: e.data, version: version(), ...extra };
  };
  worker.onerror = (e) => {
    window.result = { error: `worker: ${e.message}` };
  };
}
