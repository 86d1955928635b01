//! `smo-audit.toml`: turn checks off or change their severity, change thresholds,
//! ignore paths by glob, override per path glob. Unknown keys and check ids are
//! errors that name the line. Found from the audited folder upward, or `--config`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;

use crate::options::RuleConfig;
use crate::report::gates::Gates;
use crate::vocab::Status;

pub const FILE_NAME: &str = "smo-audit.toml";

/// The loaded configuration.
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub path: Option<PathBuf>,
    pub rules: BTreeMap<String, RuleConfig>,
    pub ignore: Vec<Glob>,
    pub overrides: Vec<Override>,
    pub min_score: Option<u32>,
    pub page_min_score: Option<u32>,
    pub fail_on: Option<String>,
    pub locale: Option<String>,
    pub base_url: Option<String>,
    /// `[audit] user-agent`: the User-Agent header a crawl sends
    /// (`--user-agent` wins).
    pub user_agent: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Override {
    pub paths: Vec<Glob>,
    pub rules: BTreeMap<String, RuleConfig>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(default)]
    audit: RawAudit,
    #[serde(default)]
    rules: BTreeMap<String, RawRule>,
    #[serde(default)]
    overrides: Vec<RawOverride>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawAudit {
    min_score: Option<u32>,
    page_min_score: Option<u32>,
    fail_on: Option<String>,
    locale: Option<String>,
    base_url: Option<String>,
    user_agent: Option<String>,
    #[serde(default)]
    ignore: Vec<String>,
}

#[derive(Deserialize)]
struct RawRule {
    enabled: Option<bool>,
    severity: Option<String>,
    #[serde(flatten)]
    params: BTreeMap<String, toml::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOverride {
    paths: Vec<String>,
    #[serde(default)]
    rules: BTreeMap<String, RawRule>,
}

/// The line (1-based) where a key first appears, for error messages.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| {
            let l = l.split('#').next().unwrap_or("");
            l.contains(&format!("rules.{}]", needle))
                || l.contains(&format!("rules.\"{}\"", needle))
                || l.trim_start().starts_with(&format!("{} ", needle))
                || l.trim_start().starts_with(&format!("{}=", needle))
                || l.trim_start().starts_with(&format!("\"{}\"", needle))
        })
        .map(|i| i + 1)
        .unwrap_or(0)
}

fn convert_rules(
    text: &str,
    file: &str,
    raw: BTreeMap<String, RawRule>,
) -> Result<BTreeMap<String, RuleConfig>, String> {
    let mut out = BTreeMap::new();
    for (id, r) in raw {
        let line = line_of(text, &id);
        if crate::checks::registry::find(&id).is_none() {
            let near = crate::checks::registry::near(&id);
            return Err(format!(
                "{}:{}: unknown check id {:?}{}; `smo-audit rules` lists them",
                file,
                line,
                id,
                if near.is_empty() {
                    String::new()
                } else {
                    format!(" (did you mean {}?)", near.join(", "))
                }
            ));
        }
        let mut rc = RuleConfig {
            enabled: r.enabled,
            ..Default::default()
        };
        match r.severity.as_deref() {
            None => {}
            Some("warn") => rc.severity = Some(Status::Warn),
            Some("fail") | Some("error") => rc.severity = Some(Status::Fail),
            Some("off") => rc.enabled = Some(false),
            Some(o) => {
                return Err(format!(
                    "{}:{}: severity {:?} for {}: use \"warn\", \"fail\" or \"off\"",
                    file, line, o, id
                ))
            }
        }
        for (k, v) in r.params {
            let j = match v {
                toml::Value::Integer(i) => serde_json::Value::from(i),
                toml::Value::Float(f) => serde_json::Value::from(f),
                toml::Value::Boolean(b) => serde_json::Value::from(b),
                toml::Value::String(s) => serde_json::Value::from(s),
                _ => {
                    return Err(format!(
                        "{}:{}: {}.{} must be a number, a string or true/false",
                        file,
                        line_of(text, &k).max(line),
                        id,
                        k
                    ))
                }
            };
            rc.params.insert(k, j);
        }
        out.insert(id, rc);
    }
    Ok(out)
}

impl Config {
    /// Parse a config file's text (`file` names it in errors).
    pub fn parse(text: &str, file: &str) -> Result<Config, String> {
        let raw: Raw = toml::from_str(text).map_err(|e| {
            let msg = e.message().to_string();
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1)
                .unwrap_or(0);
            format!("{}:{}: {}", file, line, msg)
        })?;
        let glob = |g: &str| Glob::new(g).map_err(|e| format!("{}:{}: {}", file, line_of_text(text, g), e));
        if let Some(f) = raw.audit.fail_on.as_deref() {
            if !matches!(f, "fail" | "warn") {
                return Err(format!(
                    "{}:{}: fail-on must be \"fail\" or \"warn\", not {:?}",
                    file,
                    line_of_text(text, "fail-on"),
                    f
                ));
            }
        }
        if let Some(l) = raw.audit.locale.as_deref() {
            if !matches!(l, "en" | "tr") {
                return Err(format!(
                    "{}:{}: locale must be \"en\" or \"tr\", not {:?}",
                    file,
                    line_of_text(text, "locale"),
                    l
                ));
            }
        }
        if let Some(ua) = raw.audit.user_agent.as_deref() {
            if ua.trim().is_empty() || !ua.chars().all(|c| c.is_ascii() && !c.is_ascii_control()) {
                return Err(format!(
                    "{}:{}: user-agent must be non-empty printable ASCII, not {:?}",
                    file,
                    line_of_text(text, "user-agent"),
                    ua
                ));
            }
        }
        for (k, v) in [
            ("min-score", raw.audit.min_score),
            ("page-min-score", raw.audit.page_min_score),
        ] {
            if v.is_some_and(|v| v > 100) {
                return Err(format!("{}:{}: {} must be 0–100", file, line_of_text(text, k), k));
            }
        }
        let mut overrides = Vec::new();
        for o in raw.overrides {
            overrides.push(Override {
                paths: o.paths.iter().map(|g| glob(g)).collect::<Result<_, _>>()?,
                rules: convert_rules(text, file, o.rules)?,
            });
        }
        Ok(Config {
            path: None,
            rules: convert_rules(text, file, raw.rules)?,
            ignore: raw
                .audit
                .ignore
                .iter()
                .map(|g| glob(g))
                .collect::<Result<_, _>>()?,
            overrides,
            min_score: raw.audit.min_score,
            page_min_score: raw.audit.page_min_score,
            fail_on: raw.audit.fail_on,
            locale: raw.audit.locale,
            base_url: raw.audit.base_url,
            user_agent: raw.audit.user_agent,
        })
    }

    /// The gates this config sets, with the command line's values winning
    /// where given (`fail_on`: "fail" or "warn").
    pub fn gates(&self, fail_on: Option<&str>, min_score: Option<u32>, page_min_score: Option<u32>) -> Gates {
        Gates {
            fail_on: fail_on
                .or(self.fail_on.as_deref())
                .and_then(|f| Gates::parse_fail_on(f).ok()),
            min_score: min_score.or(self.min_score),
            page_min_score: page_min_score.or(self.page_min_score),
        }
    }

    pub fn ignored(&self, path: &str) -> bool {
        self.ignore.iter().any(|g| g.matches(path))
    }

    /// The rules for one page: the global ones, then every matching override.
    pub fn rules_for(&self, path: &str) -> BTreeMap<String, RuleConfig> {
        let mut rules = self.rules.clone();
        for o in &self.overrides {
            if o.paths.iter().any(|g| g.matches(path)) {
                for (id, r) in &o.rules {
                    let e = rules.entry(id.clone()).or_default();
                    if r.enabled.is_some() {
                        e.enabled = r.enabled;
                    }
                    if r.severity.is_some() {
                        e.severity = r.severity;
                    }
                    e.params.extend(r.params.clone());
                }
            }
        }
        rules
    }
}

/// Edit distance (for "did you mean").
fn line_of_text(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or(0)
}

/// A path glob: `*` (no `/`), `**` (any depth), `?`, matched on `/` paths.
#[derive(Debug, Clone)]
pub struct Glob {
    pub text: String,
    re: regex_lite::Regex,
}

impl Glob {
    pub fn new(g: &str) -> Result<Glob, String> {
        let mut re = String::from("^");
        let g2 = g.trim_start_matches("./").trim_start_matches('/');
        let chars: Vec<char> = g2.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            match chars[i] {
                '*' if chars.get(i + 1) == Some(&'*') => {
                    if chars.get(i + 2) == Some(&'/') {
                        re.push_str("(?:.*/)?");
                        i += 3;
                    } else {
                        re.push_str(".*");
                        i += 2;
                    }
                    continue;
                }
                '*' => re.push_str("[^/]*"),
                '?' => re.push_str("[^/]"),
                c => re.push_str(&regex_lite::escape(&c.to_string())),
            }
            i += 1;
        }
        // A folder name matches everything under it.
        if g2.ends_with('/') {
            re.push_str(".*");
        }
        re.push('$');
        let re = regex_lite::Regex::new(&re).map_err(|e| format!("bad glob {:?}: {}", g, e))?;
        Ok(Glob {
            text: g.to_string(),
            re,
        })
    }
    pub fn matches(&self, path: &str) -> bool {
        self.re.is_match(path.trim_start_matches('/'))
    }
}

/// The commented file `smo-audit init` writes.
pub fn template() -> String {
    let mut s = String::from(
        r#"# smo-audit configuration. Found in the audited folder or any folder above it,
# or given with --config. Unknown keys and check ids are errors.
# `smo-audit rules` lists the check ids; `smo-audit explain ID` names each
# check's thresholds.

[audit]
# Exit 1 when the site score is under this (command-line --min-score wins).
# min-score = 80
# Exit 1 when any page scores under this.
# page-min-score = 60
# "fail": exit 1 on any failed check; "warn": on any warning too.
# fail-on = "fail"
# Language of the messages: "en" or "tr".
# locale = "en"
# The site's public address, used to map files to URLs.
# base-url = "https://example.com"
# The User-Agent header a crawl sends (command-line --user-agent wins).
# user-agent = "smo-audit (+https://example.com/contact)"
# Paths (relative to the audited folder) to leave out, as globs.
ignore = ["404.html", "drafts/**"]

# Per check: enabled = false, severity = "warn" | "fail" | "off", and thresholds.
# [rules.og-title]
# min = 15
# max = 70
#
# [rules.og-image-files]
# large_width = 1200
# large_height = 630
#
# [rules.comments]
# enabled = false

# Different rules for some paths (later overrides win).
# [[overrides]]
# paths = ["legal/**", "*.amp.html"]
# [overrides.rules.share-buttons]
# enabled = false
"#,
    );
    s.push_str("\n# Check ids:\n");
    let ids: Vec<&str> = crate::checks::registry::all().map(|c| c.id).collect();
    for chunk in ids.chunks(6) {
        s.push_str(&format!("#   {}\n", chunk.join(", ")));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_parses() {
        let c = Config::parse(&template(), "t").unwrap();
        assert!(c.ignored("drafts/a/b.html") && c.ignored("404.html") && !c.ignored("blog/404.html"));
    }

    #[test]
    fn rules_severity_params_overrides() {
        let t = "[rules.og-title]\nmax = 60\nseverity = \"warn\"\n[rules.orphan-pages]\nenabled = false\n[[overrides]]\npaths = [\"blog/**\"]\n[overrides.rules.orphan-pages]\nenabled = true\n";
        let c = Config::parse(t, "t").unwrap();
        assert_eq!(c.rules["og-title"].params["max"], 60);
        assert_eq!(c.rules["og-title"].severity, Some(Status::Warn));
        assert_eq!(c.rules_for("about.html")["orphan-pages"].enabled, Some(false));
        assert_eq!(c.rules_for("blog/x/y.html")["orphan-pages"].enabled, Some(true));
    }

    #[test]
    fn errors_name_the_line() {
        let e = Config::parse("[audit]\nmin-score = 50\nbogus = 1\n", "c.toml").unwrap_err();
        assert!(e.starts_with("c.toml:3:"), "{}", e);
        let e = Config::parse("# x\n\n[rules.og-titel]\nmax = 3\n", "c.toml").unwrap_err();
        assert!(
            e.starts_with("c.toml:3:") && e.contains("og-titel") && e.contains("og-title"),
            "{}",
            e
        );
        let e = Config::parse("[rules.og-title]\nseverity = \"loud\"\n", "c.toml").unwrap_err();
        assert!(e.contains("severity"), "{}", e);
        let c = Config::parse("[audit]\nuser-agent = \"MyBot/1.0\"\n", "c.toml").unwrap();
        assert_eq!(c.user_agent.as_deref(), Some("MyBot/1.0"));
        for bad in ["\"\"", "\"a\\tb\"", "\"bot é\""] {
            let e = Config::parse(&format!("[audit]\nuser-agent = {}\n", bad), "c.toml").unwrap_err();
            assert!(e.starts_with("c.toml:2: user-agent must be"), "{}", e);
        }
        let e = Config::parse("[audit]\nfail-on = \"never\"\n", "c.toml").unwrap_err();
        assert!(e.starts_with("c.toml:2:"), "{}", e);
    }

    #[test]
    fn globs() {
        let g = Glob::new("blog/*.html").unwrap();
        assert!(g.matches("blog/a.html") && !g.matches("blog/x/a.html"));
        let g = Glob::new("**/index.html").unwrap();
        assert!(g.matches("index.html") && g.matches("a/b/index.html"));
        let g = Glob::new("drafts/").unwrap();
        assert!(g.matches("drafts/x/y.html"));
    }
}
