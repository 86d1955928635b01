//! `smo-audit merge`: join the JSON reports of `--shard K/N` runs and
//! recompute the site checks over all pages (the engine's merge).

use std::path::Path;
use std::process::ExitCode;

use smo_audit::render::{render_whole, Format, Style};
use smo_audit::{Locale, Options, SiteReport};

use super::gates_exit;
use crate::args::MergeArgs;
use crate::config_file;
use crate::output::{emit, fail_usage};

pub fn run(a: MergeArgs) -> ExitCode {
    let cfg = match config_file::discover(a.config.as_deref(), Path::new(".")) {
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
        locale: Locale::parse(&a.locale).unwrap_or_default(),
        rules: cfg.rules.clone(),
        ..Default::default()
    };
    let site = match smo_audit::site::merge(shards, &opts) {
        Ok(s) => s,
        Err(e) => return fail_usage(e),
    };
    let labels = site.page_labels();
    let format = Format::parse(&a.format).unwrap_or(Format::Text);
    let out = render_whole(format, &site, &labels, Style::default(), "");
    if let Err(c) = emit(&out, a.output.as_deref()) {
        return c;
    }
    let gates = cfg.gates(a.fail_on.as_deref(), a.min_score, None);
    gates_exit(&gates.judge_site(&site, &labels))
}
