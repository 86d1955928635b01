//! SARIF 2.1.0: one run, the checks as rules (with help), warn / fail as results
//! with the page file and line. GitHub code scanning reads it.

use std::io::{self, Write};

use serde_json::{json, Value};

use super::findings::{page_findings, site_findings, with_root, Finding};
use super::spool::PageSource;
use super::{Renderer, Setup, SiteEnd, Style, MAX_RESULTS};
use crate::i18n::Locale;
use crate::report::Report;
use crate::vocab::Status;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Placeholder for the results array in the SARIF skeleton (no page text there).
const SARIF_RESULTS: &str = "@@smo-audit-streamed-results@@";

pub struct Sarif {
    /// The folder the page paths are relative to.
    root: String,
    /// The rule ids, for the pages' `ruleIndex`.
    rule_ids: Vec<String>,
    style: Style,
}

impl Sarif {
    pub fn new(setup: Setup) -> Sarif {
        Sarif {
            root: setup.root,
            rule_ids: rules(Locale::default()).1,
            style: setup.style,
        }
    }
}

/// The findings as SARIF results, one line each: a tag (`E` error, `W`
/// warning) then the result as compact JSON. The tag lets [`Sarif::finish`]
/// write the errors first when the results are capped; it never reaches the
/// output.
fn results(out: &mut String, findings: &[Finding], ids: &[String], root: &str) {
    for f in findings {
        out.push(if f.status == Status::Fail { 'E' } else { 'W' });
        out.push_str(&serde_json::to_string(&result(f, ids, root)).unwrap_or_default());
        out.push('\n');
    }
}

/// Writes tagged result lines into the results array: counts them, and
/// writes those it is given while there is room.
struct Writer<'a> {
    out: &'a mut dyn Write,
    written: usize,
    cap: usize,
}

impl Writer<'_> {
    /// Write the lines of `chunk` whose tag is in `tags`, while there is room.
    fn lines(&mut self, chunk: &str, tags: &[u8]) -> io::Result<()> {
        for line in chunk.lines() {
            let Some(&tag) = line.as_bytes().first() else {
                continue;
            };
            if !tags.contains(&tag) || self.written >= self.cap {
                continue;
            }
            self.out.write_all(if self.written == 0 {
                b"\n        "
            } else {
                b",\n        "
            })?;
            self.out.write_all(&line.as_bytes()[1..])?;
            self.written += 1;
        }
        Ok(())
    }
}

/// Count the tagged lines of a chunk: (errors, warnings).
fn count(chunk: &str) -> (usize, usize) {
    let mut n = (0, 0);
    for line in chunk.lines() {
        match line.as_bytes().first() {
            Some(b'E') => n.0 += 1,
            Some(b'W') => n.1 += 1,
            _ => {}
        }
    }
    n
}

impl Renderer for Sarif {
    fn piece(&self, r: &Report, label: &str) -> String {
        let mut out = String::new();
        let findings = page_findings(r, label, 10, &self.style);
        results(&mut out, &findings, &self.rule_ids, &self.root);
        out
    }

    /// The log (rules in the site's locale, site score) with the pages'
    /// results, then the site checks', in its results array: all of them when
    /// they fit under the cap, else the errors first, then warnings while
    /// there is room; what was left out is counted in the run's notifications.
    fn finish(&self, out: &mut dyn Write, end: &mut SiteEnd, pages: &mut dyn PageSource) -> io::Result<()> {
        let (rules, ids) = rules(end.locale());
        let mut site = String::new();
        let findings = site_findings(&end.checks, 10, &self.style);
        results(&mut site, &findings, &ids, &self.root);
        let n = pages.count();
        let (mut errors, mut warnings) = count(&site);
        for i in 0..n {
            let (e, w) = count(&pages.piece(i)?);
            errors += e;
            warnings += w;
        }
        let cap = match self.style.max_results {
            Some(0) => usize::MAX,
            Some(c) => c,
            None => MAX_RESULTS,
        };
        let total = errors + warnings;
        let left_out = total.saturating_sub(cap);
        let mut notes: Vec<Value> = end
            .unreadable()
            .iter()
            .map(|u| {
                json!({
                    "level": "error",
                    "descriptor": {"id": "not-audited"},
                    "message": {"text": format!("{}: not audited: {}", u.path, u.reason)},
                    "locations": [{"physicalLocation": {"artifactLocation": artifact(&with_root(&self.root, &u.path))}}],
                })
            })
            .collect();
        if left_out > 0 {
            let kept_errors = errors.min(cap);
            notes.push(json!({
                "level": "warning",
                "descriptor": {"id": "results-capped"},
                "message": {"text": format!(
                    "{} of {} results left out (--max-results {}): {} errors and {} warnings written, errors first; the JSON report has them all.",
                    left_out, total, cap, kept_errors, cap - kept_errors
                )},
            }));
        }
        let text = serde_json::to_string_pretty(&log(
            rules,
            serde_json::Value::String(SARIF_RESULTS.into()),
            end.score(),
            notes,
        ))
        .unwrap_or_default();
        let marker = format!("\"{}\"", SARIF_RESULTS);
        let at = text.find(&marker).unwrap_or(text.len());
        out.write_all(&text.as_bytes()[..at])?;
        out.write_all(b"[")?;
        let mut w = Writer { out, written: 0, cap };
        let passes: &[&[u8]] = if left_out > 0 { &[b"E", b"W"] } else { &[b"EW"] };
        for tags in passes {
            for i in 0..n {
                let piece = pages.piece(i)?;
                w.lines(&piece, tags)?;
            }
            w.lines(&site, tags)?;
        }
        let any = w.written > 0;
        out.write_all(if any { b"\n      ]" } else { b"]" })?;
        out.write_all(&text.as_bytes()[(at + marker.len()).min(text.len())..])?;
        out.write_all(b"\n")
    }
}

/// Every check (page and site) as a SARIF rule, and the rule ids in the same order.
fn rules(locale: Locale) -> (Vec<Value>, Vec<String>) {
    let mut rules: Vec<Value> = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    let all_checks = crate::checks::registry::all().map(|c| {
        (
            c.id,
            c.title.get(locale),
            c.help.get(locale),
            c.doc.what,
            c.doc.why,
            c.doc.fix,
            c.weight,
        )
    });
    for (id, title, help, what, why, fix, weight) in all_checks {
        ids.push(id.to_string());
        rules.push(json!({
            "id": id,
            "name": camel(id),
            "shortDescription": {"text": title},
            "fullDescription": {"text": what},
            "help": {
                "text": format!("{}\n\nWhy: {}\n\nFix: {}", help, why, fix),
                "markdown": format!("**{}**\n\n{}\n\n*Why:* {}\n\n*Fix:* {}\n\n`smo-audit explain {}`", title, help, why, fix, id),
            },
            "defaultConfiguration": {"level": "warning", "rank": (weight as f64 * 333.0).round() / 10.0},
            "properties": {"tags": ["smo"]},
        }));
    }
    (rules, ids)
}

/// One finding as a SARIF result (`ids`: the rule ids, for `ruleIndex`):
/// always a location with a region (line 1 when the check names no line); a
/// relative path under `%SRCROOT%`, an absolute path as a `file:` URI, a
/// crawled page as its own URL.
fn result(f: &Finding, ids: &[String], root: &str) -> Value {
    let level = if f.status == Status::Fail {
        "error"
    } else {
        "warning"
    };
    let mut text = f.check.message.to_string();
    if let Some(sn) = f.snippet {
        text.push_str(&format!(" [{}]", sn));
    }
    let mut result = json!({
        "ruleId": f.check.id,
        "level": level,
        "message": {"text": text},
    });
    if let Some(i) = ids.iter().position(|x| *x == f.check.id) {
        result["ruleIndex"] = json!(i);
    }
    let file = if f.file.is_empty() {
        "robots.txt".to_string()
    } else {
        f.file.clone()
    };
    let file = with_root(root, &file);
    result["locations"] = json!([{"physicalLocation": {
        "artifactLocation": artifact(&file),
        "region": {"startLine": f.line.unwrap_or(1).max(1)},
    }}]);
    result
}

/// A file as a SARIF artifact location: a relative path under `%SRCROOT%`,
/// an absolute path as a `file:` URI, a URL as itself.
fn artifact(file: &str) -> Value {
    if file.contains("://") {
        json!({"uri": file})
    } else if file.starts_with('/') {
        json!({"uri": format!("file://{}", uri_escape(file))})
    } else {
        json!({"uri": uri_escape(file.trim_start_matches("./")), "uriBaseId": "%SRCROOT%"})
    }
}

/// The SARIF log around the results.
fn log(rules: Vec<Value>, results: Value, score: u32, notes: Vec<Value>) -> Value {
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "smo-audit",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "invocations": [{
                "executionSuccessful": true,
                "toolExecutionNotifications": notes,
            }],
            "results": results,
            "properties": {"siteScore": score},
        }],
    })
}

fn camel(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Percent-encode what a URI reference may not hold (spaces, non-ASCII, `%`).
fn uri_escape(p: &str) -> String {
    let mut out = String::new();
    for b in p.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~:@!$&'()*+,;=".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{:02X}", b));
        }
    }
    out
}
