//! The `smo-audit` command line.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use rayon::prelude::*;

use smo_audit::checks::registry;
use smo_audit::report::render::{self, Format, Style};
use smo_audit::{Locale, Options, PageKind, Report, SiteReport};

#[derive(Parser, Debug)]
#[command(
    name = "smo-audit",
    version,
    about = "Social media optimization audit: a scored checklist of share buttons, Open Graph & cards, keyword-friendly URLs, navigation and readability, with a fix for every failure.",
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Cmd>,
    #[command(flatten)]
    audit: AuditArgs,
}

#[derive(clap::Args, Debug)]
struct AuditArgs {
    /// An HTML file, a folder of built pages, or - for standard input.
    #[arg(required = true)]
    input: Option<String>,
    /// The page's public URL (one page).
    #[arg(long)]
    url: Option<String>,
    /// The site's public URL; a folder's pages get base URL + relative path.
    #[arg(long = "base-url")]
    base_url: Option<String>,
    /// Output format.
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    format: String,
    /// Language of the messages.
    #[arg(long, default_value = "en", value_parser = ["en", "tr"])]
    locale: String,
    /// Exit with 1 when a page scores under this.
    #[arg(long = "min-score", value_parser = clap::value_parser!(u32).range(0..=100))]
    min_score: Option<u32>,
    /// Force the page kind.
    #[arg(long, value_parser = ["home", "article", "page", "profile"])]
    kind: Option<String>,
    /// Force the text language (BCP 47, e.g. tr, en, de).
    #[arg(long)]
    language: Option<String>,
    /// Largest page to read, in bytes.
    #[arg(long = "max-bytes", default_value_t = smo_audit::input::DEFAULT_MAX_BYTES)]
    max_bytes: usize,
    /// Show passing and skipped checks too.
    #[arg(short, long)]
    verbose: bool,
}

#[derive(Subcommand, Debug)]
enum Cmd {
    /// List every check with its category, weight and title.
    Rules {
        #[arg(long, default_value = "en", value_parser = ["en", "tr"])]
        locale: String,
        #[arg(long, default_value = "text", value_parser = ["text", "json", "markdown"])]
        format: String,
    },
    /// Explain one check: what it looks at, why, how to fix it, an example.
    Explain {
        id: String,
        #[arg(long, default_value = "en", value_parser = ["en", "tr"])]
        locale: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Cmd::Rules { locale, format }) => rules(&locale, &format),
        Some(Cmd::Explain { id, locale }) => explain(&id, &locale),
        None => run_audit(cli.audit),
    }
}

fn fail_usage(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("smo-audit: {}", msg);
    ExitCode::from(2)
}

fn rules(locale: &str, format: &str) -> ExitCode {
    let loc = Locale::parse(locale).unwrap_or_default();
    let mut out = String::new();
    match format {
        "json" => {
            let v: Vec<serde_json::Value> = registry::all()
                .map(|c| {
                    serde_json::json!({
                        "id": c.id, "category": c.category.id(), "weight": c.weight,
                        "title": c.title.get(loc), "help": c.help.get(loc),
                        "what": c.doc.what, "why": c.doc.why, "fix": c.doc.fix,
                        "example": c.doc.example, "sources": c.doc.sources,
                    })
                })
                .collect();
            out = serde_json::to_string_pretty(&v).unwrap_or_default();
            out.push('\n');
        }
        "markdown" => {
            out.push_str("# smo-audit rules\n\n");
            let mut last = None;
            for c in registry::all() {
                if last != Some(c.category) {
                    out.push_str(&format!(
                        "\n## {} — {}\n\n",
                        c.category.id(),
                        c.category.title(loc)
                    ));
                    last = Some(c.category);
                }
                out.push_str(&explain_text(c, loc, true));
                out.push('\n');
            }
        }
        _ => {
            for c in registry::all() {
                out.push_str(&format!(
                    "{:<24} {:<12} w{}  {}\n",
                    c.id,
                    c.category.id(),
                    c.weight,
                    c.title.get(loc)
                ));
            }
        }
    }
    print_out(&out)
}

fn explain_text(c: &smo_audit::checks::Check, loc: Locale, md: bool) -> String {
    let h = if md { "### " } else { "" };
    let mut s = format!(
        "{h}{} ({}, weight {})\n{}\n\nWhat: {}\n\nWhy: {}\n\nFix: {}\n\nExample:\n    {}\n",
        c.id,
        c.category.id(),
        c.weight,
        c.title.get(loc),
        c.doc.what,
        c.doc.why,
        c.doc.fix,
        c.doc.example
    );
    if !c.doc.sources.is_empty() {
        s.push_str("\nSources:\n");
        for src in c.doc.sources {
            s.push_str(&format!("  - {}\n", src));
        }
    }
    s
}

fn explain(id: &str, locale: &str) -> ExitCode {
    let loc = Locale::parse(locale).unwrap_or_default();
    match registry::find(id) {
        Some(c) => print_out(&explain_text(c, loc, false)),
        None => {
            let near: Vec<&str> = registry::all()
                .map(|c| c.id)
                .filter(|c| c.contains(id) || id.contains(*c) || c.split('-').any(|p| id.contains(p)))
                .take(5)
                .collect();
            let hint = if near.is_empty() {
                "run `smo-audit rules` for the list".to_string()
            } else {
                format!("did you mean {}?", near.join(", "))
            };
            fail_usage(format!("no check has the id {:?}; {}", id, hint))
        }
    }
}

fn print_out(s: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    if stdout
        .write_all(s.as_bytes())
        .and_then(|_| stdout.flush())
        .is_err()
    {
        // A closed pipe (`| head`) is not an error of ours.
        return ExitCode::SUCCESS;
    }
    ExitCode::SUCCESS
}

/// A page found in a folder: its file, label and URL.
struct PageInput {
    path: PathBuf,
    label: String,
    url: Option<String>,
}

use smo_audit::site::url_for;

fn collect_pages(dir: &Path, base_url: Option<&str>) -> Result<Vec<PageInput>, String> {
    let mut pages = Vec::new();
    for entry in walkdir::WalkDir::new(dir).follow_links(false).sort_by_file_name() {
        let entry = entry.map_err(|e| format!("cannot read {}: {}", dir.display(), e))?;
        if !entry.file_type().is_file() {
            continue;
        }
        let p = entry.path();
        let is_html = p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
        if !is_html {
            continue;
        }
        let rel = p
            .strip_prefix(dir)
            .unwrap_or(p)
            .to_string_lossy()
            .replace('\\', "/");
        let url = match base_url {
            Some(b) => Some(url_for(b, &rel)?),
            None => None,
        };
        pages.push(PageInput {
            path: p.to_path_buf(),
            label: rel,
            url,
        });
    }
    Ok(pages)
}

fn run_audit(args: AuditArgs) -> ExitCode {
    let Some(input) = args.input.clone() else {
        return fail_usage("give an HTML file, a folder, or - for standard input");
    };
    let locale = Locale::parse(&args.locale).unwrap_or_default();
    let format = Format::parse(&args.format).unwrap_or(Format::Text);
    let base_opts = Options {
        url: None,
        locale,
        kind: args.kind.as_deref().and_then(PageKind::parse),
        language: args.language.clone(),
        content_type: None,
        max_bytes: args.max_bytes,
        max_depth: smo_audit::input::DEFAULT_MAX_DEPTH,
        rules: Default::default(),
    };
    let style = Style {
        color: std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        verbose: args.verbose,
    };
    if let Some(b) = &args.base_url {
        if url::Url::parse(b)
            .map(|u| !matches!(u.scheme(), "http" | "https"))
            .unwrap_or(true)
        {
            return fail_usage(format!(
                "--base-url {:?} is not an absolute http(s) URL; give e.g. https://example.com",
                b
            ));
        }
    }

    let path = Path::new(&input);
    if input != "-" && path.is_dir() {
        return audit_dir(path, &args, &base_opts, format, style);
    }
    // One page: a file or standard input.
    let bytes = if input == "-" {
        let mut buf = Vec::new();
        if let Err(e) = std::io::stdin()
            .take(args.max_bytes as u64 + 1)
            .read_to_end(&mut buf)
        {
            return fail_usage(format!("cannot read standard input: {}", e));
        }
        buf
    } else {
        match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => return fail_usage(format!("cannot read {}: {}", input, e)),
        }
    };
    let url = match (&args.url, &args.base_url) {
        (Some(u), _) => Some(u.clone()),
        (None, Some(b)) if input != "-" => {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            match url_for(b, &name) {
                Ok(u) => Some(u),
                Err(e) => return fail_usage(e),
            }
        }
        _ => None,
    };
    let opts = Options { url, ..base_opts };
    let report = match smo_audit::audit(&bytes, &opts) {
        Ok(r) => r,
        Err(e) => return fail_usage(format!("{}: {}", input, e)),
    };
    let out = match format {
        Format::Json => render::json_page(&report) + "\n",
        Format::Text => render::text_page(&report, if input == "-" { "<stdin>" } else { &input }, style),
    };
    let code = print_out(&out);
    if args.min_score.is_some_and(|m| report.score < m) {
        eprintln!(
            "smo-audit: score {} is under --min-score {}",
            report.score,
            args.min_score.unwrap_or(0)
        );
        return ExitCode::from(1);
    }
    code
}

fn audit_dir(dir: &Path, args: &AuditArgs, base_opts: &Options, format: Format, style: Style) -> ExitCode {
    if args.url.is_some() {
        return fail_usage("--url names one page; for a folder give --base-url");
    }
    let pages = match collect_pages(dir, args.base_url.as_deref()) {
        Ok(p) => p,
        Err(e) => return fail_usage(e),
    };
    if pages.is_empty() {
        return fail_usage(format!("no .html files under {}", dir.display()));
    }
    let results: Vec<Result<Report, String>> = pages
        .par_iter()
        .map(|p| {
            let bytes =
                std::fs::read(&p.path).map_err(|e| format!("cannot read {}: {}", p.path.display(), e))?;
            let opts = Options {
                url: p.url.clone(),
                ..base_opts.clone()
            };
            smo_audit::audit(&bytes, &opts).map_err(|e| format!("{}: {}", p.label, e))
        })
        .collect();
    let mut reports = Vec::new();
    let mut labels = Vec::new();
    let mut had_error = false;
    for (p, r) in pages.iter().zip(results) {
        match r {
            Ok(r) => {
                reports.push(r);
                labels.push(p.label.clone());
            }
            Err(e) => {
                eprintln!("smo-audit: {}", e);
                had_error = true;
            }
        }
    }
    let under: Vec<(String, u32)> = match args.min_score {
        Some(m) => reports
            .iter()
            .zip(&labels)
            .filter(|(r, _)| r.score < m)
            .map(|(r, l)| (l.clone(), r.score))
            .collect(),
        None => vec![],
    };
    let site = SiteReport::new(reports, vec![]);
    let out = match format {
        Format::Json => render::json_site(&site) + "\n",
        Format::Text => render::text_site(&site, &labels, style),
    };
    print_out(&out);
    if had_error {
        return ExitCode::from(2);
    }
    if !under.is_empty() {
        for (l, s) in &under {
            eprintln!(
                "smo-audit: {} scored {}, under --min-score {}",
                l,
                s,
                args.min_score.unwrap_or(0)
            );
        }
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
