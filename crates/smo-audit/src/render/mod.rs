//! Output rendering: one file per format behind one trait.
//!
//! A [`Renderer`] turns reports into one output format. It renders each page to
//! its *piece* as soon as the page is audited ([`Renderer::piece`]); the pieces are
//! kept in page order (in a [`spool::Spool`], a temporary file in the CLI, or in
//! memory, [`spool::MemPages`]) unless the format puts the pages first
//! ([`Renderer::pages_first`]: then they go straight to the output); at the end
//! [`Renderer::finish`] writes what needs the whole site (site score, totals,
//! summary table, site checks, site data) around the pieces, from a [`SiteEnd`].
//! Between pages only a [`PageRecord`] per page is kept, so the memory of a
//! streamed site does not grow with its pages.
//!
//! One page is rendered as a site of one page ([`render_page`]): the same
//! renderer, told by [`Setup::one_page`] that it renders a page alone (text and
//! JSON then print the page without the site parts around it).
//! [`render_whole`] renders an in-memory [`SiteReport`] (`merge`, the wasm
//! `auditSite`) through the same pieces as the CLI's streamed folder audit, so
//! every format has one implementation.
//!
//! Layout: this file holds [`Format`] (the list of formats and the factory),
//! [`Style`], the escaping helpers, the trait and the drivers; `spool.rs` stores
//! the pieces (it knows nothing of formats: the separator comes from the
//! renderer); one file per format (`text.rs`, `json.rs`, `markdown.rs`,
//! `sarif.rs`, `junit.rs`, `github.rs`, `html.rs`), `findings.rs` shared by the
//! CI formats; `testing.rs` builds reports for the tests.
//!
//! Adding a format: write `newformat.rs` with a type that implements
//! [`Renderer`] and has `fn new(setup: Setup) -> Self`, declare the module below
//! and add one line to the `formats!` list (variant, name, type). [`FORMATS`]
//! (the CLI's `--format` values, the wasm `formats()`) and [`Format::parse`]
//! follow from that line; `tests/cli_stream.rs` then checks the new format's
//! streamed output too. (The wasm binding's TypeScript `Format` type is
//! written by hand.)
//!
//! Layering: rendering reads reports (and the check registry for SARIF rules);
//! it never calls the site, config or pipeline layers, not even in tests.
//!
//! Snippets are untrusted page text: the text renderer strips control
//! characters (no terminal escape injection); markup renderers escape.

mod findings;
mod github;
mod html;
mod json;
mod junit;
mod markdown;
mod sarif;
pub mod spool;
#[cfg(test)]
pub(crate) mod testing;
mod text;

use std::io::{self, Write};

use crate::facts::site::SiteData;
use crate::i18n::Locale;
use crate::report::{score_checks, site_score, CheckReport, PageRecord, Report, SiteReport};
use spool::{MemPages, PageSource};

/// Declares the formats from one line each: `Variant "name" module::Type`.
macro_rules! formats {
    ($($(#[$doc:meta])* $variant:ident $name:literal $module:ident::$ty:ident,)*) => {
        /// Output formats shared by the CLI and the wasm `render()`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Format {
            $($(#[$doc])* $variant,)*
        }

        /// The names of the formats, in [`Format`] order (the CLI's `--format`
        /// values, the npm bin's list).
        pub const FORMATS: [&str; [$($name),*].len()] = [$($name),*];

        impl Format {
            /// Every format, in [`FORMATS`] order.
            pub const ALL: [Format; FORMATS.len()] = [$(Format::$variant),*];

            /// The format's name (its `--format` value).
            pub fn name(self) -> &'static str {
                match self {
                    $(Format::$variant => $name,)*
                }
            }

            /// The format's renderer.
            pub fn renderer(self, setup: Setup) -> Box<dyn Renderer> {
                match self {
                    $(Format::$variant => Box::new($module::$ty::new(setup)),)*
                }
            }
        }
    };
}

formats! {
    /// A terminal checklist.
    Text "text" text::Text,
    /// The report model (schemaVersion 1) as pretty JSON.
    Json "json" json::Json,
    /// A pull-request comment or `$GITHUB_STEP_SUMMARY`.
    Markdown "markdown" markdown::Markdown,
    /// SARIF 2.1.0 for code scanning.
    Sarif "sarif" sarif::Sarif,
    /// JUnit XML for CI test reports.
    Junit "junit" junit::Junit,
    /// GitHub Actions workflow commands (annotations).
    Github "github" github::Github,
    /// One self-contained HTML file.
    Html "html" html::Html,
}

impl Format {
    /// A format by name (any case; `md` for markdown).
    pub fn parse(s: &str) -> Option<Format> {
        let s = s.to_ascii_lowercase();
        let s = if s == "md" { "markdown" } else { s.as_str() };
        Format::ALL.into_iter().find(|f| f.name() == s)
    }
}

/// Which results an output lists (`--level`): every status it would show,
/// failures and warnings, or failures only.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Level {
    #[default]
    All,
    Warn,
    Fail,
}

impl Level {
    /// `fail` or `warn` (`--level`); anything else is None.
    pub fn parse(s: &str) -> Option<Level> {
        match s {
            "fail" => Some(Level::Fail),
            "warn" => Some(Level::Warn),
            "all" => Some(Level::All),
            _ => None,
        }
    }
}

/// SARIF results at most by default: GitHub code scanning keeps the first
/// 5,000 results of a run (by severity) and rejects a run over 25,000.
pub const MAX_RESULTS: usize = 5_000;
/// GitHub annotations (workflow command lines) at most by default: GitHub
/// shows 10 errors and 10 warnings a step, a pull request's diff at most 50 a
/// run; the rest is noise in the log.
pub const MAX_ANNOTATIONS: usize = 100;

/// How an output is shaped: colour only when asked (a terminal without
/// NO_COLOR), how much it lists, and the caps of the CI formats.
#[derive(Debug, Clone, Copy, Default)]
pub struct Style {
    pub color: bool,
    /// Show passing and skipped checks too (otherwise only warn/fail, plus counts).
    pub verbose: bool,
    /// Only failures, or failures and warnings, in every format but JSON (the
    /// report contract that `merge` and baselines read keeps every check).
    pub level: Level,
    /// Text: each page's score and failed checks on one or two lines.
    pub summary: bool,
    /// SARIF: the most results written (None: [`MAX_RESULTS`]); failures
    /// first, what was left out counted in the run's notifications.
    pub max_results: Option<usize>,
    /// GitHub annotations: the most lines written (None: [`MAX_ANNOTATIONS`]);
    /// errors first, the last a notice counting what was left out.
    pub max_annotations: Option<usize>,
    /// JSON: leave each page's `facts` out (tens of KB a page); checks,
    /// scores and the site data (what `merge` reads) stay.
    pub no_facts: bool,
}

impl Style {
    /// Whether a check of this status is listed.
    pub fn shows(&self, s: crate::vocab::Status) -> bool {
        use crate::vocab::Status;
        match s {
            Status::Fail => true,
            Status::Warn => self.level != Level::Fail,
            Status::Pass | Status::Skip => self.verbose && self.level == Level::All,
        }
    }

    /// Whether a warn / fail check is listed (the CI formats list no passes).
    pub fn lists(&self, s: crate::vocab::Status) -> bool {
        use crate::vocab::Status;
        matches!(s, Status::Warn | Status::Fail) && self.shows(s)
    }

    pub(crate) fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{}m{}\x1b[0m", code, s)
        } else {
            s.to_string()
        }
    }
}

/// What a renderer is set up with.
#[derive(Debug, Clone, Default)]
pub struct Setup {
    pub style: Style,
    /// The folder the page paths are relative to (SARIF / GitHub file names).
    pub root: String,
    /// One page alone, not a site: text prints the page's checklist without the
    /// site summary, JSON the page's report instead of a site report.
    pub one_page: bool,
}

impl Setup {
    /// A site (of any number of pages).
    pub fn site(style: Style, root: &str) -> Setup {
        Setup {
            style,
            root: root.to_string(),
            one_page: false,
        }
    }
    /// One page alone.
    pub fn page(style: Style, root: &str) -> Setup {
        Setup {
            one_page: true,
            ..Setup::site(style, root)
        }
    }
}

/// One output format.
pub trait Renderer: Send + Sync {
    /// True when the pages come first in the output (text, github): their pieces
    /// can go straight to the output, no spool needed.
    fn pages_first(&self) -> bool {
        false
    }

    /// What goes between two non-empty pieces (`,\n` in JSON arrays).
    fn separator(&self) -> &'static str {
        ""
    }

    /// One page's piece of the output.
    fn piece(&self, r: &Report, label: &str) -> String;

    /// Write the whole output: what comes before the pages, the pages from
    /// `pages` (empty when they were already written to `out`, for
    /// `pages_first` formats), and what comes after. May take the checks and
    /// data out of `end` while it writes; they are back when it returns.
    fn finish(&self, out: &mut dyn Write, end: &mut SiteEnd, pages: &mut dyn PageSource) -> io::Result<()>;
}

/// The end of a site: the page records in order and the site section.
#[derive(Debug, Default)]
pub struct SiteEnd {
    pub records: Vec<PageRecord>,
    pub checks: Vec<CheckReport>,
    pub data: Option<SiteData>,
    /// What the crawl did, for a crawled site (the JSON report's `crawl`).
    pub crawl: Option<crate::facts::site::crawl::CrawlSummary>,
}

impl SiteEnd {
    /// The site checks' own score (null when there are none).
    pub fn checks_score(&self) -> Option<u32> {
        score_checks(&self.checks)
    }
    /// The site score (pages and site checks).
    pub fn score(&self) -> u32 {
        site_score(&self.records, self.checks_score())
    }
    /// The pages that could not be audited.
    pub fn unreadable(&self) -> &[crate::facts::site::Unreadable] {
        self.data
            .as_ref()
            .map(|d| d.unreadable.as_slice())
            .unwrap_or_default()
    }
    /// The output's locale: the first page's.
    pub(crate) fn locale(&self) -> Locale {
        self.records.first().map(|r| r.locale).unwrap_or_default()
    }
}

/// Render a whole in-memory site report in any format (`merge`, the wasm
/// `auditSite`) through the same pieces and site parts as the CLI's streamed
/// folder audit, the pages kept in memory.
pub fn render_whole(format: Format, s: &SiteReport, labels: &[String], style: Style, root: &str) -> String {
    let end = SiteEnd {
        records: Vec::with_capacity(s.pages.len()),
        checks: s.site.checks.clone(),
        data: s.site.data.clone(),
        crawl: s.crawl.clone(),
    };
    let pages = s.pages.iter().zip(labels).map(|(r, l)| (r, l.as_str()));
    render_pages(&*format.renderer(Setup::site(style, root)), pages, end)
}

/// Render one page: a site of that one page (no site checks, no site data).
pub fn render_page(format: Format, r: &Report, label: &str, style: Style, root: &str) -> String {
    render_pages(
        &*format.renderer(Setup::page(style, root)),
        std::iter::once((r, label)),
        SiteEnd::default(),
    )
}

/// The pages' pieces in memory, then the renderer's finish around them.
fn render_pages<'a>(
    renderer: &dyn Renderer,
    pages: impl Iterator<Item = (&'a Report, &'a str)>,
    mut end: SiteEnd,
) -> String {
    let mut pieces = MemPages::new(renderer.separator());
    for (r, label) in pages {
        pieces.push(renderer.piece(r, label));
        end.records.push(PageRecord::of(r, label));
    }
    let mut out = Vec::new();
    if let Err(e) = renderer.finish(&mut out, &mut end, &mut pieces) {
        return format!("render error: {}", e);
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Remove control characters (ESC and friends) from untrusted text for a terminal.
pub fn clean_for_terminal(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
        .collect()
}

/// Escape text for HTML / XML.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Escape text for a markdown table cell or paragraph (no HTML, no markup).
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '!' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Append `text` with every line indented (pretty JSON nested deeper; JSON
/// strings hold no raw line breaks).
pub(crate) fn indent(out: &mut String, text: &str, pad: &str) {
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(pad);
        out.push_str(line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(
            escape_html("<a href='x'>&</a>"),
            "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;"
        );
        assert_eq!(clean_for_terminal("a\x1b[31mb"), "a [31mb");
        assert_eq!(escape_markdown("a|<b>\n`x`"), "a\\|\\<b\\> \\`x\\`");
    }

    #[test]
    fn formats_parse_by_name() {
        for f in Format::ALL {
            assert_eq!(Format::parse(f.name()), Some(f));
            assert_eq!(Format::parse(&f.name().to_uppercase()), Some(f));
        }
        assert_eq!(Format::parse("md"), Some(Format::Markdown));
        assert_eq!(Format::parse("pdf"), None);
        assert_eq!(
            FORMATS,
            ["text", "json", "markdown", "sarif", "junit", "github", "html"]
        );
    }

    /// The streamed JSON (the skeleton with the spooled pages spliced in) is the
    /// report serialized whole (serde, pretty).
    #[test]
    fn streamed_json_equals_the_serialized_report() {
        for (n, loc) in [
            (0, Locale::En),
            (1, Locale::Tr),
            (7, Locale::En),
            (60, Locale::En),
        ] {
            let (s, labels) = testing::site(n, loc);
            let whole = serde_json::to_string_pretty(&s).expect("serialize") + "\n";
            let streamed = render_whole(Format::Json, &s, &labels, Style::default(), "public");
            assert!(whole == streamed, "n={}", n);
            let v: serde_json::Value = serde_json::from_str(&streamed).expect("valid JSON");
            assert_eq!(v["pages"].as_array().map(Vec::len), Some(n));
        }
    }

    /// One page alone: the text checklist without the site summary, the page's
    /// own JSON; the other formats as a site of that page.
    #[test]
    fn one_page_is_a_site_of_one_page() {
        let r = testing::page("<title>x</title>", &Default::default());
        let st = Style::default();
        let json = render_page(Format::Json, &r, "p.html", st, "");
        assert_eq!(json, serde_json::to_string_pretty(&r).unwrap() + "\n");
        let text = render_page(Format::Text, &r, "p.html", st, "");
        assert!(text.starts_with("p.html") && !text.contains("Summary"));
        let site = SiteReport::new(vec![r.clone()], vec![]);
        let labels = ["p.html".to_string()];
        for f in Format::ALL {
            let whole = render_whole(f, &site, &labels, st, "public");
            let page = render_page(f, &r, "p.html", st, "public");
            if matches!(f, Format::Text | Format::Json) {
                assert_ne!(whole, page, "{:?}", f);
            } else {
                assert_eq!(whole, page, "{:?}", f);
            }
        }
    }

    /// `SiteEnd::score` (what a streamed site knows at its end) is the score of
    /// the report model.
    #[test]
    fn site_score_matches_the_report_model() {
        let (s, labels) = testing::site(9, Locale::En);
        let records: Vec<PageRecord> = s
            .pages
            .iter()
            .zip(&labels)
            .map(|(r, l)| PageRecord::of(r, l))
            .collect();
        let end = SiteEnd {
            records: records.clone(),
            checks: s.site.checks.clone(),
            data: None,
            crawl: None,
        };
        assert_eq!(end.score(), s.score);
        assert_eq!(site_score(&records, s.site.score), s.score);
        for scores in [vec![], vec![33], vec![1, 2], vec![99, 100, 0, 50]] {
            let recs: Vec<PageRecord> = scores
                .iter()
                .map(|&sc| PageRecord {
                    label: String::new(),
                    score: sc,
                    counts: [0; 4],
                    locale: Locale::En,
                })
                .collect();
            let mut pages = Vec::new();
            for &sc in &scores {
                let mut p = s.pages[0].clone();
                p.score = sc;
                pages.push(p);
            }
            for checks in [Vec::new(), s.site.checks.clone()] {
                let want = SiteReport::new(pages.clone(), checks.clone());
                assert_eq!(site_score(&recs, want.site.score), want.score, "{:?}", scores);
            }
        }
    }
}
