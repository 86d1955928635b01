//! The rule reference, from each check's own metadata: the list (`smo-audit
//! rules` as text, JSON or Markdown; docs/rules.md is its Markdown) and one
//! check explained (`smo-audit explain ID`). Every face prints these.

use super::{registry, Check};
use crate::i18n::Locale;

/// The formats of the rule list.
pub const FORMATS: [&str; 3] = ["text", "json", "markdown"];

/// Every check (page and site) as text, JSON or Markdown.
pub fn list(locale: Locale, format: &str) -> Result<String, String> {
    let mut out = String::new();
    match format {
        "json" => {
            let v: Vec<serde_json::Value> = registry::all()
                .map(|c| {
                    serde_json::json!({
                        "id": c.id, "category": c.category.id(), "weight": c.weight,
                        "title": c.title.get(locale), "help": c.help.get(locale),
                        "what": c.doc.what, "why": c.doc.why, "fix": c.doc.fix,
                        "example": c.doc.example, "sources": c.doc.sources,
                        "params": c.params.iter().map(|p| p.name).collect::<Vec<_>>(),
                    })
                })
                .collect();
            out = serde_json::to_string_pretty(&v).unwrap_or_default();
            out.push('\n');
        }
        "markdown" => {
            out.push_str("# smo-audit rules\n\n");
            let mut last = None;
            for c in registry::all() {
                if last != Some(c.category) {
                    out.push_str(&format!(
                        "\n## {} — {}\n\n",
                        c.category.id(),
                        c.category.title(locale)
                    ));
                    last = Some(c.category);
                }
                out.push_str(&explain_check(c, locale, true));
                out.push('\n');
            }
        }
        "text" => {
            for c in registry::all() {
                out.push_str(&format!(
                    "{:<24} {:<12} w{}  {}\n",
                    c.id,
                    c.category.id(),
                    c.weight,
                    c.title.get(locale)
                ));
            }
        }
        o => return Err(format!("rules format {:?}: use one of {}", o, FORMATS.join(", "))),
    }
    Ok(out)
}

/// One check explained: what it looks at, why, how to fix it, an example; an
/// unknown id gets the closest ids.
pub fn explain(id: &str, locale: Locale) -> Result<String, String> {
    match registry::find(id) {
        Some(c) => Ok(explain_check(c, locale, false)),
        None => {
            let near = registry::near(id);
            let hint = if near.is_empty() {
                "run `smo-audit rules` for the list".to_string()
            } else {
                format!("did you mean {}?", near.join(", "))
            };
            Err(format!("no check has the id {:?}; {}", id, hint))
        }
    }
}

fn explain_check(c: &Check, loc: Locale, md: bool) -> String {
    let h = if md { "### " } else { "" };
    let mut s = match loc {
        Locale::En => format!(
            "{h}{} ({}, weight {})\n{}\n\nWhat: {}\n\nWhy: {}\n\nFix: {}\n\nExample:\n    {}\n",
            c.id,
            c.category.id(),
            c.weight,
            c.title.get(loc),
            c.doc.what,
            c.doc.why,
            c.doc.fix,
            c.doc.example
        ),
        // The check's title and fix in Turkish; the longer rule text exists in
        // English only, and says so.
        Locale::Tr => format!(
            "{h}{} ({}, ağırlık {})\n{}\n\nDüzeltme: {}\n\nÖrnek:\n    {}\n\nNe denetlenir (İngilizce): {}\n\nNeden (İngilizce): {}\n",
            c.id,
            c.category.id(),
            c.weight,
            c.title.get(loc),
            c.help.get(loc),
            c.doc.example,
            c.doc.what,
            c.doc.why
        ),
    };
    if !c.params.is_empty() {
        s.push_str(&format!(
            "\n{} ([rules.{}] in smo-audit.toml): {}\n",
            loc.pick("Thresholds", "Eşikler"),
            c.id,
            c.params
                .iter()
                .map(|p| format!("{} ({})", p.name, p.kind.describe()))
                .collect::<Vec<_>>()
                .join("; ")
        ));
    }
    if !c.doc.sources.is_empty() {
        s.push_str(loc.pick("\nSources:\n", "\nKaynaklar:\n"));
        for src in c.doc.sources {
            s.push_str(&format!("  - {}\n", src));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_and_explain() {
        let text = list(Locale::En, "text").unwrap();
        assert!(text.contains("og-title") && text.contains("og-image-files"));
        let md = list(Locale::Tr, "markdown").unwrap();
        assert!(md.starts_with("# smo-audit rules") && md.contains("## site — Tüm site"));
        let json: serde_json::Value = serde_json::from_str(&list(Locale::En, "json").unwrap()).unwrap();
        assert_eq!(json.as_array().unwrap().len(), registry::all().count());
        assert!(list(Locale::En, "yaml").is_err());
        assert!(explain("broken-links", Locale::En)
            .unwrap()
            .starts_with("broken-links (site, weight"));
        let e = explain("og-titl", Locale::En).unwrap_err();
        assert!(e.contains("did you mean og-title"), "{e}");
    }
}
