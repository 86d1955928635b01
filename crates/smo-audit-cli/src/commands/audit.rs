//! `smo-audit INPUT`: the settings every audit shares (config, locale, format,
//! options, gates), then one page (a file or standard input), a social profile
//! from its address alone, a folder ([`super::folder`]) or a live site
//! ([`super::crawl`]).

use std::io::{IsTerminal, Read};
use std::path::Path;
use std::process::ExitCode;

use smo_audit::config::Config;
use smo_audit::render::{self, Level, Style};
use smo_audit::report::baseline::Baseline;
use smo_audit::report::gates::Gates;
use smo_audit::{Locale, Options, PageKind, Report, SiteReport};

use super::gates_exit;
use crate::args::{AuditArgs, ReportArgs};
use crate::config_file;
use crate::output::{emit, fail_usage, targets, Target};

/// What every kind of audit run shares.
pub struct Setup {
    pub cfg: Config,
    /// The options of every page (the page's URL and rules are set per page).
    pub opts: Options,
    /// The outputs (`--format NAME[=FILE]`, `--output`).
    pub targets: Vec<Target>,
    pub style: Style,
    pub base_url: Option<String>,
    pub gates: Gates,
}

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
    for t in &setup.targets {
        let out = render::render_page(t.format, &report, &label, setup.style, "");
        if let Err(c) = emit(&out, t.path.as_deref()) {
            return c;
        }
    }
    let site = SiteReport::new(vec![report], vec![]);
    gates_exit(&setup.gates.judge_site(&site, &[label]))
}

/// The config (found from `start` upward, or `--config`), with the flags winning.
fn setup(args: &AuditArgs, start: &Path) -> Result<Setup, ExitCode> {
    let r = &args.report;
    let cfg = config_file::discover(r.config.as_deref(), start).map_err(fail_usage)?;
    let locale = locale_of(r, &cfg);
    let opts = Options {
        url: None,
        locale,
        kind: args.kind.as_deref().and_then(PageKind::parse),
        language: args.language.clone(),
        content_type: None,
        max_bytes: args.max_bytes,
        max_depth: smo_audit::input::DEFAULT_MAX_DEPTH,
        rules: cfg.rules.clone(),
        include_text: args.include_text,
    };
    let targets = targets(&r.format, r.output.as_deref()).map_err(fail_usage)?;
    let style = style_of(r, &targets);
    let base_url = args.base_url.clone().or_else(|| cfg.base_url.clone());
    if let Some(b) = &base_url {
        if let Err(why) = smo_audit::config::absolute_http(b) {
            return Err(fail_usage(format!(
                "--base-url {:?} is not an absolute http(s) URL ({}); give e.g. https://example.com",
                b, why
            )));
        }
    }
    let mut gates = cfg.gates(r.fail_on.as_deref(), r.min_score, r.page_min_score);
    if let Some(b) = &args.baseline {
        let text = std::fs::read_to_string(b)
            .map_err(|e| fail_usage(format!("cannot read the baseline {}: {}", b.display(), e)))?;
        gates.baseline = Some(Baseline::from_json(&text, &b.display().to_string()).map_err(fail_usage)?);
    }
    Ok(Setup {
        cfg,
        opts,
        targets,
        style,
        base_url,
        gates,
    })
}

/// The messages' language: `--locale`, else the config's, else English.
pub fn locale_of(r: &ReportArgs, cfg: &Config) -> Locale {
    match r.locale.as_str() {
        "en" => cfg.locale.as_deref().and_then(Locale::parse).unwrap_or_default(),
        l => Locale::parse(l).unwrap_or_default(),
    }
}

/// How the outputs are shaped: colour only on a terminal (without NO_COLOR)
/// when standard output is one of them; the levels and caps of the flags.
pub fn style_of(r: &ReportArgs, targets: &[Target]) -> Style {
    let to_terminal = targets.iter().any(|t| t.path.is_none()) && std::io::stdout().is_terminal();
    Style {
        color: to_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        verbose: r.verbose,
        level: r.level.as_deref().and_then(Level::parse).unwrap_or_default(),
        summary: r.summary,
        max_results: r.max_results,
        max_annotations: r.max_annotations,
        no_facts: r.no_facts,
    }
}

/// A social profile audited from its address alone.
fn profile(u: &str, setup: &Setup) -> Result<Report, ExitCode> {
    let opts = Options {
        url: Some(u.to_string()),
        kind: Some(PageKind::Profile),
        rules: setup.cfg.rules_for(u),
        ..setup.opts.clone()
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
    let opts = Options {
        url,
        rules: setup.cfg.rules_for(&label),
        ..setup.opts.clone()
    };
    let mut report = smo_audit::audit(&bytes, &opts).map_err(|e| fail_usage(format!("{}: {}", input, e)))?;
    if input != "-" {
        report.path = Some(input.replace('\\', "/"));
    }
    Ok((report, label))
}
