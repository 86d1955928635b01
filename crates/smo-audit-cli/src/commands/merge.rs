//! `smo-audit merge`: join the JSON reports of `--shard K/N` runs and
//! recompute the site checks over all pages (the engine's merge).

use std::path::Path;
use std::process::ExitCode;

use smo_audit::render::render_whole;
use smo_audit::{Options, SiteReport};

use super::audit::{locale_of, style_of};

use super::gates_exit;
use crate::args::MergeArgs;
use crate::config_file;
use crate::output::{emit, fail_usage, targets};

pub fn run(a: MergeArgs) -> ExitCode {
    let r = &a.report;
    let cfg = match config_file::discover(r.config.as_deref(), Path::new(".")) {
        Ok(c) => c,
        Err(e) => return fail_usage(e),
    };
    let mut shards = Vec::new();
    for f in &a.files {
        let text = match std::fs::read_to_string(f) {
            Ok(t) => t,
            Err(e) => return fail_usage(format!("cannot read {}: {}", f.display(), e)),
        };
        match serde_json::from_str::<SiteReport>(&text) {
            Ok(s) => shards.push(s),
            Err(e) => {
                return fail_usage(format!(
                    "{} is not a smo-audit site report (--format json): {}",
                    f.display(),
                    e
                ))
            }
        }
    }
    let opts = Options {
        locale: locale_of(r, &cfg),
        rules: cfg.rules.clone(),
        ..Default::default()
    };
    let site = match smo_audit::site::merge(shards, &opts) {
        Ok(s) => s,
        Err(e) => return fail_usage(e),
    };
    let labels = site.page_labels();
    let targets = match targets(&r.format, r.output.as_deref()) {
        Ok(t) => t,
        Err(e) => return fail_usage(e),
    };
    let style = style_of(r, &targets);
    // The shards' folder, so CI paths are those of an unsharded run.
    let root = site
        .site
        .data
        .as_ref()
        .and_then(|d| d.root.clone())
        .unwrap_or_default();
    for t in &targets {
        let out = render_whole(t.format, &site, &labels, style, &root);
        if let Err(c) = emit(&out, t.path.as_deref()) {
            return c;
        }
    }
    let gates = cfg.gates(r.fail_on.as_deref(), r.min_score, r.page_min_score);
    gates_exit(&gates.judge_site(&site, &labels))
}
