//! One self-contained HTML report file (inline CSS, no scripts, no external
//! requests). Every page-derived text is escaped.

use std::fmt::Write;

use super::render::escape_html as esc;
use super::{CheckReport, Report, Status};

pub(crate) const CSS: &str = "body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}h1{font-size:1.6em}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left}.s{font-weight:700}.pass{color:#187a2f}.warn{color:#9a6700}.fail{color:#c0392b}.skip{color:#777}details{margin:.6em 0;border:1px solid #ddd;border-radius:6px;padding:.4em .8em}summary{cursor:pointer;font-weight:600}li{margin:.3em 0}code,.ev{font-family:ui-monospace,monospace;font-size:.9em;background:#f6f6f6;padding:0 .2em;white-space:pre-wrap;word-break:break-all}.fix{color:#035}";

pub(crate) fn score_class(s: u32) -> &'static str {
    if s >= 90 {
        "pass"
    } else if s >= 50 {
        "warn"
    } else {
        "fail"
    }
}

pub(crate) fn check(out: &mut String, c: &CheckReport, verbose: bool) {
    if !verbose && !matches!(c.status, Status::Warn | Status::Fail) {
        return;
    }
    let _ = write!(
        out,
        "<li><span class=\"s {}\">{}</span> <code>{}</code> {}",
        c.status.as_str(),
        c.status.as_str(),
        esc(&c.id),
        esc(&c.message)
    );
    if matches!(c.status, Status::Warn | Status::Fail) {
        let _ = write!(out, "<div class=\"fix\">Fix: {}</div>", esc(&c.help));
        if !c.evidence.is_empty() {
            out.push_str("<ul>");
            for e in c.evidence.iter().take(10) {
                let _ = write!(
                    out,
                    "<li>{}{}<span class=\"ev\">{}</span></li>",
                    e.url
                        .as_deref()
                        .map(|u| format!("{} ", esc(u)))
                        .unwrap_or_default(),
                    e.line.map(|l| format!("line {}: ", l)).unwrap_or_default(),
                    esc(e.snippet.as_deref().or(e.selector.as_deref()).unwrap_or(""))
                );
            }
            out.push_str("</ul>");
        }
    }
    out.push_str("</li>\n");
}

/// One page's checklist as a `<details>` block.
pub(crate) fn page_details(out: &mut String, r: &Report, label: &str, verbose: bool) {
    let _ = writeln!(
        out,
        "<details><summary>{} — <span class=\"{}\">{}/100</span> {}</summary>",
        esc(label),
        score_class(r.score),
        r.score,
        esc(r.url.as_deref().unwrap_or(""))
    );
    for cat in &r.categories {
        let _ = writeln!(
            out,
            "<h3>{} {}</h3><ul>",
            esc(&cat.title),
            cat.score.map(|s| s.to_string()).unwrap_or_else(|| "–".into())
        );
        for c in &cat.checks {
            check(out, c, verbose);
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</details>\n");
}
