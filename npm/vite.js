// Vite plugin (`smo-audit/vite`): after `vite build` has written the site, audit
// the output folder with the package's command (the native CLI's flags, config
// discovery, formats and gates) and fail the build when a gate fails (exit 1)
// or the folder cannot be audited (exit 2).
//
//   import { defineConfig } from "vite";
//   import smoAudit from "smo-audit/vite";
//   export default defineConfig({
//     plugins: [smoAudit({ baseUrl: "https://example.com", minScore: 80, formats: ["text", "sarif=smo.sarif"] })],
//   });
import { spawn } from "node:child_process";
import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("./bin/smo-audit.js", import.meta.url));

/** The command line of the options: what `smo-audit` is given after the folder. */
export function smoAuditArgs(options = {}) {
  const args = [];
  const flag = (name, value) => {
    if (value !== undefined && value !== null && value !== false) args.push(`--${name}`, String(value));
  };
  flag("base-url", options.baseUrl);
  flag("config", options.config);
  for (const f of options.formats ?? []) flag("format", f);
  flag("output", options.output);
  flag("fail-on", options.failOn);
  flag("min-score", options.minScore);
  flag("page-min-score", options.pageMinScore);
  flag("locale", options.locale);
  if (options.quiet) args.push("--quiet");
  return args.concat(options.args ?? []);
}

/** Run the package's bin: resolves to {code, stdout, stderr}. */
function run(args, cwd) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", fail);
    child.on("close", (code, signal) =>
      done({ code: code ?? `killed by ${signal}`, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }),
    );
  });
}

/** The plugin: `options` as in vite.d.ts. */
export default function smoAudit(options = {}) {
  let root = process.cwd();
  let outDir;
  let skip = false;
  return {
    name: "smo-audit",
    apply: "build",
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      // A server-side bundle is not the site.
      skip = Boolean(config.build.ssr);
    },
    closeBundle: {
      order: "post",
      sequential: true,
      async handler(error) {
        if (error || skip || options.enabled === false) return;
        if (this?.environment && this.environment.name !== "client") return;
        const dir = options.dir ? (isAbsolute(options.dir) ? options.dir : resolve(root, options.dir)) : outDir;
        const { code, stdout, stderr } = await run([dir, ...smoAuditArgs(options)], root);
        process.stdout.write(stdout);
        if (code === 0) {
          process.stderr.write(stderr);
          return;
        }
        const why = code === 1 ? "a gate failed" : code === 2 ? "the build output could not be audited" : `it stopped (${code})`;
        throw new Error(`smo-audit: ${why} (exit ${code})\n${stderr.trimEnd()}`);
      },
    },
  };
}

export { smoAudit };
