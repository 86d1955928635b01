//! Markdown for a pull-request comment or `$GITHUB_STEP_SUMMARY`: the scores, then
//! the problems, grouped by page, with fixes. Untrusted text is escaped.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::escape_markdown as md;
use super::spool::PageSource;
use super::{Renderer, Setup, SiteEnd, Style};
use crate::report::{CheckReport, Report};
use crate::vocab::Status;

const MAX_TABLE: usize = 50;
const MAX_DETAILS: usize = 25;
/// Stop adding page details past this size (GitHub comments hold 65,536 characters).
const MAX_CHARS: usize = 50_000;

fn icon(s: Status) -> &'static str {
    match s {
        Status::Pass => "✅",
        Status::Warn => "⚠️",
        Status::Fail => "❌",
        Status::Skip => "➖",
    }
}

fn check_lines(out: &mut String, c: &CheckReport) {
    let _ = writeln!(out, "- {} **{}** — {}", icon(c.status), md(&c.id), md(&c.message));
    let _ = writeln!(out, "  - Fix: {}", md(&c.help));
    for e in c.evidence.iter().take(5) {
        let mut l = String::from("  - ");
        if let Some(u) = &e.url {
            let _ = write!(l, "{} ", md(u));
        }
        if let Some(n) = e.line {
            let _ = write!(l, "line {}: ", n);
        }
        if let Some(s) = e.snippet.as_deref().or(e.selector.as_deref()) {
            let _ = write!(l, "{}", md(s));
        }
        let _ = writeln!(out, "{}", l);
    }
    if c.evidence.len() > 5 {
        let _ = writeln!(out, "  - … and {} more", c.evidence.len() - 5);
    }
}

/// One page's problems as a `<details>` block.
fn page_details(out: &mut String, label: &str, score: u32, bad: &[&CheckReport]) {
    let _ = writeln!(
        out,
        "\n<details><summary>{} — {}/100</summary>\n",
        md(label),
        score
    );
    for c in bad {
        check_lines(out, c);
    }
    let _ = writeln!(out, "\n</details>");
}

pub struct Markdown {
    style: Style,
}

impl Markdown {
    pub fn new(setup: Setup) -> Markdown {
        Markdown { style: setup.style }
    }
}

impl Renderer for Markdown {
    fn piece(&self, r: &Report, label: &str) -> String {
        let mut out = String::new();
        let bad: Vec<&CheckReport> = r.checks().filter(|c| self.style.lists(c.status)).collect();
        if !bad.is_empty() {
            page_details(&mut out, label, r.score, &bad);
        }
        out
    }

    /// The site score and totals, the pages' table (worst first), the site
    /// checks' problems, then the worst pages' details, within a comment's size.
    fn finish(&self, out: &mut dyn Write, end: &mut SiteEnd, pages: &mut dyn PageSource) -> io::Result<()> {
        let loc = end.locale();
        let score = end.score();
        let n = end.records.len();
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
        if let Some(c) = &end.crawl {
            let _ = writeln!(s, "{}\n", md(&c.line(loc)));
        }
        let recs = &end.records;
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by(|&a, &b| (recs[a].score, &recs[a].label).cmp(&(recs[b].score, &recs[b].label)));
        let _ = writeln!(
            s,
            "| {} | {} | ❌ | ⚠️ |\n| --- | ---: | ---: | ---: |",
            loc.pick("Page", "Sayfa"),
            loc.pick("Score", "Puan")
        );
        for &i in order.iter().take(MAX_TABLE) {
            let [_, wa, fa, _] = recs[i].counts;
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} |",
                md(&recs[i].label),
                recs[i].score,
                fa,
                wa
            );
        }
        if order.len() > MAX_TABLE {
            let more = order.len() - MAX_TABLE;
            let _ = writeln!(
                s,
                "\n{}",
                loc.pick(
                    format!("… and {} more pages (see the full report).", more),
                    format!("… ve {} sayfa daha (tam rapora bakın).", more)
                )
            );
        }
        if !end.unreadable().is_empty() {
            let _ = writeln!(
                s,
                "\n### {} ({})\n",
                loc.pick("Not audited", "Denetlenmedi"),
                end.unreadable().len()
            );
            for u in end.unreadable().iter().take(MAX_TABLE) {
                let _ = writeln!(s, "- ❌ {} — {}", md(&u.path), md(&u.reason));
            }
        }
        let bad: Vec<&CheckReport> = end.checks.iter().filter(|c| self.style.lists(c.status)).collect();
        if !bad.is_empty() {
            let _ = writeln!(s, "\n### {}\n", loc.pick("Whole site", "Tüm site"));
            for c in bad {
                check_lines(&mut s, c);
            }
        }
        let mut shown = 0;
        for &i in &order {
            if recs[i].at_or_above(true) == 0 {
                continue;
            }
            if shown == MAX_DETAILS || s.len() > MAX_CHARS {
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

#[cfg(test)]
mod tests {
    use crate::render::{render_whole, testing, Format, Style};
    use crate::report::SiteReport;

    #[test]
    fn long_sites_fit_a_comment_and_text_is_escaped() {
        let page = testing::page("<title>x</title>", &Default::default());
        let pages = vec![page; 500];
        let labels: Vec<String> = (0..500).map(|i| format!("p{}|<b>.html", i)).collect();
        let s = SiteReport::new(pages, vec![]);
        let out = render_whole(Format::Markdown, &s, &labels, Style::default(), "");
        assert!(out.len() < 65_536, "{}", out.len());
        assert!(out.contains("450 more pages"));
        assert!(out.contains("p0\\|\\<b\\>.html") && !out.contains("<b>"));
    }
}
