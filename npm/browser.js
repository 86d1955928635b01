// Browser / bundler entry: fetches and instantiates the WebAssembly engine once
// (top-level await), so the functions are ready when the import resolves.
import init from "./smo_audit.js";

await init({ module_or_path: new URL("./smo_audit_bg.wasm", import.meta.url) });

export {
  audit,
  auditSite,
  auditProfileUrl,
  profileFromUrl,
  render,
  rules,
  urlFor,
  version,
  auditRendered,
  auditProfileUrlRendered,
  auditSiteRendered,
  parseConfig,
  configIgnored,
  configRulesFor,
  configTemplate,
  configFileName,
  gates,
  ruleDocs,
  explain,
  inShard,
  shardSpec,
  baseUrlProblem,
  merge,
  mergeRendered,
} from "./smo_audit.js";
