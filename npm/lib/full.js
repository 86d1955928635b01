// The full engine module loaded at import: the bin and its helpers call its
// exports (../smo_audit.js) directly, and never need the page module.
import { loadFullSync } from "../node-full.js";

loadFullSync();
