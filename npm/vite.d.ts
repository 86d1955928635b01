// Types of `smo-audit/vite`. The options are the command's flags (docs/cli.md of
// the repository).
import type { Plugin } from "vite";
import type { Format, Locale } from "./smo_audit.js";

export interface SmoAuditViteOptions {
  /** `--base-url`: the site's public address (pages get base URL + path). */
  baseUrl?: string;
  /** `--config`: the config file (default: smo-audit.toml found from the output folder upward). */
  config?: string;
  /** `--format NAME[=FILE]`, one each: e.g. `["text", "sarif=smo-audit.sarif", "markdown=smo-audit.md"]`; files are relative to Vite's root. */
  formats?: Array<Format | `${Format}=${string}`>;
  /** `--output FILE`: where the format without `=FILE` goes (default: standard output). */
  output?: string;
  /** `--fail-on`: fail the build on any failed check, or on any warning too. */
  failOn?: "fail" | "warn";
  /** `--min-score`: fail the build when the site score is under this. */
  minScore?: number;
  /** `--page-min-score`: fail the build when any page scores under this. */
  pageMinScore?: number;
  /** `--locale`: language of the messages. */
  locale?: Locale;
  /** `--quiet`: no progress output. */
  quiet?: boolean;
  /** Any other flags of the command, as written on its command line. */
  args?: string[];
  /** The folder to audit (default: Vite's `build.outDir`), relative to Vite's root. */
  dir?: string;
  /** `false` turns the plugin off (e.g. `enabled: !!process.env.CI`). */
  enabled?: boolean;
}

/** The Vite plugin: audits the build output after `vite build` and fails the build on the gates. */
export default function smoAudit(options?: SmoAuditViteOptions): Plugin;
export { smoAudit };
/** The command line the options give (what follows the folder). */
export function smoAuditArgs(options?: SmoAuditViteOptions): string[];
