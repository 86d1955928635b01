//! The config file checked key by key before it is read: every table's keys
//! (unknown ones get the nearest known key), every value's type, the check
//! thresholds against what each check declares (`Check::params`: kind, and
//! `min` not above `max`), URLs, severities, gate categories and check ids.
//! Each error names the file and the line of the key itself; all are reported
//! at once, in line order.

use std::ops::Range;

use toml::de::{DeString, DeTable, DeValue};
use toml::Spanned;

use crate::checks::{registry, Category};
use crate::text::near::did_you_mean;

const TOP: &[&str] = &["audit", "rules", "overrides", "gates"];
const AUDIT: &[&str] = &[
    "min-score",
    "page-min-score",
    "fail-on",
    "locale",
    "base-url",
    "user-agent",
    "ignore",
];
const RULE: &[&str] = &["enabled", "severity"];
const OVERRIDE: &[&str] = &["paths", "rules"];
const GATES: &[&str] = &["categories", "checks"];
/// The values of `severity`.
pub const SEVERITIES: &[&str] = &["warn", "fail", "error", "off"];

type Key<'i> = Spanned<DeString<'i>>;
type Val<'i> = Spanned<DeValue<'i>>;

/// Check the text; `Ok` when TOML that does not parse is left to the reader
/// (its syntax error names the line).
pub fn validate(text: &str, file: &str) -> Result<(), String> {
    let Ok(doc) = DeTable::parse(text) else {
        return Ok(());
    };
    let mut v = V {
        text,
        errors: Vec::new(),
    };
    for (k, val) in doc.get_ref().iter() {
        match k.get_ref().as_ref() {
            "audit" => v.audit(k, val),
            "rules" => v.rules("rules", k, val),
            "overrides" => v.overrides(k, val),
            "gates" => v.gates(k, val),
            o => v.unknown(k, "", o, TOP),
        }
    }
    if v.errors.is_empty() {
        return Ok(());
    }
    v.errors.sort();
    v.errors.dedup();
    Err(v
        .errors
        .iter()
        .map(|(line, m)| format!("{}:{}: {}", file, line, m))
        .collect::<Vec<_>>()
        .join("\n"))
}

struct V<'t> {
    text: &'t str,
    errors: Vec<(usize, String)>,
}

/// A value as written, for messages (`"sixty"`, `[1, 2]`, `true`).
fn shown(v: &DeValue) -> String {
    match v {
        DeValue::String(s) => format!("{:?}", s.as_ref()),
        DeValue::Integer(i) => i.to_string(),
        DeValue::Float(f) => f.to_string(),
        DeValue::Boolean(b) => b.to_string(),
        DeValue::Datetime(d) => d.to_string(),
        DeValue::Array(_) => "an array".to_string(),
        DeValue::Table(_) => "a table".to_string(),
    }
}

/// A number's value (integer or float).
fn number(v: &DeValue) -> Option<f64> {
    match v {
        DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix()).ok().map(|n| n as f64),
        DeValue::Float(f) => f.as_str().parse().ok(),
        _ => None,
    }
}

impl V<'_> {
    fn line(&self, span: Range<usize>) -> usize {
        self.text[..span.start.min(self.text.len())].matches('\n').count() + 1
    }

    fn err(&mut self, k: &Key, msg: String) {
        let line = self.line(k.span());
        self.errors.push((line, msg));
    }

    /// An unknown key of `table` (`""`: the top level).
    fn unknown(&mut self, k: &Key, table: &str, key: &str, known: &[&str]) {
        let at = if table.is_empty() {
            String::new()
        } else {
            format!("[{}] ", table)
        };
        self.err(
            k,
            format!(
                "{}unknown key {:?}{} (known: {})",
                at,
                key,
                did_you_mean(key, known.iter().copied()),
                known.join(", ")
            ),
        );
    }

    fn table<'a, 'i>(&mut self, name: &str, k: &Key, v: &'a Val<'i>) -> Option<&'a DeTable<'i>> {
        match v.get_ref() {
            DeValue::Table(t) => Some(t),
            o => {
                self.err(k, format!("{} must be a table, not {}", name, shown(o)));
                None
            }
        }
    }

    fn string<'a>(&mut self, table: &str, k: &Key, v: &'a Val) -> Option<&'a str> {
        match v.get_ref() {
            DeValue::String(s) => Some(s.as_ref()),
            o => {
                self.err(
                    k,
                    format!("[{}] {} must be a string, not {}", table, k.get_ref(), shown(o)),
                );
                None
            }
        }
    }

    fn strings<'a>(&mut self, table: &str, k: &Key, v: &'a Val) -> Option<Vec<&'a str>> {
        let bad = |o: &DeValue| {
            format!(
                "[{}] {} must be an array of strings, not {}",
                table,
                k.get_ref(),
                shown(o)
            )
        };
        match v.get_ref() {
            DeValue::Array(a) => {
                let mut out = Vec::new();
                for e in a.iter() {
                    match e.get_ref() {
                        DeValue::String(s) => out.push(s.as_ref()),
                        o => {
                            let m = bad(o);
                            self.err(k, m);
                            return None;
                        }
                    }
                }
                Some(out)
            }
            o => {
                let m = bad(o);
                self.err(k, m);
                None
            }
        }
    }

    /// A score threshold: a whole number from 0 to 100.
    fn score(&mut self, table: &str, k: &Key, v: &Val) {
        let ok = matches!(v.get_ref(), DeValue::Integer(_))
            && number(v.get_ref()).is_some_and(|n| (0.0..=100.0).contains(&n));
        if !ok {
            self.err(
                k,
                format!(
                    "[{}] {} must be 0–100 (a whole number), not {}",
                    table,
                    k.get_ref(),
                    shown(v.get_ref())
                ),
            );
        }
    }

    fn one_of(&mut self, table: &str, k: &Key, v: &Val, allowed: &[&str]) {
        if let Some(s) = self.string(table, k, v) {
            if !allowed.contains(&s) {
                self.err(
                    k,
                    format!(
                        "[{}] {} must be {}, not {:?}{}",
                        table,
                        k.get_ref(),
                        allowed
                            .iter()
                            .map(|a| format!("{:?}", a))
                            .collect::<Vec<_>>()
                            .join(" or "),
                        s,
                        did_you_mean(s, allowed.iter().copied())
                    ),
                );
            }
        }
    }

    fn globs(&mut self, table: &str, k: &Key, v: &Val) {
        for g in self.strings(table, k, v).unwrap_or_default() {
            if let Err(e) = super::Glob::new(g) {
                self.err(k, format!("[{}] {}: {}", table, k.get_ref(), e));
            }
        }
    }

    fn audit(&mut self, k: &Key, v: &Val) {
        let Some(t) = self.table("[audit]", k, v) else {
            return;
        };
        for (k, v) in t.iter() {
            match k.get_ref().as_ref() {
                "min-score" | "page-min-score" => self.score("audit", k, v),
                "fail-on" => self.one_of("audit", k, v, &["fail", "warn"]),
                "locale" => self.one_of("audit", k, v, &["en", "tr"]),
                "base-url" => {
                    if let Some(u) = self.string("audit", k, v) {
                        if let Err(why) = absolute_http(u) {
                            self.err(
                                k,
                                format!(
                                    "[audit] base-url {:?} is not an absolute http(s) URL ({}); give e.g. \"https://example.com\"",
                                    u, why
                                ),
                            );
                        }
                    }
                }
                "user-agent" => {
                    if let Some(ua) = self.string("audit", k, v) {
                        if ua.trim().is_empty() || !ua.chars().all(|c| c.is_ascii() && !c.is_ascii_control())
                        {
                            self.err(
                                k,
                                format!(
                                    "[audit] user-agent must be non-empty printable ASCII, not {:?}",
                                    ua
                                ),
                            );
                        }
                    }
                }
                "ignore" => self.globs("audit", k, v),
                o => self.unknown(k, "audit", o, AUDIT),
            }
        }
    }

    /// `[rules]` (or an override's): a table of check ids, each a table.
    fn rules(&mut self, name: &str, k: &Key, v: &Val) {
        let Some(t) = self.table(&format!("[{}]", name), k, v) else {
            return;
        };
        for (id_key, v) in t.iter() {
            let id = id_key.get_ref().as_ref();
            let Some(check) = registry::find(id) else {
                self.err(
                    id_key,
                    format!(
                        "[{}] unknown check id {:?}{}; `smo-audit rules` lists them",
                        name,
                        id,
                        did_you_mean(id, registry::all().map(|c| c.id))
                    ),
                );
                continue;
            };
            let table = format!("{}.{}", name, id);
            let Some(rule) = self.table(&format!("[{}]", table), id_key, v) else {
                continue;
            };
            let mut values: Vec<(&str, f64, &Key)> = Vec::new();
            for (k, v) in rule.iter() {
                let key = k.get_ref().as_ref();
                match key {
                    "enabled" => {
                        if !matches!(v.get_ref(), DeValue::Boolean(_)) {
                            self.err(
                                k,
                                format!(
                                    "[{}] enabled must be true or false, not {}",
                                    table,
                                    shown(v.get_ref())
                                ),
                            );
                        }
                    }
                    "severity" => self.one_of(&table, k, v, SEVERITIES),
                    _ => match check.params.iter().find(|p| p.name == key) {
                        None => {
                            let known: Vec<&str> = RULE
                                .iter()
                                .copied()
                                .chain(check.params.iter().map(|p| p.name))
                                .collect();
                            self.unknown(k, &table, key, &known);
                        }
                        Some(p) => match number(v.get_ref()) {
                            Some(n) if p.kind.accepts(n) => values.push((p.name, n, k)),
                            _ => self.err(
                                k,
                                format!(
                                    "[{}] {} must be {}, not {}",
                                    table,
                                    key,
                                    p.kind.describe(),
                                    shown(v.get_ref())
                                ),
                            ),
                        },
                    },
                }
            }
            for p in check.params {
                let (Some(lo), Some(hi_name)) = (values.iter().find(|v| v.0 == p.name), p.at_most) else {
                    continue;
                };
                if let Some(hi) = values.iter().find(|v| v.0 == hi_name) {
                    if lo.1 > hi.1 {
                        self.err(
                            lo.2,
                            format!(
                                "[{}] {} = {} is above {} = {}: nothing could pass",
                                table, lo.0, lo.1, hi.0, hi.1
                            ),
                        );
                    }
                }
            }
        }
    }

    fn overrides(&mut self, k: &Key, v: &Val) {
        let DeValue::Array(a) = v.get_ref() else {
            self.err(
                k,
                format!(
                    "overrides must be an array of tables ([[overrides]]), not {}",
                    shown(v.get_ref())
                ),
            );
            return;
        };
        for o in a.iter() {
            let DeValue::Table(t) = o.get_ref() else {
                self.err(k, "each [[overrides]] entry must be a table".to_string());
                continue;
            };
            if !t.contains_key("paths") {
                let line = self.line(o.span());
                self.errors
                    .push((line, "[[overrides]] needs paths = [\"glob\", …]".to_string()));
            }
            for (k, v) in t.iter() {
                match k.get_ref().as_ref() {
                    "paths" => self.globs("overrides", k, v),
                    "rules" => self.rules("overrides.rules", k, v),
                    o => self.unknown(k, "overrides", o, OVERRIDE),
                }
            }
        }
    }

    fn gates(&mut self, k: &Key, v: &Val) {
        let Some(t) = self.table("[gates]", k, v) else {
            return;
        };
        for (k, v) in t.iter() {
            match k.get_ref().as_ref() {
                "categories" => {
                    let Some(cats) = self.table("[gates] categories", k, v) else {
                        continue;
                    };
                    for (ck, cv) in cats.iter() {
                        let id = ck.get_ref().as_ref();
                        if Category::parse(id).is_none() {
                            self.err(
                                ck,
                                format!(
                                    "[gates] unknown category {:?}{} (known: {})",
                                    id,
                                    did_you_mean(id, Category::ALL.iter().map(|c| c.id())),
                                    Category::ALL
                                        .iter()
                                        .map(|c| c.id())
                                        .collect::<Vec<_>>()
                                        .join(", ")
                                ),
                            );
                        } else {
                            self.score("gates.categories", ck, cv);
                        }
                    }
                }
                "checks" => {
                    for id in self.strings("gates", k, v).unwrap_or_default() {
                        if registry::find(id).is_none() {
                            self.err(
                                k,
                                format!(
                                    "[gates] checks: unknown check id {:?}{}; `smo-audit rules` lists them",
                                    id,
                                    did_you_mean(id, registry::all().map(|c| c.id))
                                ),
                            );
                        }
                    }
                }
                o => self.unknown(k, "gates", o, GATES),
            }
        }
    }
}

/// `Ok` for an absolute http(s) URL with a host; else why not.
pub fn absolute_http(u: &str) -> Result<(), String> {
    match url::Url::parse(u) {
        Ok(p) if !matches!(p.scheme(), "http" | "https") => Err(format!("the scheme is {}", p.scheme())),
        Ok(p) if p.host_str().is_none_or(str::is_empty) => Err("no host".to_string()),
        Ok(_) => Ok(()),
        Err(e) => Err(e.to_string()),
    }
}
