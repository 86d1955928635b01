//! Markdown for a pull-request comment or `$GITHUB_STEP_SUMMARY`: the scores, then
//! the problems, grouped by page, with fixes. Untrusted text is escaped.

use std::fmt::Write;

use super::{CheckReport, SiteReport, Status};

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
    let _ = writeln!(
        out,
        "| {} | {} | ❌ | ⚠️ |\n| --- | ---: | ---: | ---: |",
        loc.pick("Page", "Sayfa"),
        loc.pick("Score", "Puan")
    );
    for (r, label) in s.pages.iter().zip(labels) {
        let [_, wa, fa, _] = r.counts();
        let _ = writeln!(out, "| {} | {} | {} | {} |", md(label), r.score, fa, wa);
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
    for (r, label) in s.pages.iter().zip(labels) {
        let bad: Vec<&CheckReport> = r
            .checks()
            .filter(|c| matches!(c.status, Status::Warn | Status::Fail))
            .collect();
        if bad.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "\n<details><summary>{} — {}/100</summary>\n",
            md(label),
            r.score
        );
        for c in bad {
            check_lines(&mut out, c);
        }
        let _ = writeln!(out, "\n</details>");
    }
    out
}
