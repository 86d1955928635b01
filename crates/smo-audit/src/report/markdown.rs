//! Markdown for a pull-request comment or `$GITHUB_STEP_SUMMARY`: the scores, then
//! the problems, grouped by page, with fixes. Untrusted text is escaped.

use std::fmt::Write;

use super::{CheckReport, Status};

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
    use crate::report::render::{Format, Style};
    use crate::report::SiteReport;
    use crate::site::stream::render_whole;

    #[test]
    fn long_sites_fit_a_comment_and_text_is_escaped() {
        let page = crate::audit_html("<title>x</title>", &Default::default()).unwrap();
        let pages = vec![page; 500];
        let labels: Vec<String> = (0..500).map(|i| format!("p{}|<b>.html", i)).collect();
        let s = SiteReport::new(pages, vec![]);
        let out = render_whole(Format::Markdown, &s, &labels, Style::default(), "");
        assert!(out.len() < 65_536, "{}", out.len());
        assert!(out.contains("450 more pages"));
        assert!(out.contains("p0\\|\\<b\\>.html") && !out.contains("<b>"));
    }
}
