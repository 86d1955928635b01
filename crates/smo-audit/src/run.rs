//! The settings of a command-line run, the same in every face that has a
//! command line (the native CLI, the npm bin): the flags as plain data
//! ([`ReportFlags`], [`AuditFlags`]), the outputs they name ([`targets`]) and
//! what a run derives from them and its config file ([`Setup`]): the page
//! options, the output style, the base URL and the gates. Each face parses its
//! own argv (clap natively; the npm bin from the same clap definition) and
//! reads its own files; the meaning of the flags lives here once.

use serde::{Deserialize, Serialize};

use crate::config::Config;
use crate::i18n::Locale;
use crate::options::Options;
use crate::render::{Format, Level, Style, FORMATS};
use crate::render::{Renderer, SiteEnd};
use crate::report::baseline::Baseline;
use crate::report::gates::{Gates, PageGate, Verdict};
use crate::report::PageRecord;
use crate::report::{Report, SiteReport};
use crate::site::only::Only;
use crate::site::{PageSummary, SiteBuilder};
use crate::vocab::PageKind;

/// The flags of every run that writes a report and gates on it (the audit and
/// `merge`), by their long names in camelCase.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct ReportFlags {
    /// `--format NAME[=FILE]`, repeatable.
    pub format: Vec<String>,
    pub output: Option<String>,
    pub level: Option<String>,
    pub summary: bool,
    pub max_results: Option<usize>,
    pub max_annotations: Option<usize>,
    pub no_facts: bool,
    pub fail_on: Option<String>,
    pub config: Option<String>,
    pub quiet: bool,
    pub locale: String,
    pub min_score: Option<u32>,
    pub page_min_score: Option<u32>,
    pub verbose: bool,
}

impl Default for ReportFlags {
    fn default() -> Self {
        ReportFlags {
            format: Vec::new(),
            output: None,
            level: None,
            summary: false,
            max_results: None,
            max_annotations: None,
            no_facts: false,
            fail_on: None,
            config: None,
            quiet: false,
            locale: "en".to_string(),
            min_score: None,
            page_min_score: None,
            verbose: false,
        }
    }
}

/// The page flags of an audit run.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct AuditFlags {
    pub url: Option<String>,
    pub base_url: Option<String>,
    pub kind: Option<String>,
    pub language: Option<String>,
    pub max_bytes: usize,
    pub include_text: bool,
}

impl Default for AuditFlags {
    fn default() -> Self {
        AuditFlags {
            url: None,
            base_url: None,
            kind: None,
            language: None,
            max_bytes: crate::input::DEFAULT_MAX_BYTES,
            include_text: false,
        }
    }
}

/// One output of a run: a format and its file (None: standard output).
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub format: Format,
    pub path: Option<String>,
}

/// The outputs of a run from `--format NAME[=FILE]` (repeatable) and
/// `--output`: at most one goes to standard output (or to `--output`), every
/// other names its file; no file twice. No `--format`: text.
pub fn targets(formats: &[String], output: Option<&str>) -> Result<Vec<Target>, String> {
    let mut out: Vec<Target> = Vec::new();
    let given: Vec<&str> = if formats.is_empty() {
        vec!["text"]
    } else {
        formats.iter().map(String::as_str).collect()
    };
    for f in given {
        let (name, path) = match f.split_once('=') {
            Some((n, p)) if !p.is_empty() => (n, Some(p.to_string())),
            Some((n, _)) => {
                return Err(format!(
                    "--format {}=: give a file after =, e.g. {}=report.out",
                    n, n
                ))
            }
            None => (f, None),
        };
        let format = Format::parse(name).ok_or_else(|| {
            format!(
                "--format {:?}: unknown format; use one of {}",
                name,
                FORMATS.join(", ")
            )
        })?;
        out.push(Target { format, path });
    }
    if out.iter().filter(|t| t.path.is_none()).count() > 1 {
        return Err(
            "only one --format can go to standard output (or --output); give the others a file, e.g. --format sarif=smo.sarif"
                .into(),
        );
    }
    if let Some(o) = output {
        match out.iter_mut().find(|t| t.path.is_none()) {
            Some(t) => t.path = Some(o.to_string()),
            None => {
                return Err(
                    "--output names the file of the --format given without =FILE, and every --format has its own file"
                        .into(),
                )
            }
        }
    }
    for (i, t) in out.iter().enumerate() {
        if let Some(p) = &t.path {
            if out[..i].iter().any(|u| u.path.as_ref() == Some(p)) {
                return Err(format!("{} is the file of two --format values", p));
            }
        }
    }
    Ok(out)
}

/// The messages' language: `--locale`, else the config's, else English.
pub fn locale(flag: &str, cfg: &Config) -> Locale {
    match flag {
        "en" => cfg.locale.as_deref().and_then(Locale::parse).unwrap_or_default(),
        l => Locale::parse(l).unwrap_or_default(),
    }
}

/// How the outputs are shaped: colour only when standard output (one of the
/// outputs) is a terminal and NO_COLOR is unset or empty; the levels and caps
/// of the flags.
pub fn style(r: &ReportFlags, targets: &[Target], stdout_is_terminal: bool, no_color: bool) -> Style {
    let to_terminal = targets.iter().any(|t| t.path.is_none()) && stdout_is_terminal;
    Style {
        color: to_terminal && !no_color,
        verbose: r.verbose,
        level: r.level.as_deref().and_then(Level::parse).unwrap_or_default(),
        summary: r.summary,
        max_results: r.max_results,
        max_annotations: r.max_annotations,
        no_facts: r.no_facts,
    }
}

/// What every audit run shares: the config, the page options, the outputs,
/// their style, the base URL and the gates (with the baseline, when given).
#[derive(Debug)]
pub struct Setup {
    pub cfg: Config,
    /// The options of every page (the page's URL and rules are set per page).
    pub opts: Options,
    pub targets: Vec<Target>,
    pub style: Style,
    pub base_url: Option<String>,
    pub gates: Gates,
}

/// Where the run writes and whether standard output is a terminal.
#[derive(Debug, Clone, Copy, Default)]
pub struct Terminal {
    pub stdout_is_terminal: bool,
    /// NO_COLOR is set (and not empty).
    pub no_color: bool,
}

impl Setup {
    /// The setup of an audit run from its flags, its config (found and read by
    /// the face) and its baseline (the text of `--baseline FILE` and the file's
    /// name); the flags win over the config.
    pub fn new(
        r: &ReportFlags,
        a: &AuditFlags,
        cfg: Config,
        baseline: Option<(&str, &str)>,
        term: Terminal,
    ) -> Result<Setup, String> {
        let opts = Options {
            url: None,
            locale: locale(&r.locale, &cfg),
            kind: a.kind.as_deref().and_then(PageKind::parse),
            language: a.language.clone(),
            content_type: None,
            max_bytes: a.max_bytes,
            max_depth: crate::input::DEFAULT_MAX_DEPTH,
            rules: cfg.rules.clone(),
            include_text: a.include_text,
            images: Vec::new(),
        };
        let targets = targets(&r.format, r.output.as_deref())?;
        let style = style(r, &targets, term.stdout_is_terminal, term.no_color);
        let base_url = a.base_url.clone().or_else(|| cfg.base_url.clone());
        if let Some(b) = &base_url {
            if let Err(why) = crate::config::absolute_http(b) {
                return Err(format!(
                    "--base-url {:?} is not an absolute http(s) URL ({}); give e.g. https://example.com",
                    b, why
                ));
            }
        }
        let mut gates = cfg.gates(r.fail_on.as_deref(), r.min_score, r.page_min_score);
        if let Some((text, file)) = baseline {
            gates.baseline = Some(Baseline::from_json(text, file)?);
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

    /// The options of one page: its URL and the rules of its path.
    pub fn page_options(&self, path: &str, url: Option<String>) -> Options {
        Options {
            url,
            rules: self.cfg.rules_for(path),
            ..self.opts.clone()
        }
    }
}

/// What a run keeps of one audited page of a site: each output's piece (in
/// the order of the targets), its record, what the gates need and the summary
/// the site checks need. Serializable, so a worker can audit the page and the
/// run that writes the outputs add it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AuditedPage {
    pub pieces: Vec<String>,
    pub record: PageRecord,
    pub gate: PageGate,
    pub summary: PageSummary,
}

/// Audit one page of a site for a run: `path` relative to the folder (its
/// label), `url` when the page has its own (a crawl); the rules of its path;
/// rendered by each output's renderer.
pub fn audit_site_page(
    site: &SiteBuilder,
    setup: &Setup,
    renderers: &[Box<dyn Renderer>],
    path: &str,
    url: Option<&str>,
    html: &[u8],
) -> Result<AuditedPage, String> {
    let opts = setup.page_options(path, None);
    let (r, summary) = site
        .audit_page(path, url, html, &opts)
        .map_err(|e| e.to_string())?;
    Ok(AuditedPage {
        pieces: renderers.iter().map(|x| x.piece(&r, path)).collect(),
        record: PageRecord::of(&r, path),
        gate: PageGate::of(&r, path),
        summary,
    })
}

/// The gates over a finished site: under `--only` the site checks gate only
/// through what they say of the audited pages; pages that could not be
/// audited fail the run.
pub fn site_verdict(
    setup: &Setup,
    gate_pages: &[PageGate],
    end: &SiteEnd,
    only: Option<&Only>,
    unreadable: usize,
) -> Verdict {
    let mut v = match (only, &end.data) {
        (Some(o), Some(d)) => {
            let site_checks = o.site_checks(&end.checks, d.pages.views());
            setup.gates.judge_partial(gate_pages, &site_checks, end.score())
        }
        _ => setup.gates.judge(gate_pages, &end.checks, end.score()),
    };
    if unreadable > 0 {
        v.failed.push(unreadable_message(unreadable));
    }
    v
}

/// One page's (or a profile address's) outputs and verdict: each target's
/// text, in the order of the targets, and the gates over the page.
pub fn page_outputs(setup: &Setup, report: Report, label: &str) -> (Vec<String>, Verdict) {
    let outs = setup
        .targets
        .iter()
        .map(|t| crate::render::render_page(t.format, &report, label, setup.style, ""))
        .collect();
    let site = SiteReport::new(vec![report], vec![]);
    (outs, setup.gates.judge_site(&site, &[label.to_string()]))
}

/// `merge`: the shards' JSON reports (each with the file it came from) joined,
/// the site checks recomputed, every target rendered (in the order of the
/// targets) and the gates judged. The config is the one found from the
/// current folder (or `--config`).
pub fn merge_outputs(
    r: &ReportFlags,
    cfg: &Config,
    shards: &[(String, String)],
    term: Terminal,
) -> Result<(Vec<Target>, Vec<String>, Verdict), String> {
    let mut reports = Vec::new();
    for (file, text) in shards {
        let s = SiteReport::from_json(text)
            .map_err(|e| format!("{} is not a smo-audit site report (--format json): {}", file, e))?;
        reports.push(s);
    }
    let opts = Options {
        locale: locale(&r.locale, cfg),
        rules: cfg.rules.clone(),
        ..Default::default()
    };
    let site = crate::site::merge(reports, &opts)?;
    let labels = site.page_labels();
    let targets = targets(&r.format, r.output.as_deref())?;
    let style = style(r, &targets, term.stdout_is_terminal, term.no_color);
    // The shards' folder, so CI paths are those of an unsharded run.
    let root = site
        .site
        .data
        .as_ref()
        .and_then(|d| d.root.clone())
        .unwrap_or_default();
    let outs = targets
        .iter()
        .map(|t| crate::render::render_whole(t.format, &site, &labels, style, &root))
        .collect();
    let gates = cfg.gates(r.fail_on.as_deref(), r.min_score, r.page_min_score);
    let verdict = gates.judge_site(&site, &labels);
    Ok((targets, outs, verdict))
}

/// The gate message of the pages that could not be audited.
pub fn unreadable_message(n: usize) -> String {
    format!(
        "{} page{} could not be audited (listed in the report as not audited)",
        n,
        if n == 1 { "" } else { "s" }
    )
}

/// The notice of a folder audited without a base URL.
pub const NO_BASE_URL: &str = "no base URL: pages are audited without their public address (og:url, canonical and share links are not compared with it; og:image files named by absolute address are not checked). Give --base-url https://your.site or base-url in smo-audit.toml.";

#[cfg(test)]
mod tests {
    use super::*;

    fn t(f: &[&str], o: Option<&str>) -> Result<Vec<Target>, String> {
        targets(&f.iter().map(|s| s.to_string()).collect::<Vec<_>>(), o)
    }

    #[test]
    fn targets_default_to_text_on_standard_output() {
        assert_eq!(
            t(&[], None).unwrap(),
            vec![Target {
                format: Format::Text,
                path: None
            }]
        );
    }

    #[test]
    fn targets_take_files_and_refuse_two_on_standard_output() {
        let v = t(&["sarif=a.sarif", "json"], Some("r.json")).unwrap();
        assert_eq!(v[0].path.as_deref(), Some("a.sarif"));
        assert_eq!(v[1].path.as_deref(), Some("r.json"));
        assert!(t(&["json", "text"], None)
            .unwrap_err()
            .contains("only one --format"));
        assert!(t(&["json=a", "text=a"], None)
            .unwrap_err()
            .contains("two --format"));
        assert!(t(&["json="], None).unwrap_err().contains("give a file"));
        assert!(t(&["jsn"], None).unwrap_err().contains("unknown format"));
        assert!(t(&["json=a"], Some("b")).unwrap_err().contains("--output names"));
    }

    #[test]
    fn flags_win_over_the_config() {
        let cfg = Config::parse("[audit]\nmin-score = 90\nlocale = \"tr\"\n", "smo-audit.toml").unwrap();
        let r = ReportFlags {
            min_score: Some(50),
            ..Default::default()
        };
        let s = Setup::new(&r, &AuditFlags::default(), cfg, None, Terminal::default()).unwrap();
        assert_eq!(s.gates.min_score, Some(50));
        assert_eq!(s.opts.locale, Locale::Tr);
    }

    #[test]
    fn flags_read_from_camel_case_data() {
        let r: ReportFlags =
            serde_json::from_str(r#"{"format":["json"],"maxResults":5,"noFacts":true}"#).unwrap();
        assert_eq!(r.max_results, Some(5));
        assert!(r.no_facts);
        assert!(serde_json::from_str::<ReportFlags>(r#"{"formats":[]}"#).is_err());
    }
}
