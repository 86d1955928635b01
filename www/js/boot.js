// Runs before the page is drawn (a classic script, not a module): served over
// http(s), the page hides its "serve this folder" notice. Opened from file://,
// the browser refuses the page's modules and the wasm engine, so the notice
// stays and says how to serve the folder.
if (location.protocol === 'http:' || location.protocol === 'https:') document.documentElement.classList.add('served');
