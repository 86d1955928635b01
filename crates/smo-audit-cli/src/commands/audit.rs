//! `smo-audit INPUT`: the settings every audit shares (config, locale, format,
//! options, gates), then one page (a file or standard input), a social profile
//! from its address alone, a folder ([`super::folder`]) or a live site
//! ([`super::crawl`]).

use std::io::{IsTerminal, Read};
use std::path::Path;
use std::process::ExitCode;

use smo_audit::{Options, PageKind, Report};

use super::gates_exit;
use crate::args::AuditArgs;
use crate::config_file;
use crate::output::{emit, fail_usage};

pub use smo_audit::run::Setup;

pub fn run(args: AuditArgs) -> ExitCode {
    // No input: a URL-only social profile audit (`--kind profile --url PROFILE-URL`).
    let profile_url = match (&args.input, &args.url) {
        (Some(_), _) => None,
        (None, Some(u)) => {
            let known = url::Url::parse(u)
                .ok()
                .and_then(|p| smo_audit::catalog::profile_from_url(&p))
                .is_some();
            if args.kind.as_deref() == Some("profile") || known {
                Some(u.clone())
            } else {
                return fail_usage(format!(
                    "{:?} is not a social profile address; give the page's HTML file (or - for standard input) with --url, or audit a profile with --kind profile --url PROFILE-URL",
                    u
                ));
            }
        }
        (None, None) => {
            return fail_usage(
                "give an HTML file, a folder, - for standard input, an http(s) URL to crawl, or --kind profile --url PROFILE-URL",
            )
        }
    };
    let input = args.input.clone().unwrap_or_else(|| ".".to_string());
    let path = Path::new(&input);
    let setup = match setup(&args, if input == "-" { Path::new(".") } else { path }) {
        Ok(s) => s,
        Err(c) => return c,
    };
    if !args.only.is_empty() && (profile_url.is_some() || input == "-" || !path.is_dir()) {
        return fail_usage("--only picks pages of a folder; give the folder as the input");
    }
    if profile_url.is_none() && (input.starts_with("http://") || input.starts_with("https://")) {
        return super::crawl::run(&input, &args, &setup);
    }
    if profile_url.is_none() && input != "-" && path.is_dir() {
        return super::folder::run(path, &args, &setup);
    }
    let (report, label) = match profile_url {
        Some(u) => match profile(&u, &setup) {
            Ok(r) => (r, u),
            Err(c) => return c,
        },
        None => match page(&input, &args, &setup) {
            Ok(r) => r,
            Err(c) => return c,
        },
    };
    let (outs, verdict) = smo_audit::run::page_outputs(&setup, report, &label);
    for (t, out) in setup.targets.iter().zip(outs) {
        if let Err(c) = emit(&out, t.path.as_deref().map(Path::new)) {
            return c;
        }
    }
    gates_exit(&verdict)
}

/// The config (found from `start` upward, or `--config`) and the baseline
/// read here; their meaning, with the flags winning, is the engine's.
fn setup(args: &AuditArgs, start: &Path) -> Result<Setup, ExitCode> {
    let r = &args.report;
    let cfg = config_file::discover(r.config.as_deref(), start).map_err(fail_usage)?;
    let baseline = match &args.baseline {
        Some(b) => Some((
            std::fs::read_to_string(b)
                .map_err(|e| fail_usage(format!("cannot read the baseline {}: {}", b.display(), e)))?,
            b.display().to_string(),
        )),
        None => None,
    };
    Setup::new(
        &r.flags(),
        &args.flags(),
        cfg,
        baseline.as_ref().map(|(t, f)| (t.as_str(), f.as_str())),
        terminal(),
    )
    .map_err(fail_usage)
}

/// Whether standard output is a terminal and NO_COLOR asks for no colour.
pub fn terminal() -> smo_audit::run::Terminal {
    smo_audit::run::Terminal {
        stdout_is_terminal: std::io::stdout().is_terminal(),
        no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
    }
}

/// A social profile audited from its address alone.
fn profile(u: &str, setup: &Setup) -> Result<Report, ExitCode> {
    let opts = Options {
        kind: Some(PageKind::Profile),
        ..setup.page_options(u, Some(u.to_string()))
    };
    smo_audit::audit_profile_url(u, &opts).map_err(|e| fail_usage(format!("{}: {}", u, e)))
}

/// One page: a file or standard input; its label is the file name or `<stdin>`.
fn page(input: &str, args: &AuditArgs, setup: &Setup) -> Result<(Report, String), ExitCode> {
    let path = Path::new(input);
    let bytes = if input == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .take(args.max_bytes as u64 + 1)
            .read_to_end(&mut buf)
            .map_err(|e| fail_usage(format!("cannot read standard input: {}", e)))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| fail_usage(format!("cannot read {}: {}", input, e)))?
    };
    let url = match (&args.url, &setup.base_url) {
        (Some(u), _) => Some(u.clone()),
        (None, Some(b)) if input != "-" => {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            Some(smo_audit::site::url_for(b, &name).map_err(fail_usage)?)
        }
        _ => None,
    };
    let label = if input == "-" {
        "<stdin>".to_string()
    } else {
        input.to_string()
    };
    let opts = setup.page_options(&label, url);
    let mut report = smo_audit::audit(&bytes, &opts).map_err(|e| fail_usage(format!("{}: {}", input, e)))?;
    if input != "-" {
        report.path = Some(input.replace('\\', "/"));
    }
    Ok((report, label))
}
