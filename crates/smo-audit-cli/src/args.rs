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

impl ReportArgs {
    /// The flags as the engine reads them (`smo_audit::run`).
    pub fn flags(&self) -> smo_audit::run::ReportFlags {
        let path = |p: &Option<PathBuf>| p.as_ref().map(|p| p.to_string_lossy().to_string());
        smo_audit::run::ReportFlags {
            format: self.format.clone(),
            output: path(&self.output),
            level: self.level.clone(),
            summary: self.summary,
            max_results: self.max_results,
            max_annotations: self.max_annotations,
            no_facts: self.no_facts,
            fail_on: self.fail_on.clone(),
            config: path(&self.config),
            quiet: self.quiet,
            locale: self.locale.clone(),
            min_score: self.min_score,
            page_min_score: self.page_min_score,
            verbose: self.verbose,
        }
    }
}

impl AuditArgs {
    /// The page flags as the engine reads them (`smo_audit::run`).
    pub fn flags(&self) -> smo_audit::run::AuditFlags {
        smo_audit::run::AuditFlags {
            url: self.url.clone(),
            base_url: self.base_url.clone(),
            kind: self.kind.clone(),
            language: self.language.clone(),
            max_bytes: self.max_bytes,
            include_text: self.include_text,
        }
    }
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

/// The npm bin takes exactly these arguments: `npm/lib/cli-spec.json` is this
/// command line described as data (every flag, its kind and bounds, defaults,
/// possible values, and the help texts clap prints), generated here and read by
/// the bin's parser (`npm/lib/args.js`). The test fails when the file is not
/// what clap says; `SMO_UPDATE_CLI_SPEC=1 cargo test -p smo-audit-cli cli_spec`
/// rewrites it.
#[cfg(test)]
mod cli_spec {
    use clap::CommandFactory;
    use serde_json::{json, Value};

    const SUBCOMMANDS: [&str; 4] = ["rules", "explain", "init", "merge"];

    /// What clap prints for these arguments (help, version or an error).
    fn printed(args: &[&str]) -> String {
        let argv = std::iter::once("smo-audit").chain(args.iter().copied());
        match super::Cli::command().term_width(100).try_get_matches_from(argv) {
            Ok(_) => String::new(),
            Err(e) => e.render().to_string(),
        }
    }

    /// Whether clap takes `value` for the flag `long` of the (sub)command.
    fn accepts(sub: Option<&str>, long: &str, value: &str) -> bool {
        let flag = format!("--{}", long);
        let mut argv: Vec<&str> = sub.into_iter().collect();
        argv.extend([flag.as_str(), value]);
        // The required positionals, so only the value can be wrong.
        match sub {
            Some("merge") => argv.push("a.json"),
            Some("explain") => argv.push("og-title"),
            _ => {}
        }
        let argv = std::iter::once("smo-audit").chain(argv);
        super::Cli::command().try_get_matches_from(argv).is_ok()
    }

    /// The largest whole number in `lo..=hi` that clap takes, if `lo` is taken.
    fn largest(sub: Option<&str>, long: &str, mut lo: u128, mut hi: u128) -> u128 {
        while lo < hi {
            let mid = lo + (hi - lo).div_ceil(2);
            if accepts(sub, long, &mid.to_string()) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lo
    }

    fn arg_spec(sub: Option<&str>, a: &clap::Arg) -> Value {
        use std::any::TypeId;
        let parser = format!("{:?}", a.get_value_parser());
        let is = |t: TypeId| a.get_value_parser().type_id() == t;
        let flag = matches!(
            a.get_action(),
            clap::ArgAction::SetTrue | clap::ArgAction::Help | clap::ArgAction::Version
        );
        let mut kind = if flag {
            "flag"
        } else if parser == "ValueParser::path_buf" {
            "path"
        } else if is(TypeId::of::<f64>()) {
            "seconds"
        } else if is(TypeId::of::<u16>())
            || is(TypeId::of::<u32>())
            || is(TypeId::of::<u64>())
            || is(TypeId::of::<usize>())
        {
            "uint"
        } else {
            "string"
        };
        if kind == "string" && parser != "ValueParser::string" && a.get_possible_values().is_empty() {
            // A checked string (`--format NAME[=FILE]`): the bin asks the engine.
            kind = "checked";
        }
        let long = a.get_long().map(str::to_string);
        let (mut min, mut max) = (Value::Null, Value::Null);
        if let (Some(l), "uint" | "seconds") = (&long, kind) {
            let top: u128 = if is(TypeId::of::<u16>()) {
                u16::MAX as u128
            } else if is(TypeId::of::<u32>()) {
                u32::MAX as u128
            } else if kind == "seconds" {
                1 << 40
            } else {
                // u64 / usize: JS numbers are exact up to 2^53.
                (1u128 << 53) - 1
            };
            let lo = (0..=1).find(|v| accepts(sub, l, &v.to_string())).unwrap_or(0);
            min = json!(lo);
            max = json!(largest(sub, l, lo, top) as u64);
        }
        json!({
            "id": a.get_id().as_str(),
            "long": long,
            "short": a.get_short().map(|c| c.to_string()),
            "positional": a.is_positional(),
            "value": !flag,
            "multiple": matches!(a.get_action(), clap::ArgAction::Append),
            "required": a.is_required_set(),
            "default": a.get_default_values().iter().map(|v| v.to_string_lossy().to_string()).collect::<Vec<_>>(),
            "possible": a.get_possible_values().iter().map(|p| p.get_name().to_string()).collect::<Vec<_>>(),
            "valueName": a.get_value_names().and_then(|v| v.first()).map(|v| v.to_string()),
            "kind": kind,
            "min": min,
            "max": max,
        })
    }

    /// The usage lines clap prints in its errors.
    fn usage(error: &str) -> String {
        let start = error.find("Usage: ").unwrap_or(0);
        let end = error.find("\n\nFor more information").unwrap_or(error.len());
        error[start..end].to_string()
    }

    fn command_spec(sub: Option<&str>) -> Value {
        let mut cmd = super::Cli::command();
        cmd.build();
        let c = match sub {
            Some(s) => cmd.find_subcommand(s).cloned().expect("a subcommand"),
            None => cmd.clone(),
        };
        let prefix: Vec<&str> = sub.into_iter().collect();
        let with = |extra: &str| {
            let mut v = prefix.clone();
            v.push(extra);
            printed(&v)
        };
        let args: Vec<Value> = c
            .get_arguments()
            .filter(|a| a.get_id() != "help" && a.get_id() != "version")
            .map(|a| arg_spec(sub, a))
            .collect();
        json!({
            "help": with("-h"),
            "longHelp": with("--help"),
            "usage": usage(&with("--no-such-flag")),
            "args": args,
        })
    }

    fn spec() -> String {
        let mut commands = serde_json::Map::new();
        commands.insert("".into(), command_spec(None));
        for s in SUBCOMMANDS {
            commands.insert(s.into(), command_spec(Some(s)));
        }
        let v = json!({
            "about": "The smo-audit command line as data, generated from the native CLI's clap definition (crates/smo-audit-cli/src/args.rs) by its cli_spec test; the npm bin parses its arguments with it. Do not edit by hand: SMO_UPDATE_CLI_SPEC=1 cargo test -p smo-audit-cli cli_spec",
            "version": printed(&["--version"]),
            "commands": commands,
        });
        serde_json::to_string_pretty(&v).expect("json") + "\n"
    }

    #[test]
    fn cli_spec_of_the_npm_bin_is_current() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../npm/lib/cli-spec.json");
        let want = spec();
        if std::env::var_os("SMO_UPDATE_CLI_SPEC").is_some() {
            std::fs::write(path, &want).expect("write npm/lib/cli-spec.json");
            return;
        }
        let have = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            have == want,
            "npm/lib/cli-spec.json is not the CLI's current arguments; run SMO_UPDATE_CLI_SPEC=1 cargo test -p smo-audit-cli cli_spec"
        );
    }
}
