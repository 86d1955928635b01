//! A site report written as it is made: each page is rendered to its piece of the
//! output right after its audit (`Streamer::piece`, in the worker), the pieces are
//! appended in page order to a `Spool` (a temporary file in the CLI), and at the
//! end `Streamer::finish` writes what needs the whole site (site score, totals,
//! summary table, site checks) around the spooled pages. Between pages only a
//! `PageRecord` (label, score, status counts) and the page's `PageSummary` are
//! kept, so memory does not grow with the page count beyond those.
//!
//! `render_whole` (used by `merge`, the single-page path and the wasm
//! `auditSite`) renders an in-memory report through the same pieces with an
//! in-memory spool, so every format has one implementation;
//! `tests/cli_stream.rs` holds the CLI's parallel, file-spooled output equal to it.

use std::fmt::Write as _;
use std::io::{self, BufWriter, Read, Seek, SeekFrom, Write};

use super::SiteData;
use crate::i18n::Locale;
use crate::report::findings::{page_findings, site_findings};
use crate::report::render::{self, Format, Style};
use crate::report::{github, html, junit, markdown, sarif};
pub use crate::report::{site_score, PageRecord};
use crate::report::{CheckReport, Report, SiteReport, Status, ToolInfo};

/// The end of a streamed site: the page records in order and the site section.
#[derive(Debug, Default)]
pub struct SiteEnd {
    pub records: Vec<PageRecord>,
    pub checks: Vec<CheckReport>,
    pub data: Option<SiteData>,
}

impl SiteEnd {
    /// The site checks' own score (null when there are none).
    pub fn checks_score(&self) -> Option<u32> {
        crate::report::score_checks(&self.checks)
    }
    /// The site score (pages and site checks).
    pub fn score(&self) -> u32 {
        site_score(&self.records, self.checks_score())
    }
    fn locale(&self) -> Locale {
        self.records.first().map(|r| r.locale).unwrap_or_default()
    }
}

/// Append-only store of the page pieces, in page order, with each piece's place.
pub struct Spool<F: Write> {
    w: BufWriter<F>,
    index: Vec<(u64, u64)>,
    len: u64,
    any: bool,
    sep: &'static str,
}

impl<F: Read + Write + Seek> Spool<F> {
    /// `sep` goes between two non-empty pieces (`,\n` in JSON arrays).
    pub fn new(f: F, sep: &'static str) -> Spool<F> {
        Spool {
            w: BufWriter::with_capacity(256 * 1024, f),
            index: Vec::new(),
            len: 0,
            any: false,
            sep,
        }
    }

    pub fn push(&mut self, piece: &str) -> io::Result<()> {
        if !piece.is_empty() && self.any && !self.sep.is_empty() {
            self.w.write_all(self.sep.as_bytes())?;
            self.len += self.sep.len() as u64;
        }
        self.index.push((self.len, piece.len() as u64));
        self.w.write_all(piece.as_bytes())?;
        self.len += piece.len() as u64;
        self.any |= !piece.is_empty();
        Ok(())
    }

    /// Done writing: the pieces, ready to be read back.
    pub fn finish(self) -> io::Result<Pages<F>> {
        let f = self.w.into_inner().map_err(|e| e.into_error())?;
        Ok(Pages {
            f,
            index: self.index,
            len: self.len,
            any: self.any,
        })
    }
}

/// The spooled pieces, read back at the end.
pub struct Pages<F> {
    f: F,
    index: Vec<(u64, u64)>,
    len: u64,
    any: bool,
}

/// Where `Streamer::finish` reads the page pieces from.
pub trait PageSource {
    /// Copy every piece (with the separators) to `out`.
    fn copy_to(&mut self, out: &mut dyn Write) -> io::Result<()>;
    /// The piece of page `i`.
    fn piece(&mut self, i: usize) -> io::Result<String>;
    /// True when at least one piece is not empty.
    fn any(&self) -> bool;
}

impl<F: Read + Seek> PageSource for Pages<F> {
    fn copy_to(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.f.seek(SeekFrom::Start(0)).map_err(spool_error)?;
        let mut left = self.len;
        let mut buf = vec![0; 256 * 1024];
        while left > 0 {
            let want = buf.len().min(usize::try_from(left).unwrap_or(buf.len()));
            let got = self.f.read(&mut buf[..want]).map_err(spool_error)?;
            if got == 0 {
                return Err(spool_error(io::ErrorKind::UnexpectedEof.into()));
            }
            out.write_all(&buf[..got])?;
            left -= got as u64;
        }
        Ok(())
    }
    fn piece(&mut self, i: usize) -> io::Result<String> {
        let Some(&(at, len)) = self.index.get(i) else {
            return Ok(String::new());
        };
        self.f.seek(SeekFrom::Start(at)).map_err(spool_error)?;
        let mut buf = vec![0; usize::try_from(len).unwrap_or(0)];
        self.f.read_exact(&mut buf).map_err(spool_error)?;
        Ok(String::from_utf8_lossy(&buf).into_owned())
    }
    fn any(&self) -> bool {
        self.any
    }
}

/// The pieces of an in-memory report (`render_whole`): kept as strings, no
/// file, no seeking.
struct MemPages {
    pieces: Vec<String>,
    sep: &'static str,
}

impl PageSource for MemPages {
    fn copy_to(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let mut first = true;
        for p in self.pieces.iter().filter(|p| !p.is_empty()) {
            if !first {
                out.write_all(self.sep.as_bytes())?;
            }
            first = false;
            out.write_all(p.as_bytes())?;
        }
        Ok(())
    }
    fn piece(&mut self, i: usize) -> io::Result<String> {
        Ok(self.pieces.get(i).cloned().unwrap_or_default())
    }
    fn any(&self) -> bool {
        self.pieces.iter().any(|p| !p.is_empty())
    }
}

/// A read error of the spool, told apart from a write error of the output.
fn spool_error(e: io::Error) -> io::Error {
    io::Error::new(e.kind(), format!("reading back the temporary page file: {}", e))
}

/// Placeholder for the results array in the SARIF skeleton (no page text there).
const SARIF_RESULTS: &str = "@@smo-audit-streamed-results@@";

/// Renders the pieces of one format.
#[derive(Debug, Clone)]
pub struct Streamer {
    pub format: Format,
    pub style: Style,
    /// The folder the page paths are relative to (SARIF / GitHub file names).
    pub root: String,
    rule_ids: Vec<String>,
}

impl Streamer {
    pub fn new(format: Format, style: Style, root: &str) -> Streamer {
        let rule_ids = if format == Format::Sarif {
            sarif::rules(Locale::default()).1
        } else {
            Vec::new()
        };
        Streamer {
            format,
            style,
            root: root.to_string(),
            rule_ids,
        }
    }

    /// True when the pages come first in the output (text, github): their pieces
    /// can go straight to the output, no spool needed.
    pub fn pages_first(&self) -> bool {
        matches!(self.format, Format::Text | Format::Github)
    }

    /// What goes between two non-empty pieces.
    pub fn separator(&self) -> &'static str {
        match self.format {
            Format::Json | Format::Sarif => ",\n",
            _ => "",
        }
    }

    /// One page's piece of the output.
    pub fn piece(&self, r: &Report, label: &str) -> String {
        let mut out = String::new();
        match self.format {
            Format::Text => {
                out = render::text_page(r, label, self.style);
                out.push('\n');
            }
            Format::Json => indent(&mut out, &render::json_page(r), "    "),
            Format::Markdown => {
                let bad: Vec<&CheckReport> = r
                    .checks()
                    .filter(|c| matches!(c.status, Status::Warn | Status::Fail))
                    .collect();
                if !bad.is_empty() {
                    markdown::page_details(&mut out, label, r.score, &bad);
                }
            }
            Format::Sarif => {
                for (i, f) in page_findings(r, label, 10).iter().enumerate() {
                    if i > 0 {
                        out.push_str(",\n");
                    }
                    let v = sarif::result(f, &self.rule_ids, &self.root);
                    indent(
                        &mut out,
                        &serde_json::to_string_pretty(&v).unwrap_or_default(),
                        "        ",
                    );
                }
            }
            Format::Junit => {
                let checks: Vec<&CheckReport> = r.checks().collect();
                junit::suite(label, &checks, Some(r.score), false, &mut out);
            }
            Format::Github => {
                for f in page_findings(r, label, 5) {
                    out.push_str(&github::line(&f, &self.root));
                }
            }
            Format::Html => html::page_details(&mut out, r, label, self.style.verbose),
        }
        out
    }

    /// Write the whole output: what comes before the pages, the pages from
    /// `pages` (None: they were already written to `out`, for `pages_first`
    /// formats), and what comes after.
    pub fn finish(
        &self,
        out: &mut dyn Write,
        end: &mut SiteEnd,
        pages: Option<&mut dyn PageSource>,
    ) -> io::Result<()> {
        let loc = end.locale();
        let score = end.score();
        let n = end.records.len();
        let mut empty = MemPages {
            pieces: Vec::new(),
            sep: "",
        };
        let pages: &mut dyn PageSource = match pages {
            Some(p) => p,
            None => &mut empty,
        };
        let style = self.style;
        match self.format {
            Format::Text => {
                pages.copy_to(out)?;
                let mut s = String::new();
                if !end.checks.is_empty() {
                    let _ = writeln!(s, "{}", style.paint("1", loc.pick("Whole site", "Tüm site")));
                    for c in &end.checks {
                        if style.verbose || matches!(c.status, Status::Warn | Status::Fail) {
                            render::write_check(&mut s, c, style, loc);
                        }
                    }
                    s.push('\n');
                }
                let _ = writeln!(s, "{}", style.paint("1", loc.pick("Summary", "Özet")));
                let width = end
                    .records
                    .iter()
                    .map(|r| r.label.chars().count())
                    .max()
                    .unwrap_or(4)
                    .min(60);
                out.write_all(s.as_bytes())?;
                for r in &end.records {
                    s.clear();
                    let [_, warn, fail, _] = r.counts;
                    let _ = writeln!(
                        s,
                        "  {:<width$}  {}  {} {}  {} {}",
                        render::clean_for_terminal(&r.label),
                        style.paint(render::score_color(r.score), &format!("{:>3}", r.score)),
                        style.paint("31", "✗"),
                        fail,
                        style.paint("33", "!"),
                        warn,
                        width = width
                    );
                    out.write_all(s.as_bytes())?;
                }
                s.clear();
                let _ = writeln!(
                    s,
                    "  {} {}/100 ({} {})",
                    loc.pick("Site score", "Site puanı"),
                    style.paint(render::score_color(score), &score.to_string()),
                    n,
                    loc.pick("pages", "sayfa")
                );
                out.write_all(s.as_bytes())
            }
            Format::Json => {
                // The report without its pages (moved in and back: no copy).
                let mut skeleton = SiteReport::new(Vec::new(), std::mem::take(&mut end.checks));
                skeleton.score = score;
                skeleton.site.data = end.data.take();
                // Written as it is serialized (the site data of a big site is
                // tens of MB); the empty page list near the top is swapped for
                // the spooled pages.
                // One serializer for both cases (no pages: nothing to splice in).
                let mut sp = Splice {
                    out: &mut *out,
                    pages: &mut *pages,
                    held: Vec::new(),
                    done: n == 0,
                };
                let r = serde_json::to_writer_pretty(&mut sp, &skeleton)
                    .map_err(io::Error::other)
                    .and_then(|_| sp.finish());
                end.checks = std::mem::take(&mut skeleton.site.checks);
                end.data = skeleton.site.data.take();
                r?;
                out.write_all(b"\n")
            }
            Format::Sarif => {
                let (rules, ids) = sarif::rules(loc);
                let text = serde_json::to_string_pretty(&sarif::log(
                    rules,
                    serde_json::Value::String(SARIF_RESULTS.into()),
                    score,
                ))
                .unwrap_or_default();
                let mut site = String::new();
                for (i, f) in site_findings(&end.checks, 10).iter().enumerate() {
                    if i > 0 {
                        site.push_str(",\n");
                    }
                    let v = sarif::result(f, &ids, &self.root);
                    indent(
                        &mut site,
                        &serde_json::to_string_pretty(&v).unwrap_or_default(),
                        "        ",
                    );
                }
                let marker = format!("\"{}\"", SARIF_RESULTS);
                let at = text.find(&marker).unwrap_or(text.len());
                out.write_all(&text.as_bytes()[..at])?;
                if !pages.any() && site.is_empty() {
                    out.write_all(b"[]")?;
                } else {
                    out.write_all(b"[\n")?;
                    pages.copy_to(out)?;
                    if pages.any() && !site.is_empty() {
                        out.write_all(b",\n")?;
                    }
                    out.write_all(site.as_bytes())?;
                    out.write_all(b"\n      ]")?;
                }
                out.write_all(&text.as_bytes()[(at + marker.len()).min(text.len())..])?;
                out.write_all(b"\n")
            }
            Format::Junit => {
                let (mut tests, mut failures, mut skipped) = (0, 0, 0);
                for r in &end.records {
                    tests += r.counts.iter().sum::<usize>();
                    failures += r.at_or_above(false);
                    skipped += r.counts[Status::Skip as usize];
                }
                let mut site = String::new();
                if !end.checks.is_empty() {
                    let checks: Vec<&CheckReport> = end.checks.iter().collect();
                    let (t, f, sk) = junit::suite("site", &checks, end.checks_score(), false, &mut site);
                    tests += t;
                    failures += f;
                    skipped += sk;
                }
                write!(
                    out,
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"smo-audit\" tests=\"{}\" failures=\"{}\" skipped=\"{}\">\n",
                    tests, failures, skipped
                )?;
                pages.copy_to(out)?;
                out.write_all(site.as_bytes())?;
                out.write_all(b"</testsuites>\n")
            }
            Format::Github => {
                pages.copy_to(out)?;
                let mut s = String::new();
                for f in site_findings(&end.checks, 5) {
                    s.push_str(&github::line(&f, &self.root));
                }
                s.push_str(&format!(
                    "::notice title=smo-audit::Site score {}/100 ({} pages)\n",
                    score, n
                ));
                out.write_all(s.as_bytes())
            }
            Format::Html => {
                let mut s = String::new();
                let _ = write!(
                    s,
                    "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>smo-audit report</title><style>{}</style></head><body>\n",
                    loc.pick("en", "tr"),
                    html::CSS
                );
                let _ = writeln!(
                    s,
                    "<h1>smo-audit — {} <span class=\"{}\">{}/100</span></h1><p>{} {} · smo-audit {}</p>",
                    loc.pick("site score", "site puanı"),
                    html::score_class(score),
                    score,
                    n,
                    loc.pick("pages", "sayfa"),
                    render::escape_html(&ToolInfo::current().version)
                );
                if !end.checks.is_empty() {
                    let _ = writeln!(s, "<h2>{}</h2><ul>", loc.pick("Whole site", "Tüm site"));
                    for c in &end.checks {
                        html::check(&mut s, c, true);
                    }
                    s.push_str("</ul>\n");
                }
                let _ = writeln!(
                    s,
                    "<h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>fail</th><th>warn</th></tr>",
                    loc.pick("Pages", "Sayfalar"),
                    loc.pick("Page", "Sayfa"),
                    loc.pick("Score", "Puan")
                );
                out.write_all(s.as_bytes())?;
                for r in &end.records {
                    s.clear();
                    let [_, w, f, _] = r.counts;
                    let _ = writeln!(
                        s,
                        "<tr><td>{}</td><td class=\"s {}\">{}</td><td>{}</td><td>{}</td></tr>",
                        render::escape_html(&r.label),
                        html::score_class(r.score),
                        r.score,
                        f,
                        w
                    );
                    out.write_all(s.as_bytes())?;
                }
                out.write_all(b"</table>\n")?;
                pages.copy_to(out)?;
                out.write_all(b"</body></html>\n")
            }
            Format::Markdown => {
                let mut s = String::new();
                let _ = writeln!(
                    s,
                    "## smo-audit: {} {}/100\n",
                    loc.pick("site score", "site puanı"),
                    score
                );
                let (mut f, mut w) = (0, 0);
                for r in &end.records {
                    f += r.counts[Status::Fail as usize];
                    w += r.counts[Status::Warn as usize];
                }
                let _ = writeln!(
                    s,
                    "{} {} · ❌ {} · ⚠️ {}{}\n",
                    n,
                    loc.pick("pages", "sayfa"),
                    f,
                    w,
                    end.checks_score()
                        .map(|x| format!(" · {} {}", loc.pick("site checks", "site denetimleri"), x))
                        .unwrap_or_default()
                );
                let recs = &end.records;
                let mut order: Vec<usize> = (0..n).collect();
                order.sort_by(|&a, &b| (recs[a].score, &recs[a].label).cmp(&(recs[b].score, &recs[b].label)));
                let _ = writeln!(
                    s,
                    "| {} | {} | ❌ | ⚠️ |\n| --- | ---: | ---: | ---: |",
                    loc.pick("Page", "Sayfa"),
                    loc.pick("Score", "Puan")
                );
                for &i in order.iter().take(markdown::MAX_TABLE) {
                    let [_, wa, fa, _] = recs[i].counts;
                    let _ = writeln!(
                        s,
                        "| {} | {} | {} | {} |",
                        markdown::md(&recs[i].label),
                        recs[i].score,
                        fa,
                        wa
                    );
                }
                if order.len() > markdown::MAX_TABLE {
                    let more = order.len() - markdown::MAX_TABLE;
                    let _ = writeln!(
                        s,
                        "\n{}",
                        loc.pick(
                            format!("… and {} more pages (see the full report).", more),
                            format!("… ve {} sayfa daha (tam rapora bakın).", more)
                        )
                    );
                }
                let bad: Vec<&CheckReport> = end
                    .checks
                    .iter()
                    .filter(|c| matches!(c.status, Status::Warn | Status::Fail))
                    .collect();
                if !bad.is_empty() {
                    let _ = writeln!(s, "\n### {}\n", loc.pick("Whole site", "Tüm site"));
                    for c in bad {
                        markdown::check_lines(&mut s, c);
                    }
                }
                let mut shown = 0;
                for &i in &order {
                    if recs[i].at_or_above(true) == 0 {
                        continue;
                    }
                    if shown == markdown::MAX_DETAILS || s.len() > markdown::MAX_CHARS {
                        let _ = writeln!(
                            s,
                            "\n{}",
                            loc.pick(
                                "(more pages with problems: see the full report)",
                                "(sorunlu başka sayfalar da var: tam rapora bakın)"
                            )
                        );
                        break;
                    }
                    shown += 1;
                    s.push_str(&pages.piece(i)?);
                }
                out.write_all(s.as_bytes())
            }
        }
    }
}

/// The empty page list of the JSON skeleton, at the top level.
const JSON_EMPTY_PAGES: &[u8] = b"\n  \"pages\": [],\n";

/// Passes the JSON skeleton through to `out`, the first `JSON_EMPTY_PAGES`
/// replaced by the spooled pages. Only the few hundred bytes before it are held.
struct Splice<'a> {
    out: &'a mut dyn Write,
    pages: &'a mut dyn PageSource,
    held: Vec<u8>,
    done: bool,
}

impl Splice<'_> {
    fn finish(&mut self) -> io::Result<()> {
        if !self.done {
            self.done = true;
            self.out.write_all(&self.held)?;
            self.held.clear();
        }
        Ok(())
    }
}

impl Write for Splice<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.done {
            return self.out.write_all(buf).map(|_| buf.len());
        }
        let from = self.held.len().saturating_sub(JSON_EMPTY_PAGES.len());
        self.held.extend_from_slice(buf);
        if let Some(at) = self.held[from..]
            .windows(JSON_EMPTY_PAGES.len())
            .position(|w| w == JSON_EMPTY_PAGES)
            .map(|i| i + from)
        {
            self.done = true;
            let held = std::mem::take(&mut self.held);
            self.out.write_all(&held[..at])?;
            self.out.write_all(b"\n  \"pages\": [\n")?;
            self.pages.copy_to(self.out)?;
            self.out.write_all(b"\n  ],\n")?;
            self.out.write_all(&held[at + JSON_EMPTY_PAGES.len()..])?;
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Append `text` with every line indented (pretty JSON nested deeper; JSON
/// strings hold no raw line breaks).
fn indent(out: &mut String, text: &str, pad: &str) {
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(pad);
        out.push_str(line);
    }
}

/// Render a whole in-memory site report in any format (`merge`, one page, the
/// wasm `auditSite`) through the same pieces and site parts as the CLI's
/// streamed folder audit, the pages kept in memory: every format has one
/// implementation.
pub fn render_whole(format: Format, s: &SiteReport, labels: &[String], style: Style, root: &str) -> String {
    let st = Streamer::new(format, style, root);
    let mut pages = MemPages {
        pieces: Vec::with_capacity(s.pages.len()),
        sep: st.separator(),
    };
    let mut records = Vec::with_capacity(s.pages.len());
    for (r, label) in s.pages.iter().zip(labels) {
        pages.pieces.push(st.piece(r, label));
        records.push(PageRecord::of(r, label));
    }
    let mut end = SiteEnd {
        records,
        checks: s.site.checks.clone(),
        data: s.site.data.clone(),
    };
    let mut out = Vec::new();
    if let Err(e) = st.finish(&mut out, &mut end, Some(&mut pages)) {
        return format!("render error: {}", e);
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;
    use crate::site::{audit_site, SiteInput, SitePage};

    fn site(n: usize, locale: Locale) -> (SiteReport, Vec<String>) {
        let pages: Vec<SitePage> = (0..n)
            .map(|i| SitePage {
                path: format!("p/{}.html", i),
                url: None,
                html: format!(
                    "<html lang=en><title>Page {}</title><meta name=description content=\"about <b>&{}\"><h1>Hi</h1><p>{}</p><a href=\"/p/{}.html\">next</a><a href=\"/missing.html\">x</a>",
                    i % 3,
                    i,
                    "word ".repeat(i * 40),
                    i + 1
                )
                .into_bytes(),
            })
            .collect();
        let input = SiteInput {
            pages,
            files: [("robots.txt".to_string(), b"User-agent: *\n".to_vec())].into(),
            base_url: Some("https://example.com/".into()),
        };
        let opts = Options {
            locale,
            ..Default::default()
        };
        let r = audit_site(&input, &opts).unwrap();
        let labels = r
            .site
            .data
            .as_ref()
            .unwrap()
            .pages
            .iter()
            .map(|p| p.path.clone())
            .collect();
        (r, labels)
    }

    /// The streamed JSON (the skeleton with the spooled pages spliced in) is the
    /// report serialized whole (serde, pretty). The other formats have one implementation, the
    /// pieces; `tests/cli_formats.rs` checks what they print.
    #[test]
    fn streamed_json_equals_the_serialized_report() {
        for (n, loc) in [
            (0, Locale::En),
            (1, Locale::Tr),
            (7, Locale::En),
            (60, Locale::En),
        ] {
            let (s, labels) = site(n, loc);
            let whole = serde_json::to_string_pretty(&s).expect("serialize") + "\n";
            let streamed = render_whole(Format::Json, &s, &labels, Style::default(), "public");
            assert!(whole == streamed, "n={}", n);
            let v: serde_json::Value = serde_json::from_str(&streamed).expect("valid JSON");
            assert_eq!(v["pages"].as_array().map(Vec::len), Some(n));
        }
    }

    #[test]
    fn site_score_matches_the_report_model() {
        let (s, labels) = site(9, Locale::En);
        let records: Vec<PageRecord> = s
            .pages
            .iter()
            .zip(&labels)
            .map(|(r, l)| PageRecord::of(r, l))
            .collect();
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

    #[test]
    fn spool_reads_pieces_back_by_index() {
        let mut sp = Spool::new(io::Cursor::new(Vec::new()), ",\n");
        for p in ["a", "", "bé", "c"] {
            sp.push(p).unwrap();
        }
        let mut pages = sp.finish().unwrap();
        let mut all = Vec::new();
        pages.copy_to(&mut all).unwrap();
        assert_eq!(String::from_utf8(all).unwrap(), "a,\nbé,\nc");
        assert_eq!(pages.piece(2).unwrap(), "bé");
        assert_eq!(pages.piece(1).unwrap(), "");
        assert_eq!(pages.piece(9).unwrap(), "");
        assert!(pages.any());
    }
}
