//! The warn / fail results of a site report flattened into findings with a file
//! and a line, shared by the CI renderers (SARIF, GitHub).

use crate::report::{CheckReport, Report};
use crate::vocab::Status;

use super::Style;

/// One problem at one place.
pub struct Finding<'a> {
    /// The page's path (or the file a site check points at).
    pub file: String,
    pub line: Option<u32>,
    pub check: &'a CheckReport,
    /// This finding's grade: the check's, or its evidence line's own when milder.
    pub status: Status,
    /// A short extra text (the evidence's snippet).
    pub snippet: Option<&'a str>,
}

/// The findings of one page (its warn / fail checks that `style` lists), in
/// check order, at most `per_check` places each.
pub fn page_findings<'a>(r: &'a Report, label: &str, per_check: usize, style: &Style) -> Vec<Finding<'a>> {
    let mut out = Vec::new();
    for c in r.checks() {
        push(&mut out, c, label, per_check, false, style);
    }
    out
}

/// The findings of the whole-site checks.
pub fn site_findings<'a>(checks: &'a [CheckReport], per_check: usize, style: &Style) -> Vec<Finding<'a>> {
    let mut out = Vec::new();
    for c in checks {
        push(&mut out, c, "", per_check, true, style);
    }
    out
}

fn push<'a>(
    out: &mut Vec<Finding<'a>>,
    c: &'a CheckReport,
    label: &str,
    per_check: usize,
    site: bool,
    style: &Style,
) {
    if !matches!(c.status, Status::Warn | Status::Fail) {
        return;
    }
    if c.evidence.is_empty() {
        if style.lists(c.status) {
            out.push(Finding {
                file: if site { String::new() } else { label.to_string() },
                line: None,
                check: c,
                status: c.status,
                snippet: None,
            });
        }
        return;
    }
    for e in c.evidence.iter().take(per_check.max(1)) {
        let status = e.status.filter(|s| *s == Status::Warn).unwrap_or(c.status);
        if !style.lists(status) {
            continue;
        }
        let file = if site {
            e.url.clone().unwrap_or_default()
        } else {
            label.to_string()
        };
        out.push(Finding {
            file,
            line: e.line,
            check: c,
            status,
            snippet: e.snippet.as_deref().or(e.selector.as_deref()),
        });
    }
}

pub use crate::report::repo_path as with_root;
