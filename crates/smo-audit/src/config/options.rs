//! The options of the library API given as data (the npm package's objects:
//! audit and site options, render options, gates, a format or locale name),
//! checked before they are read, as `validate` checks the config file: an
//! unknown key, rule id, rule param, locale or format, or a value of the wrong
//! kind, is an error with a plain message and the nearest known name
//! (`unknown option "baseURL": did you mean "baseUrl"?`). The names come from
//! the engine itself (the options' own serializer, the check registry and
//! each check's declared params, the formats, the categories), so a face keeps
//! no list of its own.

use serde_json::{Map, Value};

use crate::checks::{registry, Category};
use crate::i18n::Locale;
use crate::render::{Format, FORMATS};
use crate::report::gates::Gates;
use crate::text::near::near;
use crate::vocab::PageKind;

/// What an option's value must be (`null` is accepted where the option is
/// optional: "not set").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Flag,
    /// A whole number, 0 or more.
    Count,
    /// A whole number from 0 to 100.
    Score,
    Locale,
    Page,
    Rules,
    Texts,
    FailOn,
    Categories,
    CheckIds,
    Shard,
    /// An object (its values are the face's: file bytes).
    Object,
    /// An object of counts (file sizes by path).
    Counts,
    /// What is known of image files: `[{url, bytes?, width?, height?}]`.
    Images,
}

/// One key of an options object: its name, what its value must be, and
/// whether `null` means "not set".
type Key = (&'static str, Kind, bool);

/// The audit options (`Options`, in its serialized spelling; a test holds
/// them equal).
const PAGE: &[Key] = &[
    ("url", Kind::Text, true),
    ("locale", Kind::Locale, false),
    ("kind", Kind::Page, true),
    ("language", Kind::Text, true),
    ("contentType", Kind::Text, true),
    ("maxBytes", Kind::Count, false),
    ("maxDepth", Kind::Count, false),
    ("rules", Kind::Rules, false),
    ("includeText", Kind::Flag, false),
    ("images", Kind::Images, false),
];

/// The keys of one entry of `images` (`ImageInfo`): the address, then what is
/// known of the file (each a count, or null for unknown).
const IMAGE: &[&str] = &["url", "bytes", "width", "height"];

/// What a site adds to the audit options.
const SITE: &[Key] = &[
    ("baseUrl", Kind::Text, true),
    ("files", Kind::Object, false),
    ("fileSizes", Kind::Counts, false),
    ("fileTree", Kind::Flag, true),
    ("root", Kind::Text, true),
    ("shard", Kind::Shard, true),
];

/// How a report is rendered (`Style` and the labels and paths of its pages).
const RENDER: &[Key] = &[
    ("label", Kind::Text, true),
    ("labels", Kind::Texts, true),
    ("verbose", Kind::Flag, false),
    ("color", Kind::Flag, false),
    ("root", Kind::Text, true),
    ("path", Kind::Text, true),
];

/// The gates of a run (`report::gates::Gates`).
const GATES: &[Key] = &[
    ("failOn", Kind::FailOn, true),
    ("minScore", Kind::Score, true),
    ("pageMinScore", Kind::Score, true),
    ("categories", Kind::Categories, true),
    ("checks", Kind::CheckIds, true),
];

/// The keys of a rule's configuration (`RuleConfig`).
const RULE: &[&str] = &["enabled", "severity", "params"];
/// The severities a rule may be given: a failure counts as a warning, or a
/// warning as a failure.
const SEVERITIES: &[&str] = &["warn", "fail"];
const LOCALES: &[&str] = &["en", "tr"];
const KINDS: &[&str] = &["home", "article", "profile", "page"];

/// Which options object is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Object {
    /// The options of one page (`audit`, `auditProfileUrl`, `merge`).
    Page,
    /// A site's options (`auditSite`): the page options and the site's.
    Site,
    /// How a report is rendered.
    Render,
    /// The gates of a run.
    Gates,
}

impl Object {
    fn keys(self) -> Vec<Key> {
        match self {
            Object::Page => PAGE.to_vec(),
            Object::Site => PAGE.iter().chain(SITE).copied().collect(),
            Object::Render => RENDER.to_vec(),
            Object::Gates => GATES.to_vec(),
        }
    }

    /// The object's name in messages, and one of its keys.
    fn names(self) -> (&'static str, &'static str) {
        match self {
            Object::Page | Object::Site => ("options", "option"),
            Object::Render => ("render options", "render option"),
            Object::Gates => ("gates", "gate"),
        }
    }
}

/// ` "a"`, ` "a" or "b"`, ` "a", "b" or "c"`.
fn quoted_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("{:?}", n)).collect();
    match q.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {}", rest.join(", "), last),
    }
}

/// `: did you mean "x"?` with the closest known name, else `fallback`.
fn hint<'a>(word: &str, known: impl IntoIterator<Item = &'a str>, fallback: &str) -> String {
    match near(word, known).first() {
        Some(n) => format!(": did you mean {:?}?", n),
        None => fallback.to_string(),
    }
}

/// A value as written, for messages (`"sixty"`, `120`, `true`, `an array`).
fn shown(v: &Value) -> String {
    match v {
        Value::Array(_) => "an array".to_string(),
        Value::Object(_) => "an object".to_string(),
        o => o.to_string(),
    }
}

fn whole(v: &Value) -> Option<f64> {
    v.as_f64().filter(|n| n.fract() == 0.0)
}

/// A locale's name (`en`, `tr`, as `Locale::parse` reads them), or the error
/// saying which there are.
pub fn locale(name: &str) -> Result<Locale, String> {
    Locale::parse(name).ok_or_else(|| unknown_locale(name))
}

fn unknown_locale(name: &str) -> String {
    format!("unknown locale {:?}: use {}", name, quoted_list(LOCALES))
}

/// An output format's name, or the error with the nearest name.
pub fn format(name: &str) -> Result<Format, String> {
    Format::parse(name).ok_or_else(|| {
        format!(
            "unknown format {:?}{}",
            name,
            hint(
                name,
                FORMATS.iter().copied(),
                &format!(": use {}", quoted_list(&FORMATS))
            )
        )
    })
}

/// Check an options object (as JSON data; `null` is no options). `Err` is
/// the first problem (keys in sorted order).
pub fn check(v: &Value, what: Object) -> Result<(), String> {
    let (name, one) = what.names();
    let m = match v {
        Value::Null => return Ok(()),
        Value::Object(m) => m,
        o => return Err(format!("the {} must be an object, not {}", name, shown(o))),
    };
    let keys = what.keys();
    for (k, val) in m {
        let Some(&(_, kind, nullable)) = keys.iter().find(|(n, _, _)| n == k) else {
            if what == Object::Page && k == "baseUrl" {
                return Err(
                    "baseUrl is an option of auditSite; for one page give url (urlFor(baseUrl, path) makes it)"
                        .to_string(),
                );
            }
            let mut names: Vec<&str> = keys.iter().map(|k| k.0).collect();
            let listed = names.join(", ");
            if what == Object::Page {
                // Suggested, then explained (a site's option).
                names.push("baseUrl");
            }
            return Err(format!(
                "unknown {} {:?}{}",
                one,
                k,
                hint(
                    k,
                    names.iter().copied(),
                    &format!(" (the {} are {})", name, listed)
                )
            ));
        };
        if val.is_null() && nullable {
            continue;
        }
        value(&format!("{} {}", one, k), k, kind, val)?;
    }
    Ok(())
}

/// Check one option's value; `at` names it in messages.
fn value(at: &str, key: &str, kind: Kind, v: &Value) -> Result<(), String> {
    let bad = |wanted: &str| Err(format!("{} must be {}, not {}", at, wanted, shown(v)));
    match kind {
        Kind::Text if !v.is_string() => bad("a string"),
        Kind::Flag if !v.is_boolean() => bad("true or false"),
        Kind::Count if !whole(v).is_some_and(|n| n >= 0.0) => bad("a whole number, 0 or more"),
        Kind::Score if !whole(v).is_some_and(|n| (0.0..=100.0).contains(&n)) => {
            bad("a whole number from 0 to 100")
        }
        // The options read the locale by its exact name.
        Kind::Locale => match v.as_str() {
            Some(s) if LOCALES.contains(&s) => Ok(()),
            Some(s) => Err(unknown_locale(s)),
            None => bad(&quoted_list(LOCALES)),
        },
        Kind::Page => match v.as_str() {
            Some(s) if PageKind::parse(s).is_some_and(|k| k.as_str() == s) => Ok(()),
            Some(s) => Err(format!("unknown {} {:?}: use {}", key, s, quoted_list(KINDS))),
            None => bad(&quoted_list(KINDS)),
        },
        // The gates' own reading (the CLI's message).
        Kind::FailOn => match v.as_str() {
            Some(s) => Gates::parse_fail_on(s).map(|_| ()),
            None => bad("\"fail\" or \"warn\""),
        },
        Kind::Texts => match v.as_array() {
            Some(a) if a.iter().all(Value::is_string) => Ok(()),
            _ => bad("an array of strings"),
        },
        Kind::Shard => match v.as_array().map(|a| a.iter().map(whole).collect::<Vec<_>>()) {
            Some(p) if matches!(p[..], [Some(k), Some(n)] if k >= 1.0 && k <= n) => Ok(()),
            _ => bad("[K, N], shard K (from 1) of N"),
        },
        Kind::Object if !v.is_object() => bad("an object"),
        Kind::Counts => match v.as_object() {
            Some(m) => m
                .iter()
                .try_for_each(|(p, n)| value(&format!("{}[{:?}]", at, p), p, Kind::Count, n)),
            None => bad("an object"),
        },
        Kind::Images => match v.as_array() {
            Some(a) => a
                .iter()
                .enumerate()
                .try_for_each(|(i, e)| image(&format!("{}[{}]", at, i), e)),
            None => bad("an array of { url, bytes, width, height }"),
        },
        Kind::Rules => match v.as_object() {
            Some(m) => m.iter().try_for_each(|(id, r)| rule(key, id, r)),
            None => bad("an object of rule ids"),
        },
        Kind::Categories => match v.as_object() {
            Some(m) => m.iter().try_for_each(|(id, s)| {
                if Category::parse(id).is_none() {
                    let ids = Category::ALL.iter().map(|c| c.id());
                    return Err(format!(
                        "unknown category {:?} in {}{}",
                        id,
                        key,
                        hint(
                            id,
                            ids.clone(),
                            &format!(" (the categories are {})", ids.collect::<Vec<_>>().join(", "))
                        )
                    ));
                }
                value(&format!("{}[{:?}]", at, id), id, Kind::Score, s)
            }),
            None => bad("an object of category ids"),
        },
        Kind::CheckIds => match v.as_array() {
            Some(a) => a.iter().try_for_each(|id| match id.as_str() {
                Some(id) => known_rule(id, key).map(|_| ()),
                None => bad("an array of rule ids"),
            }),
            None => bad("an array of rule ids"),
        },
        _ => Ok(()),
    }
}

/// One entry of `images`: an object with a `url` string and, each optional,
/// `bytes`, `width` and `height` as whole numbers (null: unknown).
fn image(at: &str, v: &Value) -> Result<(), String> {
    let Some(m) = v.as_object() else {
        return Err(format!(
            "{} must be an object ({{ url, bytes, width, height }}), not {}",
            at,
            shown(v)
        ));
    };
    for (k, val) in m {
        match k.as_str() {
            "url" if !val.is_string() => {
                return Err(format!("{}.url must be a string, not {}", at, shown(val)))
            }
            "bytes" | "width" | "height" if !val.is_null() => {
                value(&format!("{}.{}", at, k), k, Kind::Count, val)?
            }
            k if IMAGE.contains(&k) => {}
            k => {
                return Err(format!(
                    "unknown key {:?} in {}{}",
                    k,
                    at,
                    hint(k, IMAGE.iter().copied(), " (use url, bytes, width or height)")
                ))
            }
        }
    }
    if !m.contains_key("url") {
        return Err(format!(
            "{} has no url: give the image's address as the page names it",
            at
        ));
    }
    Ok(())
}

/// Check a `rules` object (rule id → `{enabled, severity, params}`) given
/// on its own; `within` names it in messages (`pages[2].rules`).
pub fn check_rules(v: &Value, within: &str) -> Result<(), String> {
    match v {
        Value::Null => Ok(()),
        Value::Object(m) => m.iter().try_for_each(|(id, r)| rule(within, id, r)),
        o => Err(format!(
            "{} must be an object of rule ids, not {}",
            within,
            shown(o)
        )),
    }
}

/// The check of a rule id, or the error naming the nearest ids.
fn known_rule(id: &str, within: &str) -> Result<&'static crate::checks::Check, String> {
    registry::find(id).ok_or_else(|| {
        format!(
            "unknown rule {:?} in {}{}",
            id,
            within,
            hint(id, registry::all().map(|c| c.id), "; rules() lists every rule id")
        )
    })
}

/// One rule's configuration (`{enabled, severity, params}`) under `within`.
fn rule(within: &str, id: &str, v: &Value) -> Result<(), String> {
    let check = known_rule(id, within)?;
    let at = format!("{}[{:?}]", within, id);
    let Some(m) = v.as_object() else {
        return Err(format!(
            "{} must be an object ({{ enabled, severity, params }}), not {}",
            at,
            shown(v)
        ));
    };
    let declared = || check.params.iter().map(|p| p.name);
    for (k, val) in m {
        match k.as_str() {
            "enabled" if !val.is_null() && !val.is_boolean() => {
                return Err(format!(
                    "{}.enabled must be true or false, not {}",
                    at,
                    shown(val)
                ))
            }
            "severity" if !val.is_null() && !val.as_str().is_some_and(|s| SEVERITIES.contains(&s)) => {
                return Err(format!(
                    "{}.severity must be {}, not {}",
                    at,
                    quoted_list(SEVERITIES),
                    shown(val)
                ))
            }
            "params" => params(&at, check, val)?,
            "enabled" | "severity" => {}
            k if declared().any(|p| p == k) => {
                return Err(format!(
                    "{} is a param of rule {:?}: give it in params ({{ params: {{ {}: … }} }})",
                    k, id, k
                ))
            }
            k => {
                return Err(format!(
                    "unknown key {:?} in {}{}",
                    k,
                    at,
                    hint(k, RULE.iter().copied(), " (use enabled, severity or params)")
                ))
            }
        }
    }
    Ok(())
}

/// A rule's `params`: each one declared by the check, of its kind, and a
/// lower bound not above its upper one.
fn params(at: &str, check: &crate::checks::Check, v: &Value) -> Result<(), String> {
    let m: &Map<String, Value> = match v {
        Value::Null => return Ok(()),
        Value::Object(m) => m,
        o => return Err(format!("{}.params must be an object, not {}", at, shown(o))),
    };
    let declared: Vec<&str> = check.params.iter().map(|p| p.name).collect();
    for (k, val) in m {
        let Some(p) = check.params.iter().find(|p| p.name == k) else {
            let fallback = if declared.is_empty() {
                format!(" (rule {:?} takes no params)", check.id)
            } else {
                format!(" (its params: {})", declared.join(", "))
            };
            return Err(format!(
                "unknown param {:?} of rule {:?}{}",
                k,
                check.id,
                hint(k, declared.iter().copied(), &fallback)
            ));
        };
        if !val.as_f64().is_some_and(|n| p.kind.accepts(n)) {
            return Err(format!(
                "{}.params.{} must be {}, not {}",
                at,
                k,
                p.kind.describe(),
                shown(val)
            ));
        }
    }
    for p in check.params {
        let (Some(lo), Some(hi_name)) = (m.get(p.name).and_then(Value::as_f64), p.at_most) else {
            continue;
        };
        if let Some(hi) = m.get(hi_name).and_then(Value::as_f64) {
            if lo > hi {
                return Err(format!(
                    "{}.params: {} = {} is above {} = {}: nothing could pass",
                    at, p.name, lo, hi_name, hi
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn err(v: Value, what: Object) -> String {
        check(&v, what).expect_err("an error")
    }

    /// The page options here are exactly those `Options` serializes.
    #[test]
    fn page_keys_are_the_options() {
        let Value::Object(m) = serde_json::to_value(crate::options::Options::default()).unwrap() else {
            panic!("options serialize as an object");
        };
        let mut ours: Vec<&str> = PAGE.iter().map(|k| k.0).collect();
        ours.sort();
        let theirs: Vec<&str> = m.keys().map(String::as_str).collect();
        assert_eq!(ours, theirs);
    }

    #[test]
    fn known_values_pass() {
        let o = json!({
            "url": "https://example.com/", "locale": "tr", "kind": "article", "language": null,
            "maxBytes": 1000, "includeText": true,
            "images": [{"url": "/og.png", "bytes": 1234, "width": 1200, "height": null}, {"url": "https://e.com/a.jpg"}],
            "rules": {"og-title": {"enabled": true, "severity": "warn", "params": {"min": 20, "max": 60}}},
            "baseUrl": "https://example.com", "files": {}, "fileSizes": {"a.png": 3}, "shard": [1, 2]
        });
        check(&o, Object::Site).unwrap();
        check(&Value::Null, Object::Page).unwrap();
        check(&json!({"failOn": "warn", "minScore": 90, "categories": {"opengraph": 80}, "checks": ["og-title"]}), Object::Gates).unwrap();
        check(&json!({"verbose": true, "labels": ["a"]}), Object::Render).unwrap();
    }

    #[test]
    fn messages() {
        for (v, what, want) in [
            (
                json!({"baseURL": "x"}),
                Object::Site,
                r#"unknown option "baseURL": did you mean "baseUrl"?"#,
            ),
            (
                json!({"locale": "de"}),
                Object::Page,
                r#"unknown locale "de": use "en" or "tr""#,
            ),
            (
                json!({"rules": {"og-titel": {}}}),
                Object::Page,
                r#"unknown rule "og-titel" in rules: did you mean "og-title"?"#,
            ),
            (
                json!({"rules": {"og-title": {"params": {"maxx": 1}}}}),
                Object::Page,
                r#"unknown param "maxx" of rule "og-title": did you mean "max"?"#,
            ),
            (
                json!({"rules": {"og-title": {"params": {"min": 80, "max": 60}}}}),
                Object::Page,
                r#"rules["og-title"].params: min = 80 is above max = 60: nothing could pass"#,
            ),
            (
                json!({"rules": {"og-title": {"max": 60}}}),
                Object::Page,
                r#"max is a param of rule "og-title": give it in params ({ params: { max: … } })"#,
            ),
            (
                json!({"rules": {"og-title": {"severity": "error"}}}),
                Object::Page,
                r#"rules["og-title"].severity must be "warn" or "fail", not "error""#,
            ),
            (
                json!({"maxBytes": "big"}),
                Object::Page,
                r#"option maxBytes must be a whole number, 0 or more, not "big""#,
            ),
            (
                json!({"kind": "blog"}),
                Object::Page,
                r#"unknown kind "blog": use "home", "article", "profile" or "page""#,
            ),
            (
                json!({"verbos": true}),
                Object::Render,
                r#"unknown render option "verbos": did you mean "verbose"?"#,
            ),
            (
                json!({"minScore": 120}),
                Object::Gates,
                "gate minScore must be a whole number from 0 to 100, not 120",
            ),
            (
                json!({"checks": ["og-titel"]}),
                Object::Gates,
                r#"unknown rule "og-titel" in checks: did you mean "og-title"?"#,
            ),
            (
                json!({"images": {"url": "a.png"}}),
                Object::Page,
                "option images must be an array of { url, bytes, width, height }, not an object",
            ),
            (
                json!({"images": [{"url": "a.png", "size": 3}]}),
                Object::Page,
                r#"unknown key "size" in option images[0] (use url, bytes, width or height)"#,
            ),
            (
                json!({"images": [{"url": "a.png", "widht": 3}]}),
                Object::Page,
                r#"unknown key "widht" in option images[0]: did you mean "width"?"#,
            ),
            (
                json!({"images": [{"url": "a.png", "bytes": -1}]}),
                Object::Page,
                "option images[0].bytes must be a whole number, 0 or more, not -1",
            ),
            (
                json!({"images": [{"bytes": 10}]}),
                Object::Page,
                "option images[0] has no url: give the image's address as the page names it",
            ),
            (
                json!({"images": ["a.png"]}),
                Object::Page,
                r#"option images[0] must be an object ({ url, bytes, width, height }), not "a.png""#,
            ),
            (
                json!([1]),
                Object::Page,
                "the options must be an object, not an array",
            ),
            (
                json!({"baseURL": "x"}),
                Object::Page,
                r#"unknown option "baseURL": did you mean "baseUrl"?"#,
            ),
            (
                json!({"baseUrl": "x"}),
                Object::Page,
                "baseUrl is an option of auditSite; for one page give url (urlFor(baseUrl, path) makes it)",
            ),
        ] {
            assert_eq!(err(v, what), want);
        }
        assert!(err(json!({"zzzzzz": 1}), Object::Page)
            .starts_with(r#"unknown option "zzzzzz" (the options are url, locale,"#));
        assert_eq!(
            format("jsn").unwrap_err(),
            r#"unknown format "jsn": did you mean "json"?"#
        );
        assert!(format("pdf")
            .unwrap_err()
            .starts_with(r#"unknown format "pdf": use "text", "json""#));
        assert_eq!(
            locale("de").unwrap_err(),
            r#"unknown locale "de": use "en" or "tr""#
        );
        assert_eq!(
            check_rules(&json!({"og-titel": {}}), "pages[2].rules").unwrap_err(),
            r#"unknown rule "og-titel" in pages[2].rules: did you mean "og-title"?"#
        );
    }
}
