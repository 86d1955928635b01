//! The `smo-audit` command line.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use rayon::prelude::*;

use smo_audit::config::Config;

mod config_file;
mod crawl;
use smo_audit::render::spool::{MemPages, Spool};
use smo_audit::render::{Format, Setup, SiteEnd, Style, FORMATS};
use smo_audit::report::PageRecord;
use smo_audit::site::{FileInfo, PageSummary, SiteData, SitePage};
use smo_audit::{Locale, Options, PageKind, SiteReport};

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
    /// An HTML file, a folder of built pages, - for standard input, or an http(s) URL to crawl.
    /// Leave it out for a URL-only social profile audit: --kind profile --url PROFILE-URL.
    input: Option<String>,
    /// The page's public URL (one page).
    #[arg(long)]
    url: Option<String>,
    /// The site's public URL; a folder's pages get base URL + relative path.
    #[arg(long = "base-url")]
    base_url: Option<String>,
    /// Output format (markdown fits a PR comment or $GITHUB_STEP_SUMMARY; sarif for code scanning).
    #[arg(long, default_value = "text", value_parser = FORMATS)]
    format: String,
    /// Write the report to this file instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Exit with 1 on any failed check (`fail`) or on any warning too (`warn`).
    #[arg(long = "fail-on", value_parser = ["fail", "warn"])]
    fail_on: Option<String>,
    /// The config file (default: smo-audit.toml in the audited folder or above).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Audit only shard K of N (1-based, e.g. 2/4): pages split by a hash of their path.
    #[arg(long, value_parser = parse_shard)]
    shard: Option<(u32, u32)>,
    /// Crawl: most pages to fetch from a live site.
    #[arg(long = "max-pages", default_value_t = 100)]
    max_pages: usize,
    /// Crawl: pages fetched at the same time.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    concurrency: u16,
    /// Crawl: seconds before a request gives up.
    #[arg(long, default_value_t = 15)]
    timeout: u64,
    /// No progress output on standard error.
    #[arg(short, long)]
    quiet: bool,
    /// Language of the messages.
    #[arg(long, default_value = "en", value_parser = ["en", "tr"])]
    locale: String,
    /// Exit with 1 when the score (the site score for a folder) is under this.
    #[arg(long = "min-score", value_parser = clap::value_parser!(u32).range(0..=100))]
    min_score: Option<u32>,
    /// Exit with 1 when any page of a folder scores under this.
    #[arg(long = "page-min-score", value_parser = clap::value_parser!(u32).range(0..=100))]
    page_min_score: Option<u32>,
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
    /// Write a commented smo-audit.toml in the current folder (or PATH).
    Init {
        #[arg(default_value = "smo-audit.toml")]
        path: PathBuf,
        /// Overwrite an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Merge shard reports (--format json of --shard K/N runs) and recompute the site checks.
    Merge {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long, default_value = "text", value_parser = FORMATS)]
        format: String,
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[arg(long, default_value = "en", value_parser = ["en", "tr"])]
        locale: String,
        #[arg(long = "min-score", value_parser = clap::value_parser!(u32).range(0..=100))]
        min_score: Option<u32>,
        #[arg(long = "fail-on", value_parser = ["fail", "warn"])]
        fail_on: Option<String>,
        #[arg(long)]
        config: Option<PathBuf>,
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
        Some(Cmd::Init { path, force }) => init(&path, force),
        Some(Cmd::Merge {
            files,
            format,
            output,
            locale,
            min_score,
            fail_on,
            config,
        }) => merge(files, &format, output, &locale, min_score, fail_on, config),
        None => run_audit(cli.audit),
    }
}

fn parse_shard(s: &str) -> Result<(u32, u32), String> {
    let (k, n) = s.split_once('/').ok_or("give the shard as K/N, e.g. 1/4")?;
    let k: u32 = k.trim().parse().map_err(|_| "K in K/N must be a number")?;
    let n: u32 = n.trim().parse().map_err(|_| "N in K/N must be a number")?;
    if n == 0 || k == 0 || k > n {
        return Err(format!("shard {}/{}: K must be between 1 and N", k, n));
    }
    Ok((k, n))
}

fn init(path: &Path, force: bool) -> ExitCode {
    if path.exists() && !force {
        return fail_usage(format!("{} exists; add --force to overwrite it", path.display()));
    }
    match std::fs::write(path, smo_audit::config::template()) {
        Ok(()) => {
            eprintln!("smo-audit: wrote {}", path.display());
            ExitCode::SUCCESS
        }
        Err(e) => fail_usage(format!("cannot write {}: {}", path.display(), e)),
    }
}

fn load_config(explicit: Option<&Path>, start: &Path) -> Result<Config, String> {
    config_file::discover(explicit, start)
}

/// Write to --output or standard output.
fn emit(out: &str, output: Option<&Path>) -> Result<(), ExitCode> {
    match output {
        Some(p) => {
            std::fs::write(p, out).map_err(|e| fail_usage(format!("cannot write {}: {}", p.display(), e)))
        }
        None => {
            print_out(out);
            Ok(())
        }
    }
}

/// The gates of a whole in-memory report (one page, or merged shards).
fn gates(
    s: &SiteReport,
    labels: &[String],
    fail_on: Option<&str>,
    min_score: Option<u32>,
    page_min: Option<u32>,
    site_mode: bool,
) -> bool {
    let records: Vec<PageRecord> = s
        .pages
        .iter()
        .zip(labels)
        .map(|(r, l)| PageRecord::of(r, l))
        .collect();
    let score = if site_mode {
        s.score
    } else {
        s.pages.first().map(|p| p.score).unwrap_or(0)
    };
    gates_records(&records, &s.site.checks, score, (fail_on, min_score, page_min))
}

#[allow(clippy::too_many_arguments)]
fn merge(
    files: Vec<PathBuf>,
    format: &str,
    output: Option<PathBuf>,
    locale: &str,
    min_score: Option<u32>,
    fail_on: Option<String>,
    config: Option<PathBuf>,
) -> ExitCode {
    let cfg = match load_config(config.as_deref(), Path::new(".")) {
        Ok(c) => c,
        Err(e) => return fail_usage(e),
    };
    let mut shards = Vec::new();
    for f in &files {
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
        locale: Locale::parse(locale).unwrap_or_default(),
        rules: cfg.rules.clone(),
        ..Default::default()
    };
    let site = match smo_audit::site::merge(shards, &opts) {
        Ok(s) => s,
        Err(e) => return fail_usage(e),
    };
    let labels = site.page_labels();
    let out = smo_audit::render::render_whole(
        Format::parse(format).unwrap_or(Format::Text),
        &site,
        &labels,
        Style::default(),
        "",
    );
    if let Err(c) = emit(&out, output.as_deref()) {
        return c;
    }
    if gates(
        &site,
        &labels,
        fail_on.as_deref().or(cfg.fail_on.as_deref()),
        min_score.or(cfg.min_score),
        cfg.page_min_score,
        true,
    ) {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

fn fail_usage(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("smo-audit: {}", msg);
    ExitCode::from(2)
}

fn rules(locale: &str, format: &str) -> ExitCode {
    match smo_audit::checks::docs::list(Locale::parse(locale).unwrap_or_default(), format) {
        Ok(out) => print_out(&out),
        Err(e) => fail_usage(e),
    }
}

fn explain(id: &str, locale: &str) -> ExitCode {
    match smo_audit::checks::docs::explain(id, Locale::parse(locale).unwrap_or_default()) {
        Ok(out) => print_out(&out),
        Err(e) => fail_usage(e),
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

/// Pages, other files, and robots.txt of a folder.
type Collected = (Vec<PageInput>, BTreeMap<String, FileInfo>, Option<String>);

/// A page found in a folder: its file and path relative to the root.
struct PageInput {
    path: PathBuf,
    label: String,
}

use smo_audit::site::url_for;

fn is_html(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// Walk the folder: HTML pages (minus ignored ones) and every other file's size
/// and image dimensions (read from the first bytes; no full decode).
fn collect(dir: &Path, cfg: &Config) -> Result<Collected, String> {
    let mut pages = Vec::new();
    let mut files = BTreeMap::new();
    let mut robots = None;
    for entry in walkdir::WalkDir::new(dir).follow_links(false).sort_by_file_name() {
        let entry = entry.map_err(|e| format!("cannot read {}: {}", dir.display(), e))?;
        if !entry.file_type().is_file() {
            continue;
        }
        let p = entry.path();
        let rel = p
            .strip_prefix(dir)
            .unwrap_or(p)
            .to_string_lossy()
            .replace('\\', "/");
        if is_html(p) {
            if !cfg.ignored(&rel) {
                pages.push(PageInput {
                    path: p.to_path_buf(),
                    label: rel,
                });
            }
            continue;
        }
        let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
        let mut head = Vec::new();
        if let Ok(f) = std::fs::File::open(p) {
            let _ = f.take(256 * 1024).read_to_end(&mut head);
        }
        if rel == "robots.txt" {
            robots = Some(String::from_utf8_lossy(&head).into_owned());
        }
        files.insert(rel.clone(), FileInfo::from_bytes(&rel, size, &head));
    }
    Ok((pages, files, robots))
}

fn run_audit(args: AuditArgs) -> ExitCode {
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
    let start = if input == "-" { Path::new(".") } else { path };
    let cfg = match load_config(args.config.as_deref(), start) {
        Ok(c) => c,
        Err(e) => return fail_usage(e),
    };
    let locale = if args.locale == "en" {
        cfg.locale.as_deref().and_then(Locale::parse).unwrap_or_default()
    } else {
        Locale::parse(&args.locale).unwrap_or_default()
    };
    let format = Format::parse(&args.format).unwrap_or(Format::Text);
    let base_opts = Options {
        url: None,
        locale,
        kind: args.kind.as_deref().and_then(PageKind::parse),
        language: args.language.clone(),
        content_type: None,
        max_bytes: args.max_bytes,
        max_depth: smo_audit::input::DEFAULT_MAX_DEPTH,
        rules: cfg.rules.clone(),
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
            return fail_usage(format!(
                "--base-url {:?} is not an absolute http(s) URL; give e.g. https://example.com",
                b
            ));
        }
    }
    let fail_on = args.fail_on.clone().or_else(|| cfg.fail_on.clone());
    let min_score = args.min_score.or(cfg.min_score);
    let page_min = args.page_min_score.or(cfg.page_min_score);

    if profile_url.is_none() && (input.starts_with("http://") || input.starts_with("https://")) {
        return audit_crawl(
            &input,
            &args,
            &cfg,
            &base_opts,
            format,
            style,
            (fail_on.as_deref(), min_score, page_min),
        );
    }
    if profile_url.is_none() && input != "-" && path.is_dir() {
        return audit_dir(
            path,
            &args,
            &cfg,
            &base_opts,
            base_url.as_deref(),
            format,
            style,
            (fail_on.as_deref(), min_score, page_min),
        );
    }
    let (report, label) = if let Some(u) = profile_url {
        let opts = Options {
            url: Some(u.clone()),
            kind: Some(PageKind::Profile),
            rules: cfg.rules_for(&u),
            ..base_opts
        };
        match smo_audit::audit_profile_url(&u, &opts) {
            Ok(r) => (r, u),
            Err(e) => return fail_usage(format!("{}: {}", u, e)),
        }
    } else {
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
        let url = match (&args.url, &base_url) {
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
        let label = if input == "-" {
            "<stdin>".to_string()
        } else {
            input.clone()
        };
        let opts = Options {
            url,
            rules: cfg.rules_for(&label),
            ..base_opts
        };
        let report = match smo_audit::audit(&bytes, &opts) {
            Ok(r) => r,
            Err(e) => return fail_usage(format!("{}: {}", input, e)),
        };
        (report, label)
    };
    let out = smo_audit::render::render_page(format, &report, &label, style, "");
    if let Err(c) = emit(&out, args.output.as_deref()) {
        return c;
    }
    let site = SiteReport::new(vec![report], vec![]);
    if gates(&site, &[label], fail_on.as_deref(), min_score, page_min, false) {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

/// A progress bar on standard error when it is a terminal (hidden with --quiet or in CI logs).
fn progress_bar(len: Option<u64>, quiet: bool, what: &str) -> indicatif::ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let (bar, tpl) = match len {
        Some(n) => (
            indicatif::ProgressBar::new(n),
            format!("{{bar:40}} {{pos}}/{{len}} {} ({{per_sec}}, {{eta}} left)", what),
        ),
        None => (
            indicatif::ProgressBar::new_spinner(),
            format!("{{spinner}} {{pos}} {} ({{elapsed}})", what),
        ),
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template(&tpl) {
        bar.set_style(style);
    }
    bar
}

/// Where the report goes: a file (write errors end the run) or standard output
/// (a closed pipe, as with `| head`, is not an error of ours: the rest is dropped).
enum Out {
    File(std::io::BufWriter<std::fs::File>, PathBuf),
    Stdout(std::io::BufWriter<std::io::Stdout>, bool),
}

impl Out {
    fn open(output: Option<&Path>) -> Result<Out, ExitCode> {
        match output {
            Some(p) => std::fs::File::create(p)
                .map(|f| Out::File(std::io::BufWriter::with_capacity(256 * 1024, f), p.to_path_buf()))
                .map_err(|e| fail_usage(format!("cannot write {}: {}", p.display(), e))),
            None => Ok(Out::Stdout(
                std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout()),
                false,
            )),
        }
    }

    /// Flush; a file that cannot be written is a usage error (exit 2).
    fn close(mut self) -> Result<(), ExitCode> {
        let r = self.flush();
        self.check(r)
    }

    /// A write error of a file ends the run; standard output swallows its own
    /// errors, so an error there comes from reading back the spool.
    fn check(&self, r: std::io::Result<()>) -> Result<(), ExitCode> {
        match (r, self) {
            (Err(e), Out::File(_, p)) => Err(fail_usage(format!("cannot write {}: {}", p.display(), e))),
            (Err(e), Out::Stdout(..)) => Err(fail_usage(e)),
            _ => Ok(()),
        }
    }
}

impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Out::File(w, _) => w.write(buf),
            Out::Stdout(w, broken) => {
                if !*broken && w.write_all(buf).is_err() {
                    *broken = true;
                }
                Ok(buf.len())
            }
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Out::File(w, _) => w.flush(),
            Out::Stdout(w, broken) => {
                if !*broken && w.flush().is_err() {
                    *broken = true;
                }
                Ok(())
            }
        }
    }
}

/// A temporary file for the page pieces: unnamed right after it is made on Unix,
/// removed when dropped elsewhere (also on errors).
struct TempFile {
    path: PathBuf,
    file: std::fs::File,
}

impl TempFile {
    fn new() -> Result<TempFile, String> {
        let dir = std::env::temp_dir();
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let mut last = String::new();
        for i in 0..16u32 {
            let path = dir.join(format!(
                "smo-audit-{}-{:08x}-{}.spool",
                std::process::id(),
                nanos,
                i
            ));
            match std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(file) => {
                    // On Unix the name goes at once: the open file lives on until
                    // the process ends, so an interrupted run (Ctrl-C, a kill, a
                    // crash) leaves nothing behind. Elsewhere `Drop` removes it.
                    #[cfg(unix)]
                    let _ = std::fs::remove_file(&path);
                    return Ok(TempFile { path, file });
                }
                Err(e) => last = e.to_string(),
            }
        }
        Err(format!(
            "cannot create a temporary file in {}: {}{}",
            dir.display(),
            last,
            TMP_HINT
        ))
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// What a user can do when the temporary page file cannot be made or written.
const TMP_HINT: &str = " (point TMPDIR at a writable folder with room for the report, or use --format text / github, which need no temporary file)";

fn spool_write_error(tmp: Option<&TempFile>, e: std::io::Error) -> String {
    format!(
        "cannot write the temporary page file {}: {}{}",
        tmp.map(|t| t.path.display().to_string()).unwrap_or_default(),
        e,
        TMP_HINT
    )
}

/// The page pieces on their way out: straight to the output when the pages come
/// first (text, github), else into the spool.
enum Dest<'a> {
    Direct,
    Spool(Spool<&'a std::fs::File>),
}

/// Pages audited at the same time: enough to keep every core busy, few enough
/// that the pieces in flight stay small.
fn chunk_size() -> usize {
    (rayon::current_num_threads() * 32).max(64)
}

/// The gates over page records and the site checks: --fail-on, --min-score, --page-min-score.
fn gates_records(
    records: &[PageRecord],
    site_checks: &[smo_audit::report::CheckReport],
    score: u32,
    (fail_on, min_score, page_min): (Option<&str>, Option<u32>, Option<u32>),
) -> bool {
    let g = smo_audit::report::gates::Gates {
        fail_on: fail_on.and_then(|f| smo_audit::report::gates::Gates::parse_fail_on(f).ok()),
        min_score,
        page_min_score: page_min,
    };
    let failed = g.check(records, site_checks, score);
    for m in &failed {
        eprintln!("smo-audit: {}", m);
    }
    !failed.is_empty()
}

/// Audit a folder, streaming: pages are audited in parallel chunks, each page is
/// rendered right away and only its record and summary are kept (memory stays
/// flat however many pages); the site checks and the parts that need the whole
/// site are written at the end around the spooled pages.
#[allow(clippy::too_many_arguments)]
fn audit_dir(
    dir: &Path,
    args: &AuditArgs,
    cfg: &Config,
    base_opts: &Options,
    base_url: Option<&str>,
    format: Format,
    style: Style,
    gate_args: (Option<&str>, Option<u32>, Option<u32>),
) -> ExitCode {
    if args.url.is_some() {
        return fail_usage("--url names one page; for a folder give --base-url");
    }
    let (mut pages, files, robots) = match collect(dir, cfg) {
        Ok(p) => p,
        Err(e) => return fail_usage(e),
    };
    if let Some((k, n)) = args.shard {
        pages.retain(|p| smo_audit::site::in_shard(&p.label, k, n));
    }
    if pages.is_empty() && args.shard.is_none() {
        return fail_usage(format!("no .html files under {}", dir.display()));
    }
    let root = dir.to_string_lossy().to_string();
    let renderer = format.renderer(Setup::site(style, &root));
    let mut out = match Out::open(args.output.as_deref()) {
        Ok(o) => o,
        Err(c) => return c,
    };
    let tmp = if renderer.pages_first() {
        None
    } else {
        match TempFile::new() {
            Ok(t) => Some(t),
            Err(e) => return fail_usage(e),
        }
    };
    let mut dest = match &tmp {
        Some(t) => Dest::Spool(Spool::new(&t.file, renderer.separator())),
        None => Dest::Direct,
    };
    let bar = progress_bar(Some(pages.len() as u64), args.quiet, "pages");
    let mut records: Vec<PageRecord> = Vec::new();
    let mut summaries: Vec<PageSummary> = Vec::new();
    let mut had_error = false;
    for chunk in pages.chunks(chunk_size()) {
        let results: Vec<Result<(String, PageRecord, PageSummary), String>> = chunk
            .par_iter()
            .map(|p| {
                let html =
                    std::fs::read(&p.path).map_err(|e| format!("cannot read {}: {}", p.path.display(), e))?;
                let page = SitePage {
                    path: p.label.clone(),
                    url: None,
                    html,
                };
                let opts = Options {
                    rules: cfg.rules_for(&p.label),
                    ..base_opts.clone()
                };
                let r = smo_audit::site::audit_page_summary(&page, base_url, &opts)
                    .map(|(r, s)| (renderer.piece(&r, &p.label), PageRecord::of(&r, &p.label), s))
                    .map_err(|e| format!("{}: {}", p.label, e));
                bar.inc(1);
                r
            })
            .collect();
        for r in results {
            match r {
                Ok((piece, rec, sum)) => {
                    let w = match &mut dest {
                        // Kept clear of the progress bar on a terminal.
                        Dest::Direct => bar.suspend(|| out.write_all(piece.as_bytes())),
                        Dest::Spool(sp) => {
                            if let Err(e) = sp.push(&piece) {
                                return fail_usage(spool_write_error(tmp.as_ref(), e));
                            }
                            Ok(())
                        }
                    };
                    if let Err(c) = out.check(w) {
                        return c;
                    }
                    records.push(rec);
                    summaries.push(sum);
                }
                Err(e) => {
                    eprintln!("smo-audit: {}", e);
                    had_error = true;
                }
            }
        }
    }
    bar.finish_and_clear();
    let mut data = SiteData {
        base_url: base_url
            .map(str::to_string)
            .unwrap_or_else(|| smo_audit::site::PLACEHOLDER_BASE.to_string()),
        base_given: base_url.is_some(),
        pages: summaries,
        has_files: true,
        robots_txt: robots,
        files,
        ..Default::default()
    };
    data.base_url = smo_audit::site::dir_base(&data.base_url);
    let site_opts = Options {
        rules: cfg.rules.clone(),
        ..base_opts.clone()
    };
    let checks = smo_audit::site::run_site_checks(&data, &site_opts);
    let mut end = SiteEnd {
        records,
        checks,
        data: Some(data),
    };
    let w = match dest {
        Dest::Direct => renderer.finish(&mut out, &mut end, &mut MemPages::default()),
        Dest::Spool(sp) => match sp.finish() {
            Ok(mut pages) => renderer.finish(&mut out, &mut end, &mut pages),
            Err(e) => return fail_usage(spool_write_error(tmp.as_ref(), e)),
        },
    };
    if let Err(c) = out.check(w) {
        return c;
    }
    if let Err(c) = out.close() {
        return c;
    }
    if had_error {
        return ExitCode::from(2);
    }
    if gates_records(&end.records, &end.checks, end.score(), gate_args) {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

#[allow(clippy::too_many_arguments)]
fn audit_crawl(
    input: &str,
    args: &AuditArgs,
    cfg: &Config,
    base_opts: &Options,
    format: Format,
    style: Style,
    gate_args: (Option<&str>, Option<u32>, Option<u32>),
) -> ExitCode {
    let start = match url::Url::parse(input) {
        Ok(u) => u,
        Err(e) => return fail_usage(format!("{:?} is not a valid URL: {}", input, e)),
    };
    let co = crawl::CrawlOptions {
        max_pages: args.max_pages.max(1),
        concurrency: args.concurrency as usize,
        timeout: std::time::Duration::from_secs(args.timeout.max(1)),
        max_bytes: args.max_bytes,
    };
    // Every page's piece goes to the spool as it is audited (the output is
    // only created once a page was fetched).
    let renderer = format.renderer(Setup::site(style, ""));
    let tmp = match TempFile::new() {
        Ok(t) => t,
        Err(e) => return fail_usage(e),
    };
    let mut spool = Spool::new(&tmp.file, renderer.separator());
    let mut records: Vec<PageRecord> = Vec::new();
    let mut spool_error: Option<std::io::Error> = None;
    let bar = progress_bar(None, args.quiet, "pages crawled");
    let progress = |n: usize| bar.set_position(n as u64);
    let mut on_page = |r: smo_audit::Report, s: &PageSummary| {
        if spool_error.is_none() {
            if let Err(e) = spool.push(&renderer.piece(&r, &s.path)) {
                spool_error = Some(e);
            }
        }
        records.push(PageRecord::of(&r, &s.path));
    };
    let crawled = crawl::crawl_each(&start, &co, base_opts, &progress, &mut on_page);
    bar.finish_and_clear();
    let data = match crawled {
        Ok(d) => d,
        Err(e) => return fail_usage(e),
    };
    if let Some(e) = spool_error {
        return fail_usage(spool_write_error(Some(&tmp), e));
    }
    if records.is_empty() {
        return fail_usage(format!("no HTML page could be fetched from {}", start));
    }
    let site_opts = Options {
        rules: cfg.rules.clone(),
        ..base_opts.clone()
    };
    let checks = smo_audit::site::run_site_checks(&data, &site_opts);
    let mut end = SiteEnd {
        records,
        checks,
        data: Some(data),
    };
    let mut out = match Out::open(args.output.as_deref()) {
        Ok(o) => o,
        Err(c) => return c,
    };
    let w = match spool.finish() {
        Ok(mut pages) => renderer.finish(&mut out, &mut end, &mut pages),
        Err(e) => return fail_usage(spool_write_error(Some(&tmp), e)),
    };
    if let Err(c) = out.check(w) {
        return c;
    }
    if let Err(c) = out.close() {
        return c;
    }
    if gates_records(&end.records, &end.checks, end.score(), gate_args) {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
