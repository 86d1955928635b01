//! SARIF 2.1.0: one run, the checks as rules (with help), warn / fail as results
//! with the page file and line. GitHub code scanning reads it.

use std::io::{self, Write};

use serde_json::{json, Value};

use super::findings::{page_findings, site_findings, with_root, Finding};
use super::spool::PageSource;
use super::{indent, Renderer, Setup, SiteEnd};
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
}

impl Sarif {
    pub fn new(setup: Setup) -> Sarif {
        Sarif {
            root: setup.root,
            rule_ids: rules(Locale::default()).1,
        }
    }
}

/// The findings as SARIF results, each indented to its place in the log.
fn results(out: &mut String, findings: &[Finding], ids: &[String], root: &str) {
    for (i, f) in findings.iter().enumerate() {
        if i > 0 {
            out.push_str(",\n");
        }
        let v = result(f, ids, root);
        indent(
            out,
            &serde_json::to_string_pretty(&v).unwrap_or_default(),
            "        ",
        );
    }
}

impl Renderer for Sarif {
    fn separator(&self) -> &'static str {
        ",\n"
    }

    fn piece(&self, r: &Report, label: &str) -> String {
        let mut out = String::new();
        results(&mut out, &page_findings(r, label, 10), &self.rule_ids, &self.root);
        out
    }

    /// The log (rules in the site's locale, site score) with the pages'
    /// results, then the site checks', in its results array.
    fn finish(&self, out: &mut dyn Write, end: &mut SiteEnd, pages: &mut dyn PageSource) -> io::Result<()> {
        let (rules, ids) = rules(end.locale());
        let text = serde_json::to_string_pretty(&log(
            rules,
            serde_json::Value::String(SARIF_RESULTS.into()),
            end.score(),
        ))
        .unwrap_or_default();
        let mut site = String::new();
        results(&mut site, &site_findings(&end.checks, 10), &ids, &self.root);
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
            "defaultConfiguration": {"level": "warning", "rank": (weight as f64) * 33.3},
            "properties": {"tags": ["smo"]},
        }));
    }
    (rules, ids)
}

/// One finding as a SARIF result (`ids`: the rule ids, for `ruleIndex`).
fn result(f: &Finding, ids: &[String], root: &str) -> Value {
    let level = if f.check.status == Status::Fail {
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
    let mut region = json!({});
    if let Some(l) = f.line {
        region["startLine"] = json!(l.max(1));
    }
    let mut phys = json!({"artifactLocation": {"uri": uri_escape(&file)}});
    if f.line.is_some() {
        phys["region"] = region;
    }
    result["locations"] = json!([{"physicalLocation": phys}]);
    result
}

/// The SARIF log around the results.
fn log(rules: Vec<Value>, results: Value, score: u32) -> Value {
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
