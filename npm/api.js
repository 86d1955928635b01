// The package's functions: the one list that every entry (node.js, node.cjs,
// browser.js, web.js) re-exports; api.d.ts declares their types. A new export
// of crates/smo-audit-wasm goes here: in PAGE when the page module has it (not
// behind the crate's feature "full"), else in FULL.
import { fullModule, pageModule } from "./modules.js";

// Each call goes to the module that has the function (modules.js); the name is kept.
const onPage = (name) => ({ [name]: (...args) => pageModule()[name](...args) })[name];
const onFull = (name) => ({ [name]: (...args) => fullModule(name)[name](...args) })[name];

// The page module (smo_audit_page_bg.wasm), loaded first.
export const audit = onPage("audit");
export const auditProfileUrl = onPage("auditProfileUrl");
export const profileFromUrl = onPage("profileFromUrl");
export const rules = onPage("rules");
export const urlFor = onPage("urlFor");
export const version = onPage("version");
export const formats = onPage("formats");
export const baseUrlProblem = onPage("baseUrlProblem");

// The full module (smo_audit_bg.wasm), loaded when first needed.
export const auditSite = onFull("auditSite");
export const render = onFull("render");
export const auditRendered = onFull("auditRendered");
export const auditProfileUrlRendered = onFull("auditProfileUrlRendered");
export const auditSiteRendered = onFull("auditSiteRendered");
export const parseConfig = onFull("parseConfig");
export const configIgnored = onFull("configIgnored");
export const configRulesFor = onFull("configRulesFor");
export const configTemplate = onFull("configTemplate");
export const configFileName = onFull("configFileName");
export const gates = onFull("gates");
export const ruleDocs = onFull("ruleDocs");
export const explain = onFull("explain");
export const inShard = onFull("inShard");
export const shardSpec = onFull("shardSpec");
export const merge = onFull("merge");
export const mergeRendered = onFull("mergeRendered");
