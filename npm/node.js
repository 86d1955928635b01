// Node entry: loads the WebAssembly engine synchronously from the package folder.
import { readFileSync } from "node:fs";
import { initSync } from "./smo_audit.js";

initSync({ module: readFileSync(new URL("./smo_audit_bg.wasm", import.meta.url)) });

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
