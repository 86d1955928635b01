//! One self-contained HTML report file (inline CSS, no scripts, no external
//! requests). Every page-derived text is escaped.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::escape_html as esc;
use super::spool::PageSource;
use super::{Renderer, Setup, SiteEnd, Style};
use crate::report::{CheckReport, Report, ToolInfo};
use crate::vocab::Status;

pub struct Html {
    style: Style,
}

impl Html {
    pub fn new(setup: Setup) -> Html {
        Html { style: setup.style }
    }
}

impl Renderer for Html {
    fn piece(&self, r: &Report, label: &str) -> String {
        let mut out = String::new();
        page_details(&mut out, r, label, self.style);
        out
    }

    /// The head, the site score, the site checks, the pages' table, then the
    /// pages' details.
    fn finish(&self, out: &mut dyn Write, end: &mut SiteEnd, pages: &mut dyn PageSource) -> io::Result<()> {
        let loc = end.locale();
        let score = end.score();
        let mut s = String::new();
        let _ = write!(
            s,
            "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>smo-audit report</title><style>{}</style></head><body>\n",
            loc.pick("en", "tr"),
            CSS
        );
        let _ = writeln!(
            s,
            "<h1>smo-audit — {} <span class=\"{}\">{}/100</span></h1><p>{} {} · smo-audit {}</p>",
            loc.pick("site score", "site puanı"),
            score_class(score),
            score,
            end.records.len(),
            loc.pick("pages", "sayfa"),
            esc(&ToolInfo::current().version)
        );
        if !end.unreadable().is_empty() {
            let _ = writeln!(
                s,
                "<h2>{} ({})</h2><ul>",
                loc.pick("Not audited", "Denetlenmedi"),
                end.unreadable().len()
            );
            for u in end.unreadable() {
                let _ = writeln!(s, "<li class=\"fail\">{} — {}</li>", esc(&u.path), esc(&u.reason));
            }
            s.push_str("</ul>\n");
        }
        if !end.checks.is_empty() {
            let _ = writeln!(s, "<h2>{}</h2><ul>", loc.pick("Whole site", "Tüm site"));
            for c in &end.checks {
                check(
                    &mut s,
                    c,
                    Style {
                        verbose: true,
                        ..self.style
                    },
                );
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
                esc(&r.label),
                score_class(r.score),
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
}

const CSS: &str = "body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}h1{font-size:1.6em}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left}.s{font-weight:700}.pass{color:#187a2f}.warn{color:#9a6700}.fail{color:#c0392b}.skip{color:#777}details{margin:.6em 0;border:1px solid #ddd;border-radius:6px;padding:.4em .8em}summary{cursor:pointer;font-weight:600}li{margin:.3em 0}code,.ev{font-family:ui-monospace,monospace;font-size:.9em;background:#f6f6f6;padding:0 .2em;white-space:pre-wrap;word-break:break-all}.fix{color:#035}";

fn score_class(s: u32) -> &'static str {
    if s >= 90 {
        "pass"
    } else if s >= 50 {
        "warn"
    } else {
        "fail"
    }
}

fn check(out: &mut String, c: &CheckReport, style: Style) {
    if !style.shows(c.status) {
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
fn page_details(out: &mut String, r: &Report, label: &str, style: Style) {
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
            check(out, c, style);
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</details>\n");
}
