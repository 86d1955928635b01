//! Markdown for a pull-request comment or `$GITHUB_STEP_SUMMARY`: the scores, then
//! the problems, grouped by page, with fixes. Untrusted text is escaped.

use std::fmt::Write;

use super::{CheckReport, SiteReport, Status};

pub(crate) const MAX_TABLE: usize = 50;
pub(crate) const MAX_DETAILS: usize = 25;
/// Stop adding page details past this size (GitHub comments hold 65,536 characters).
pub(crate) const MAX_CHARS: usize = 50_000;

/// Escape text for a markdown table cell or paragraph (no HTML, no markup).
pub fn md(s: &str) -> String {
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

fn icon(s: Status) -> &'static str {
    match s {
        Status::Pass => "✅",
        Status::Warn => "⚠️",
        Status::Fail => "❌",
        Status::Skip => "➖",
    }
}

pub(crate) fn check_lines(out: &mut String, c: &CheckReport) {
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

pub fn markdown(s: &SiteReport, labels: &[String]) -> String {
    let loc = s.pages.first().map(|p| p.locale).unwrap_or_default();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "## smo-audit: {} {}/100\n",
        loc.pick("site score", "site puanı"),
        s.score
    );
    let (mut f, mut w) = (0, 0);
    for r in &s.pages {
        let [_, wa, fa, _] = r.counts();
        f += fa;
        w += wa;
    }
    let _ = writeln!(
        out,
        "{} {} · ❌ {} · ⚠️ {}{}\n",
        s.pages.len(),
        loc.pick("pages", "sayfa"),
        f,
        w,
        s.site
            .score
            .map(|x| format!(" · {} {}", loc.pick("site checks", "site denetimleri"), x))
            .unwrap_or_default()
    );
    // Worst pages first; a PR comment holds at most 65,536 characters, so long
    // sites list the first pages and say how many were left out.
    let mut order: Vec<usize> = (0..s.pages.len().min(labels.len())).collect();
    order.sort_by_key(|&i| (s.pages[i].score, labels[i].clone()));
    let _ = writeln!(
        out,
        "| {} | {} | ❌ | ⚠️ |\n| --- | ---: | ---: | ---: |",
        loc.pick("Page", "Sayfa"),
        loc.pick("Score", "Puan")
    );
    for &i in order.iter().take(MAX_TABLE) {
        let [_, wa, fa, _] = s.pages[i].counts();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            md(&labels[i]),
            s.pages[i].score,
            fa,
            wa
        );
    }
    if order.len() > MAX_TABLE {
        let more = order.len() - MAX_TABLE;
        let _ = writeln!(
            out,
            "\n{}",
            loc.pick(
                format!("… and {} more pages (see the full report).", more),
                format!("… ve {} sayfa daha (tam rapora bakın).", more)
            )
        );
    }
    let bad: Vec<&CheckReport> = s
        .site
        .checks
        .iter()
        .filter(|c| matches!(c.status, Status::Warn | Status::Fail))
        .collect();
    if !bad.is_empty() {
        let _ = writeln!(out, "\n### {}\n", loc.pick("Whole site", "Tüm site"));
        for c in bad {
            check_lines(&mut out, c);
        }
    }
    let mut shown = 0;
    for &i in &order {
        let (r, label) = (&s.pages[i], &labels[i]);
        let bad: Vec<&CheckReport> = r
            .checks()
            .filter(|c| matches!(c.status, Status::Warn | Status::Fail))
            .collect();
        if bad.is_empty() {
            continue;
        }
        if shown == MAX_DETAILS || out.len() > MAX_CHARS {
            let _ = writeln!(
                out,
                "\n{}",
                loc.pick(
                    "(more pages with problems: see the full report)",
                    "(sorunlu başka sayfalar da var: tam rapora bakın)"
                )
            );
            break;
        }
        shown += 1;
        page_details(&mut out, label, r.score, &bad);
    }
    out
}

/// One page's problems as a `<details>` block.
pub(crate) fn page_details(out: &mut String, label: &str, score: u32, bad: &[&CheckReport]) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::SiteReport;

    #[test]
    fn long_sites_fit_a_comment_and_text_is_escaped() {
        let page = crate::audit_html("<title>x</title>", &Default::default()).unwrap();
        let pages = vec![page; 500];
        let labels: Vec<String> = (0..500).map(|i| format!("p{}|<b>.html", i)).collect();
        let s = SiteReport::new(pages, vec![]);
        let out = markdown(&s, &labels);
        assert!(out.len() < 65_536, "{}", out.len());
        assert!(out.contains("450 more pages"));
        assert!(out.contains("p0\\|\\<b\\>.html") && !out.contains("<b>"));
    }
}
