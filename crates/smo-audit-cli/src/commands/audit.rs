//! `smo-audit INPUT`: the settings every audit shares (config, locale, format,
//! options, gates), then one page (a file or standard input), a social profile
//! from its address alone, a folder ([`super::folder`]) or a live site
//! ([`super::crawl`]).

use std::io::{IsTerminal, Read};
use std::path::Path;
use std::process::ExitCode;

use smo_audit::config::Config;
use smo_audit::render::{self, Format, Style};
use smo_audit::report::gates::Gates;
use smo_audit::{Locale, Options, PageKind, Report, SiteReport};

use super::gates_exit;
use crate::args::AuditArgs;
use crate::config_file;
use crate::output::{emit, fail_usage};

/// What every kind of audit run shares.
pub struct Setup {
    pub cfg: Config,
    /// The options of every page (the page's URL and rules are set per page).
    pub opts: Options,
    pub format: Format,
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
    let out = render::render_page(setup.format, &report, &label, setup.style, "");
    if let Err(c) = emit(&out, args.output.as_deref()) {
        return c;
    }
    let site = SiteReport::new(vec![report], vec![]);
    gates_exit(&setup.gates.check_site(&site, &[label]))
}

/// The config (found from `start` upward, or `--config`), with the flags winning.
fn setup(args: &AuditArgs, start: &Path) -> Result<Setup, ExitCode> {
    let cfg = config_file::discover(args.config.as_deref(), start).map_err(fail_usage)?;
    let locale = if args.locale == "en" {
        cfg.locale.as_deref().and_then(Locale::parse).unwrap_or_default()
    } else {
        Locale::parse(&args.locale).unwrap_or_default()
    };
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
    let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let style = Style {
        color: to_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        verbose: args.verbose,
    };
    let base_url = args.base_url.clone().or_else(|| cfg.base_url.clone());
    if let Some(b) = &base_url {
        if url::Url::parse(b)
            .map(|u| !matches!(u.scheme(), "http" | "https"))
            .unwrap_or(true)
        {
            return Err(fail_usage(format!(
                "--base-url {:?} is not an absolute http(s) URL; give e.g. https://example.com",
                b
            )));
        }
    }
    let gates = cfg.gates(args.fail_on.as_deref(), args.min_score, args.page_min_score);
    Ok(Setup {
        cfg,
        opts,
        format: Format::parse(&args.format).unwrap_or(Format::Text),
        style,
        base_url,
        gates,
    })
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
    let report = smo_audit::audit(&bytes, &opts).map_err(|e| fail_usage(format!("{}: {}", input, e)))?;
    Ok((report, label))
}
