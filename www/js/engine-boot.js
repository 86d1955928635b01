// Starts the audit engine as soon as this small module arrives (loaded `async`,
// ahead of the page's other modules): the wasm compiles and the engine's worker
// starts while the rest of the page's code loads. js/engine.js is the one
// instance the page then uses; a failure here is reported by the page's own
// call to loadEngine (which starts again).
import { loadEngine } from './engine.js';

loadEngine().catch(() => {});
