//! `smo-audit merge`: join the JSON reports of `--shard K/N` runs and
//! recompute the site checks over all pages (the engine's `run::merge_outputs`).

use std::path::Path;
use std::process::ExitCode;

use super::audit::terminal;
use super::gates_exit;
use crate::args::MergeArgs;
use crate::config_file;
use crate::output::{emit, fail_usage};

pub fn run(a: MergeArgs) -> ExitCode {
    let r = &a.report;
    let cfg = match config_file::discover(r.config.as_deref(), Path::new(".")) {
        Ok(c) => c,
        Err(e) => return fail_usage(e),
    };
    let mut shards = Vec::new();
    for f in &a.files {
        match std::fs::read_to_string(f) {
            Ok(t) => shards.push((f.display().to_string(), t)),
            Err(e) => return fail_usage(format!("cannot read {}: {}", f.display(), e)),
        }
    }
    let (targets, outs, verdict) = match smo_audit::run::merge_outputs(&r.flags(), &cfg, &shards, terminal())
    {
        Ok(x) => x,
        Err(e) => return fail_usage(e),
    };
    for (t, out) in targets.iter().zip(outs) {
        if let Err(c) = emit(&out, t.path.as_deref().map(Path::new)) {
            return c;
        }
    }
    gates_exit(&verdict)
}
