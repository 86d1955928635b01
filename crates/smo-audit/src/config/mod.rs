//! `smo-audit.toml`: turn checks off or change their severity, change thresholds,
//! ignore paths by glob, override per path glob, gate the run. Every key of
//! every table is checked first ([`validate`]): unknown keys, wrong types,
//! impossible thresholds and bad URLs are errors naming the key's line. Found
//! from the audited folder upward, or `--config`.

pub mod options;
mod validate;
pub use validate::absolute_http;

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
    /// `[gates] categories.ID = N`: every page's score in that category must
    /// be at least N.
    pub gate_categories: BTreeMap<String, u32>,
    /// `[gates] checks = [ID, …]`: a failure of any of these checks fails the run.
    pub gate_checks: Vec<String>,
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
    #[serde(default)]
    gates: RawGates,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawGates {
    #[serde(default)]
    categories: BTreeMap<String, u32>,
    #[serde(default)]
    checks: Vec<String>,
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

/// The rules of a `[rules]` table, already validated.
fn convert_rules(raw: BTreeMap<String, RawRule>) -> BTreeMap<String, RuleConfig> {
    let mut out = BTreeMap::new();
    for (id, r) in raw {
        let mut rc = RuleConfig {
            enabled: r.enabled,
            ..Default::default()
        };
        match r.severity.as_deref() {
            Some("warn") => rc.severity = Some(Status::Warn),
            Some("fail") | Some("error") => rc.severity = Some(Status::Fail),
            Some("off") => rc.enabled = Some(false),
            _ => {}
        }
        for (k, v) in r.params {
            let j = match v {
                toml::Value::Integer(i) => serde_json::Value::from(i),
                toml::Value::Float(f) => serde_json::Value::from(f),
                _ => continue,
            };
            rc.params.insert(k, j);
        }
        out.insert(id, rc);
    }
    out
}

impl Config {
    /// Parse a config file's text (`file` names it in errors).
    pub fn parse(text: &str, file: &str) -> Result<Config, String> {
        validate::validate(text, file)?;
        let raw: Raw = toml::from_str(text).map_err(|e| {
            let msg = e.message().to_string();
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1)
                .unwrap_or(0);
            format!("{}:{}: {}", file, line, msg)
        })?;
        let glob = |g: &str| Glob::new(g).map_err(|e| format!("{}: {}", file, e));
        let mut overrides = Vec::new();
        for o in raw.overrides {
            overrides.push(Override {
                paths: o.paths.iter().map(|g| glob(g)).collect::<Result<_, _>>()?,
                rules: convert_rules(o.rules),
            });
        }
        Ok(Config {
            path: None,
            rules: convert_rules(raw.rules),
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
            gate_categories: raw.gates.categories,
            gate_checks: raw.gates.checks,
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
            categories: self.gate_categories.clone(),
            checks: self.gate_checks.clone(),
            baseline: None,
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
# or given with --config. Unknown keys, check ids and wrong values are errors.
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

# More gates (exit 1). With --baseline FILE (an earlier --format json report),
# fail-on and the checks below count only problems that are new.
[gates]
# Every page's score in a category must be at least this. Category ids:
# profile, share, opengraph, urls, navigation, readability, engagement,
# analytics, site.
# categories.opengraph = 90
# A failure of any of these checks, on any page or the site, fails the run.
# checks = ["og-image", "share-target"]

# Per check: enabled = false, severity = "warn" | "fail" | "off", and the
# thresholds it declares (`smo-audit explain ID` lists them; others are errors).
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
            assert!(e.starts_with("c.toml:2: [audit] user-agent must be"), "{}", e);
        }
        let e = Config::parse("[audit]\nfail-on = \"never\"\n", "c.toml").unwrap_err();
        assert!(e.starts_with("c.toml:2:"), "{}", e);
    }

    fn err(t: &str) -> String {
        Config::parse(t, "smo-audit.toml").unwrap_err()
    }

    #[test]
    fn unknown_param_names_its_line_and_the_nearest_key() {
        let e = err("# c\n[rules.og-title]\nmin = 10\nmaximum = 60\n");
        assert_eq!(
            e,
            "smo-audit.toml:4: [rules.og-title] unknown key \"maximum\" (did you mean max?) (known: enabled, severity, min, max)"
        );
        // In an override too.
        let e = err("[[overrides]]\npaths = [\"a/**\"]\n[overrides.rules.og-title]\nmxa = 3\n");
        assert!(
            e.starts_with("smo-audit.toml:4: [overrides.rules.og-title] unknown key \"mxa\""),
            "{}",
            e
        );
        // A check without thresholds.
        let e = err("[rules.comments]\nmin = 3\n");
        assert!(e.contains("(known: enabled, severity)"), "{}", e);
    }

    #[test]
    fn wrong_types_and_impossible_ranges() {
        let e = err("[rules.og-title]\nmax = \"sixty\"\n");
        assert_eq!(
            e,
            "smo-audit.toml:2: [rules.og-title] max must be a whole number, 0 or more, not \"sixty\""
        );
        let e = err("[rules.og-title]\nmin = -5\n");
        assert!(
            e.starts_with("smo-audit.toml:2:") && e.contains("0 or more"),
            "{}",
            e
        );
        let e = err("[rules.og-title]\nmin = 12.5\n");
        assert!(e.contains("whole number"), "{}", e);
        let e = err("[rules.og-image]\nratio_tolerance = 1.5\n");
        assert!(e.contains("from 0 to 1"), "{}", e);
        let e = err("[rules.og-title]\nmax = 20\nmin = 80\n");
        assert_eq!(
            e,
            "smo-audit.toml:3: [rules.og-title] min = 80 is above max = 20: nothing could pass"
        );
        let e = err("[rules.og-title]\nenabled = \"no\"\n");
        assert!(
            e.starts_with("smo-audit.toml:2:") && e.contains("true or false"),
            "{}",
            e
        );
        let e = err("[rules]\nog-title = 3\n");
        assert!(
            e.starts_with("smo-audit.toml:2:") && e.contains("must be a table"),
            "{}",
            e
        );
        // Good values pass, floats where numbers are allowed.
        let c = Config::parse(
            "[rules.og-image]\nratio_tolerance = 0.2\nmin_width = 100\n[rules.readability-score]\npass = -10\n",
            "t",
        )
        .unwrap();
        assert_eq!(c.rules["og-image"].params["ratio_tolerance"], 0.2);
    }

    #[test]
    fn severity_url_and_audit_keys_name_their_own_line() {
        let e = err("[rules.og-title]\nmax = 60\n\nseverity = \"loud\"\n");
        assert!(
            e.starts_with("smo-audit.toml:4: [rules.og-title] severity must be"),
            "{}",
            e
        );
        let e = err("[rules.og-title]\nseverity = \"warning\"\n");
        assert!(e.contains("did you mean warn"), "{}", e);
        for bad in ["\"not a url\"", "\"ftp://example.com\"", "\"/blog\"", "42"] {
            let e = err(&format!("[audit]\nlocale = \"en\"\nbase-url = {}\n", bad));
            assert!(e.starts_with("smo-audit.toml:3: [audit] base-url"), "{}", e);
        }
        let c = Config::parse("[audit]\nbase-url = \"https://example.com/docs/\"\n", "t").unwrap();
        assert_eq!(c.base_url.as_deref(), Some("https://example.com/docs/"));
        let e = err("[audit]\nmin-score = 101\n");
        assert!(
            e.starts_with("smo-audit.toml:2: [audit] min-score must be 0–100"),
            "{}",
            e
        );
        let e = err("[audit]\nmin-scor = 80\n");
        assert!(e.contains("did you mean min-score"), "{}", e);
        let e = err("[audti]\nmin-score = 80\n");
        assert!(
            e.starts_with("smo-audit.toml:1: unknown key \"audti\" (did you mean audit?)"),
            "{}",
            e
        );
        let e = err("[audit]\nignore = [\"a\", 3]\n");
        assert!(e.contains("array of strings"), "{}", e);
        // Every error at once, in line order.
        let e = err("[rules.og-title]\nmaximum = 1\n[audit]\nfail-on = \"never\"\n");
        assert_eq!(e.lines().count(), 2, "{}", e);
        assert!(
            e.lines().nth(1).unwrap().starts_with("smo-audit.toml:4:"),
            "{}",
            e
        );
    }

    #[test]
    fn gates_table() {
        let c = Config::parse(
            "[gates]\ncategories.opengraph = 90\nchecks = [\"og-image\", \"og-image-files\"]\n",
            "t",
        )
        .unwrap();
        let g = c.gates(None, None, None);
        assert_eq!(g.categories["opengraph"], 90);
        assert_eq!(g.checks, vec!["og-image", "og-image-files"]);
        let e = err("[gates]\ncategories.opengrahp = 90\n");
        assert!(
            e.starts_with(
                "smo-audit.toml:2: [gates] unknown category \"opengrahp\" (did you mean opengraph?)"
            ),
            "{}",
            e
        );
        let e = err("[gates]\n\nchecks = [\"og-imag\"]\n");
        assert!(
            e.starts_with("smo-audit.toml:3:") && e.contains("did you mean og-image"),
            "{}",
            e
        );
        let e = err("[gates.categories]\nurls = 120\n");
        assert!(e.starts_with("smo-audit.toml:2:") && e.contains("0–100"), "{}", e);
        let e = err("[gates]\nmin-score = 80\n");
        assert!(e.contains("unknown key \"min-score\""), "{}", e);
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
