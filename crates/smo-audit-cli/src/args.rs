//! The command line: flags and subcommands (clap).

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use smo_audit::render::FORMATS;

#[derive(Parser, Debug)]
#[command(
    name = "smo-audit",
    version,
    about = "Social media optimization audit: a scored checklist of share buttons, Open Graph & cards, keyword-friendly URLs, navigation and readability, with a fix for every failure.",
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Cmd>,
    #[command(flatten)]
    pub audit: AuditArgs,
}

#[derive(clap::Args, Debug)]
pub struct AuditArgs {
    /// An HTML file, a folder of built pages, - for standard input, or an http(s) URL to crawl.
    /// Leave it out for a URL-only social profile audit: --kind profile --url PROFILE-URL.
    pub input: Option<String>,
    /// The page's public URL (one page).
    #[arg(long)]
    pub url: Option<String>,
    /// The site's public URL; a folder's pages get base URL + relative path.
    #[arg(long = "base-url")]
    pub base_url: Option<String>,
    /// Audit only shard K of N (1-based, e.g. 2/4): pages split by a hash of
    /// their path. `auto` reads the CI runner's index and total (GitLab
    /// CI_NODE_INDEX/CI_NODE_TOTAL, Buildkite BUILDKITE_PARALLEL_JOB/_COUNT);
    /// `auto/N` for a Kubernetes Indexed Job (JOB_COMPLETION_INDEX).
    #[arg(long, value_name = "K/N|auto|auto/N")]
    pub shard: Option<String>,
    /// Fail (under --fail-on and the config's [gates] checks) only on problems
    /// not in this earlier `--format json` report (page or site); says how many
    /// problems are new, known and fixed.
    #[arg(long)]
    pub baseline: Option<PathBuf>,
    /// A folder: audit, report and gate only this page (repeatable; @FILE reads
    /// one path a line, e.g. from `git diff --name-only`), relative to the folder
    /// or with the folder in front; the site checks still see every page.
    #[arg(long, value_name = "PATH")]
    pub only: Vec<String>,
    /// Crawl: most pages to fetch from a live site.
    #[arg(long = "max-pages", default_value_t = 100)]
    pub max_pages: usize,
    /// Crawl: pages fetched at the same time.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
    /// Crawl: seconds before a request gives up.
    #[arg(long, default_value_t = 15)]
    pub timeout: u64,
    /// Crawl: seconds to wait between requests (fractions allowed; robots.txt's
    /// Crawl-delay when larger); with a delay, one request at a time.
    #[arg(long, value_parser = parse_seconds)]
    pub delay: Option<f64>,
    /// Crawl: stop starting new fetches after this many seconds (fractions allowed).
    #[arg(long = "max-time", value_parser = parse_seconds)]
    pub max_time: Option<f64>,
    /// Crawl: stop starting new fetches once this many bytes were read in all.
    #[arg(long = "max-bytes-total")]
    pub max_bytes_total: Option<u64>,
    /// Crawl: read robots.txt (for its checks) but do not obey it, nor its
    /// Crawl-delay: for one's own staging site.
    #[arg(long = "ignore-robots")]
    pub ignore_robots: bool,
    /// Crawl: the User-Agent header sent (default: smo-audit/VERSION (social media optimization audit)).
    #[arg(long = "user-agent")]
    pub user_agent: Option<String>,
    /// Force the page kind.
    #[arg(long, value_parser = ["home", "article", "page", "profile"])]
    pub kind: Option<String>,
    /// Add the text we scored and its headline to the JSON report (facts.mainText, facts.headline).
    #[arg(long = "include-text")]
    pub include_text: bool,
    /// Force the text language (BCP 47, e.g. tr, en, de).
    #[arg(long)]
    pub language: Option<String>,
    /// Largest page to read, in bytes.
    #[arg(long = "max-bytes", default_value_t = smo_audit::input::DEFAULT_MAX_BYTES)]
    pub max_bytes: usize,
    #[command(flatten)]
    pub report: ReportArgs,
}

/// The flags of every run that writes a report and gates on it: the audit
/// and `merge` take the same ones.
#[derive(clap::Args, Debug)]
pub struct ReportArgs {
    /// Output format, NAME or NAME=FILE, repeatable: one run writes several
    /// (`--format sarif=smo.sarif --format markdown=summary.md --format github`);
    /// the one without =FILE goes to standard output (or --output). Formats:
    /// text, json, markdown (a PR comment or $GITHUB_STEP_SUMMARY), sarif (code
    /// scanning), junit, github (annotations), html.
    #[arg(long, value_parser = parse_format_arg, value_name = "NAME[=FILE]")]
    pub format: Vec<String>,
    /// Write the report (the --format given without =FILE) to this file instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// List only failures (`fail`) or failures and warnings (`warn`) in every
    /// format but JSON (which keeps every check for merge and baselines).
    #[arg(long, value_parser = ["fail", "warn"])]
    pub level: Option<String>,
    /// Text: each page's score and the ids of its failed checks only.
    #[arg(long)]
    pub summary: bool,
    /// SARIF: most results written, errors first (0: no limit); GitHub code
    /// scanning keeps 5,000 a run and rejects a run over 25,000.
    #[arg(long = "max-results", value_name = "N")]
    pub max_results: Option<usize>,
    /// GitHub annotations: most lines written, errors first, the last a notice
    /// counting what was left out (0: no limit).
    #[arg(long = "max-annotations", value_name = "N")]
    pub max_annotations: Option<usize>,
    /// JSON: leave each page's facts out (checks, scores and site data stay).
    #[arg(long = "no-facts")]
    pub no_facts: bool,
    /// Exit with 1 on any failed check (`fail`) or on any warning too (`warn`).
    #[arg(long = "fail-on", value_parser = ["fail", "warn"])]
    pub fail_on: Option<String>,
    /// The config file (default: smo-audit.toml in the audited folder or above).
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// No progress output on standard error.
    #[arg(short, long)]
    pub quiet: bool,
    /// Language of the messages.
    #[arg(long, default_value = "en", value_parser = ["en", "tr"])]
    pub locale: String,
    /// Exit with 1 when the score (the site score for a folder) is under this.
    #[arg(long = "min-score", value_parser = clap::value_parser!(u32).range(0..=100))]
    pub min_score: Option<u32>,
    /// Exit with 1 when any page of a folder scores under this.
    #[arg(long = "page-min-score", value_parser = clap::value_parser!(u32).range(0..=100))]
    pub page_min_score: Option<u32>,
    /// Show passing and skipped checks too.
    #[arg(short, long)]
    pub verbose: bool,
}

#[derive(Subcommand, Debug)]
pub enum Cmd {
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
    Merge(MergeArgs),
    /// Explain one check: what it looks at, why, how to fix it, an example.
    Explain {
        id: String,
        #[arg(long, default_value = "en", value_parser = ["en", "tr"])]
        locale: String,
    },
}

/// `NAME` or `NAME=FILE`, NAME one of the formats.
pub fn parse_format_arg(s: &str) -> Result<String, String> {
    let name = s.split_once('=').map(|(n, _)| n).unwrap_or(s);
    if smo_audit::render::Format::parse(name).is_some() {
        Ok(s.to_string())
    } else {
        Err(format!(
            "{:?} is not a format; use one of {} (NAME or NAME=FILE)",
            name,
            FORMATS.join(", ")
        ))
    }
}

/// A number of seconds: finite, not negative, fractions allowed.
pub fn parse_seconds(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(v) if (0.0..=86_400.0).contains(&v) => Ok(v),
        _ => Err(format!(
            "{:?}: give seconds between 0 and 86400, e.g. 1 or 0.5",
            s
        )),
    }
}

/// The flags of `merge`.
#[derive(clap::Args, Debug)]
pub struct MergeArgs {
    /// The JSON reports of the shards (`--format json` of `--shard K/N` runs).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub report: ReportArgs,
}
