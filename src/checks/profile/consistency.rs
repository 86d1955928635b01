//! `profile-consistency` (site check): the site's follow links use one handle
//! across networks. A pure function over the follow links of many pages; site
//! mode calls [`check_report`] with [`follow_links_of`] of every page.

use std::collections::BTreeMap;

use url::Url;

use crate::catalog::platforms::{handle_kind, HandleKind};
use crate::checks::{Category, Outcome, RuleDoc, Text};
use crate::facts::{Facts, Region};
use crate::i18n::Locale;
use crate::report::{CheckReport, Evidence};

pub const ID: &str = "profile-consistency";
pub const CATEGORY: Category = Category::Site;
pub const WEIGHT: u8 = 1;
pub const TITLE: Text = Text {
    en: "Consistent profile handles",
    tr: "Tutarlı profil kullanıcı adları",
};
pub const HELP: Text = Text {
    en: "Use one handle on every network (claim it everywhere) and link the same profiles from every page.",
    tr: "Her ağda aynı kullanıcı adını kullanın (her yerde alın) ve her sayfadan aynı profillere bağlantı verin.",
};
pub const DOC: RuleDoc = RuleDoc {
    what: "Collects the site's follow links (profile addresses of known networks in headers, footers, navigation, sidebars, rel=me links and JSON-LD sameAs) on every page. Warn: one network is linked with two or more handles (an old account or a typo), or the handles differ across networks (compared in lower case without `.`, `_`, `-`; Mastodon and Bluesky by their user part; numeric and generated ids are left out of the comparison). Pass: one handle everywhere. Skip: no follow links on any page.",
    why: "People who know you as @acme on Instagram look for @acme on TikTok and X. Different handles split your audience, make impostor accounts believable, and a link to a stale account sends visitors to a dead end.",
    fix: "Claim the same handle on every network you use (or the closest free variant, used everywhere) and update the site's header/footer links and JSON-LD sameAs to the current profiles.",
    example: "<a href=\"https://www.instagram.com/acmecoffee/\">Instagram</a> <a href=\"https://x.com/acmecoffee\">X</a> <a href=\"https://www.tiktok.com/@acmecoffee\">TikTok</a>",
    sources: &["https://schema.org/sameAs"],
};

/// The follow links of one page: profile addresses in boilerplate regions
/// (header, footer, nav, aside), `rel=me` links, and JSON-LD `sameAs`.
pub fn follow_links_of(f: &Facts) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let boiler = Region::HEADER | Region::FOOTER | Region::NAV | Region::ASIDE | Region::BOILERPLATE;
    for a in &f.body.anchors {
        let Some(u) = &a.abs else { continue };
        let me = a.rel.iter().any(|r| r == "me");
        if (a.loc.region.0 & boiler != 0 || me) && crate::catalog::profile_from_url(u).is_some() {
            out.push(u.to_string());
        }
    }
    for l in f.head.links.iter().filter(|l| l.has_rel("me")) {
        if let Some(u) = &l.abs {
            out.push(u.to_string());
        }
    }
    for o in f.head.json_ld_objects() {
        match o.get("sameAs") {
            Some(serde_json::Value::String(s)) => out.push(s.clone()),
            Some(serde_json::Value::Array(a)) => {
                out.extend(a.iter().filter_map(|v| v.as_str().map(str::to_string)))
            }
            _ => {}
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The follow links of one page from its report: `facts.profiles[].url` (the
/// share facts: profile links anywhere on the page and JSON-LD sameAs). Less
/// precise than [`follow_links_of`] (a post citing someone else's profile
/// counts too); use it when only reports are kept.
pub fn follow_links_from_report(r: &crate::report::Report) -> Vec<String> {
    r.facts
        .get("profiles")
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|p| p.get("url").and_then(|u| u.as_str()).map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The part of a handle compared across networks.
fn comparable(network: &str, handle: &str) -> String {
    let h = handle.trim_start_matches('@').to_lowercase();
    let core = match network {
        "mastodon" => h.split('@').next().unwrap_or("").to_string(),
        "bluesky" => h.split('.').next().unwrap_or("").to_string(),
        _ => h,
    };
    core.chars().filter(|c| c.is_alphanumeric()).collect()
}

struct Seen {
    handle: String,
    pages: Vec<String>,
}

/// Judge the follow links of many pages: `(page URL, follow-link URLs)`.
pub fn run(pages: &[(String, Vec<String>)], locale: Locale) -> Outcome {
    let t = |en: String, tr: String| locale.pick(&en, &tr).to_string();
    // network → comparable key → first handle as written + pages.
    let mut by_net: BTreeMap<&'static str, BTreeMap<String, Seen>> = BTreeMap::new();
    let mut ids: Vec<(String, String)> = Vec::new();
    for (page, links) in pages {
        for l in links {
            let Ok(u) = Url::parse(l.trim()) else { continue };
            let Some(r) = crate::catalog::profile_from_url(&u) else {
                continue;
            };
            if r.id_based || handle_kind(r.network, &r.handle, Some(&u)) != HandleKind::Vanity {
                ids.push((r.network.to_string(), r.handle.clone()));
                continue;
            }
            let key = comparable(r.network, &r.handle);
            if key.is_empty() {
                continue;
            }
            let e = by_net.entry(r.network).or_default().entry(key).or_insert(Seen {
                handle: r.handle.clone(),
                pages: Vec::new(),
            });
            if !e.pages.contains(page) {
                e.pages.push(page.clone());
            }
        }
    }
    if by_net.is_empty() && ids.is_empty() {
        return Outcome::skip(t(
            "No links to the site's social profiles on any page.".into(),
            "Hiçbir sayfada sitenin sosyal profillerine bağlantı yok.".into(),
        ));
    }
    let name = crate::catalog::network_name;
    let mut evidence = Vec::new();
    let mut handles_json = serde_json::Map::new();
    for (net, hs) in &by_net {
        let list: Vec<serde_json::Value> = hs.values().map(|s| s.handle.clone().into()).collect();
        handles_json.insert(net.to_string(), list.into());
        for s in hs.values() {
            evidence.push(Evidence {
                selector: None,
                snippet: Some(crate::text::snippet(&format!("{}: {}", name(net), s.handle))),
                line: None,
                url: s.pages.first().cloned(),
            });
        }
    }
    let split: Vec<String> = by_net
        .iter()
        .filter(|(_, hs)| hs.len() > 1)
        .map(|(net, hs)| {
            format!(
                "{} ({})",
                name(net),
                hs.values()
                    .map(|s| s.handle.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
        .collect();
    let mut keys: Vec<&String> = by_net.values().flat_map(|hs| hs.keys()).collect();
    keys.sort();
    keys.dedup();
    let out = if !split.is_empty() {
        Outcome::warn(t(
            format!("The site links one network to different accounts: {}. One of them is probably old or mistyped.", split.join("; ")),
            format!("Site aynı ağda farklı hesaplara bağlantı veriyor: {}. Biri muhtemelen eski ya da yanlış yazılmış.", split.join("; ")),
        ))
    } else if keys.len() > 1 {
        let list: Vec<String> = by_net
            .iter()
            .flat_map(|(net, hs)| hs.values().map(move |s| format!("{} @{}", name(net), s.handle)))
            .collect();
        Outcome::warn(t(
            format!("The site's profiles use different handles across networks: {}. People who know one will not find the others.", list.join(", ")),
            format!("Sitenin profilleri ağlar arasında farklı kullanıcı adları kullanıyor: {}. Birini bilen diğerlerini bulamaz.", list.join(", ")),
        ))
    } else if let Some(k) = keys.first() {
        Outcome::pass(t(
            format!(
                "The site's profiles on {} network(s) use one handle ({}).",
                by_net.len(),
                k
            ),
            format!(
                "Sitenin {} ağdaki profilleri tek bir kullanıcı adı kullanıyor ({}).",
                by_net.len(),
                k
            ),
        ))
    } else {
        Outcome::pass(t(
            "The site links its profiles by platform ids only; nothing to compare.".into(),
            "Site profillerine yalnızca platform kimlikleriyle bağlantı veriyor; karşılaştırılacak bir şey yok.".into(),
        ))
    };
    let mut out = out
        .evidence_all(evidence)
        .detail("handles", serde_json::Value::Object(handles_json));
    if !ids.is_empty() {
        let v: Vec<serde_json::Value> = ids.iter().map(|(n, h)| format!("{}: {}", n, h).into()).collect();
        out = out.detail("idAddresses", v);
    }
    out
}

/// The site check as a report entry.
pub fn check_report(pages: &[(String, Vec<String>)], locale: Locale) -> CheckReport {
    let o = run(pages, locale);
    CheckReport {
        id: ID.to_string(),
        status: o.status,
        weight: WEIGHT,
        title: TITLE.get(locale).to_string(),
        message: o.message,
        help: o.help.unwrap_or_else(|| HELP.get(locale).to_string()),
        evidence: o.evidence,
        details: o.details,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Status;

    fn pages(p: &[(&str, &[&str])]) -> Vec<(String, Vec<String>)> {
        p.iter()
            .map(|(u, l)| (u.to_string(), l.iter().map(|s| s.to_string()).collect()))
            .collect()
    }

    #[test]
    fn same_handle_passes() {
        let p = pages(&[
            (
                "https://acme.com/",
                &[
                    "https://www.instagram.com/acme_coffee/",
                    "https://x.com/AcmeCoffee",
                ],
            ),
            (
                "https://acme.com/about",
                &[
                    "https://www.tiktok.com/@acme.coffee",
                    "https://mastodon.social/@acmecoffee",
                ],
            ),
        ]);
        let o = run(&p, Locale::En);
        assert_eq!(o.status, Status::Pass, "{}", o.message);
    }

    #[test]
    fn two_accounts_on_one_network_warn() {
        let p = pages(&[
            ("https://acme.com/", &["https://www.instagram.com/acmecoffee/"]),
            (
                "https://acme.com/old",
                &["https://www.instagram.com/acmecoffee_old/"],
            ),
        ]);
        let o = run(&p, Locale::En);
        assert_eq!(o.status, Status::Warn);
        assert!(o.message.contains("different accounts"), "{}", o.message);
        assert_eq!(o.evidence[1].url.as_deref(), Some("https://acme.com/old"));
    }

    #[test]
    fn different_handles_across_networks_warn_in_turkish() {
        let p = pages(&[(
            "https://acme.com/",
            &[
                "https://www.instagram.com/acmecoffee/",
                "https://x.com/acme_tr",
                "https://www.facebook.com/profile.php?id=1000123",
            ],
        )]);
        let o = run(&p, Locale::Tr);
        assert_eq!(o.status, Status::Warn);
        assert!(o.message.contains("farklı kullanıcı adları"), "{}", o.message);
        assert!(o.details.contains_key("idAddresses"));
    }

    #[test]
    fn none_skips_and_report_shape() {
        let o = run(
            &pages(&[("https://acme.com/", &["https://acme.com/x", "not a url"])]),
            Locale::En,
        );
        assert_eq!(o.status, Status::Skip);
        let r = check_report(
            &pages(&[("https://acme.com/", &["https://x.com/acme"])]),
            Locale::En,
        );
        assert_eq!((r.id.as_str(), r.status, r.weight), (ID, Status::Pass, 1));
    }

    #[test]
    fn follow_links_come_from_boilerplate_and_same_as() {
        let html = r#"<script type="application/ld+json">{"@type":"Organization","sameAs":["https://x.com/acme"]}</script>
<main><a href="https://x.com/someone_else">cited</a></main><footer><a href="https://www.instagram.com/acme/">IG</a></footer>"#;
        let f = crate::checks::test_util::facts(html, Some("https://acme.com/blog/post"));
        let l = follow_links_of(&f);
        assert_eq!(l, vec!["https://www.instagram.com/acme/", "https://x.com/acme"]);
        let r = crate::audit_html(
            html,
            &crate::Options {
                url: Some("https://acme.com/blog/post".into()),
                ..Default::default()
            },
        )
        .expect("report");
        let mut from_report = follow_links_from_report(&r);
        from_report.sort();
        assert!(
            from_report.contains(&"https://x.com/acme".to_string()),
            "{from_report:?}"
        );
        assert!(
            from_report.contains(&"https://www.instagram.com/acme/".to_string()),
            "{from_report:?}"
        );
    }
}
