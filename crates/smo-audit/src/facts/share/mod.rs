//! Share facts: share controls (links to share endpoints, share widgets, Web
//! Share API buttons), the site's social profiles, feeds, and the services the
//! page embeds (analytics, pixels, comments, newsletter, captcha, video,
//! discontinued widgets). Everything is matched against `crate::catalog`.

use std::collections::BTreeSet;

use serde::Serialize;

use super::{Facts, LinkKind, Loc, Region};

use crate::catalog::{self, ServiceKind, ShareHit, Sig};
use crate::dom::Doc;

/// One network the visitor can share to, and how.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct ShareNet {
    pub network: &'static str,
    /// `link` (a share endpoint link), `widget` (a known share widget), `webshare`
    /// (a button wired to `navigator.share`), `button` (a button opening a share endpoint).
    pub via: &'static str,
    pub selector: String,
    pub line: u32,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct ProfileLink {
    pub network: &'static str,
    pub handle: String,
    pub url: String,
    /// `link` or `sameAs` (JSON-LD).
    pub source: &'static str,
    pub id_based: bool,
    #[serde(skip)]
    pub line: u32,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct Feed {
    pub href: String,
    #[serde(rename = "type")]
    pub type_: String,
    pub title: Option<String>,
    #[serde(skip)]
    pub line: u32,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct ServiceFound {
    pub id: &'static str,
    pub name: &'static str,
    pub kind: ServiceKind,
    /// The signature that matched, e.g. `script src ~ static.addtoany.com/menu/page.js`.
    pub via: String,
    pub line: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shutdown: Option<&'static str>,
}

/// A link (or button) to a share endpoint.
#[derive(Debug, Clone)]
pub struct ShareLink {
    pub hit: ShareHit,
    pub href: String,
    /// Accessible name (aria-label, text, img alt, title).
    pub name: Option<String>,
    pub loc: Loc,
}

/// A clickable share control (for the labels check).
#[derive(Debug, Clone)]
pub struct ShareControl {
    pub network: &'static str,
    pub name: Option<String>,
    pub loc: Loc,
}

#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct ShareFacts {
    pub share_networks: Vec<ShareNet>,
    pub profiles: Vec<ProfileLink>,
    pub feeds: Vec<Feed>,
    pub services: Vec<ServiceFound>,
    #[serde(skip)]
    pub share_links: Vec<ShareLink>,
    #[serde(skip)]
    pub controls: Vec<ShareControl>,
    /// Indices into `body.forms` of comment forms.
    #[serde(skip)]
    pub comment_forms: Vec<usize>,
    /// Indices into `body.forms` of e-mail subscription forms.
    #[serde(skip)]
    pub newsletter_forms: Vec<usize>,
    /// Honeypot fields found in comment forms (field name / id).
    #[serde(skip)]
    pub honeypots: Vec<String>,
}

impl ShareFacts {
    pub fn services_of(&self, kind: ServiceKind) -> impl Iterator<Item = &ServiceFound> {
        self.services.iter().filter(move |s| s.kind == kind)
    }
    pub fn has_service(&self, kind: ServiceKind) -> bool {
        self.services_of(kind).next().is_some()
    }
    /// Distinct networks that have a share control.
    pub fn networks(&self) -> BTreeSet<&'static str> {
        self.share_networks
            .iter()
            .filter(|n| catalog::NETWORKS.iter().any(|k| k.id == n.network))
            .map(|n| n.network)
            .collect()
    }
}

/// Network names as they appear in widget class names and `data-network`.
const NETWORK_WORDS: &[(&str, &str)] = &[
    ("facebook", "facebook"),
    ("twitter", "x"),
    ("x", "x"),
    ("linkedin", "linkedin"),
    ("pinterest", "pinterest"),
    ("whatsapp", "whatsapp"),
    ("telegram", "telegram"),
    ("reddit", "reddit"),
    ("vkontakte", "vk"),
    ("vk", "vk"),
    ("odnoklassniki", "ok"),
    ("ok", "ok"),
    ("tumblr", "tumblr"),
    ("threads", "threads"),
    ("bluesky", "bluesky"),
    ("mastodon", "mastodon"),
    ("email", "email"),
    ("mail", "email"),
    ("messenger", "messenger"),
    ("pocket", "pocket"),
    ("flipboard", "flipboard"),
    ("xing", "xing"),
    ("line", "line"),
    ("viber", "viber"),
    ("hackernews", "hackernews"),
];

fn network_word(w: &str) -> Option<&'static str> {
    let w = w.to_ascii_lowercase();
    NETWORK_WORDS.iter().find(|(k, _)| *k == w).map(|(_, n)| *n)
}

fn first_url_in(code: &str) -> Vec<url::Url> {
    let mut out = Vec::new();
    for (i, _) in code.match_indices("http") {
        let rest = &code[i..];
        let end = rest
            .find(|c: char| c == '\'' || c == '"' || c == '`' || c.is_whitespace() || c == ')')
            .unwrap_or(rest.len());
        if let Ok(u) = url::Url::parse(&rest[..end]) {
            out.push(u);
        }
        if out.len() > 4 {
            break;
        }
    }
    for (i, _) in code.match_indices("mailto:") {
        let rest = &code[i..];
        let end = rest
            .find(|c: char| c == '\'' || c == '"' || c == '`' || c.is_whitespace() || c == ')')
            .unwrap_or(rest.len());
        if let Ok(u) = url::Url::parse(&rest[..end]) {
            out.push(u);
        }
    }
    out
}

pub fn extract(doc: &Doc, facts: &Facts) -> ShareFacts {
    let body = &facts.body;
    let mut out = ShareFacts::default();
    let mut seen_net: BTreeSet<(&'static str, &'static str)> = BTreeSet::new();
    let mut push_net =
        |out: &mut ShareFacts, network: &'static str, via: &'static str, selector: &str, line: u32| {
            if seen_net.insert((network, via)) {
                out.share_networks.push(ShareNet {
                    network,
                    via,
                    selector: selector.to_string(),
                    line,
                });
            }
        };

    // 1. Share links.
    for a in &body.anchors {
        let href = a.href.as_deref().unwrap_or("");
        let parsed;
        let url: Option<&url::Url> = match a.abs.as_ref().filter(|u| matches!(u.scheme(), "http" | "https")) {
            Some(u) => Some(u),
            None => {
                parsed = catalog::parse_loose(href);
                parsed.as_ref()
            }
        };
        let name = || a.accessible_name().map(str::to_string);
        if let Some(hit) = url.and_then(catalog::share_endpoint) {
            push_net(&mut out, hit.network, "link", &a.loc.selector, a.loc.line);
            let name = name();
            out.controls.push(ShareControl {
                network: hit.network,
                name: name.clone(),
                loc: a.loc.clone(),
            });
            out.share_links.push(ShareLink {
                hit,
                href: href.to_string(),
                name,
                loc: a.loc.clone(),
            });
            continue;
        }
        // Jetpack: `<a class="share-facebook sd-button" href="…?share=facebook">`.
        if let Some(u) = url {
            if a.kind == LinkKind::Internal && u.query().is_some_and(|q| q.contains("share")) {
                if let Some(n) = u
                    .query_pairs()
                    .find(|(k, _)| k == "share")
                    .and_then(|(_, v)| network_word(&v))
                {
                    push_net(&mut out, n, "widget", &a.loc.selector, a.loc.line);
                    out.controls.push(ShareControl {
                        network: n,
                        name: name(),
                        loc: a.loc.clone(),
                    });
                    continue;
                }
            }
        }
        // onclick="window.open('https://www.facebook.com/sharer.php?u=…')", or the
        // endpoint in a data attribute read by the site's script.
        if a.onclick.is_none() && a.data.is_empty() {
            continue;
        }
        let code: String = a
            .onclick
            .iter()
            .map(String::as_str)
            .chain(a.data.iter().map(|(_, v)| v.as_str()))
            .collect::<Vec<_>>()
            .join(" ");
        if !code.is_empty() {
            if let Some(hit) = first_url_in(&code).iter().find_map(catalog::share_endpoint) {
                push_net(&mut out, hit.network, "button", &a.loc.selector, a.loc.line);
                out.controls.push(ShareControl {
                    network: hit.network,
                    name: name(),
                    loc: a.loc.clone(),
                });
            }
        }
    }

    // 2. Buttons: onclick opening a share endpoint, data-sharer / data-network, navigator.share.
    let inline_webshare = body.scripts.iter().any(|s| s.inline.contains("navigator.share"));
    for b in &body.buttons {
        let name = [b.aria_label.as_deref(), Some(b.text.as_str()), b.title.as_deref()]
            .into_iter()
            .flatten()
            .map(str::trim)
            .find(|s| !s.is_empty())
            .map(str::to_string);
        let code = b.onclick.as_deref().unwrap_or("");
        let data_net = b
            .data
            .iter()
            .filter(|(k, _)| {
                matches!(
                    k.as_str(),
                    "sharer" | "network" | "social" | "share" | "platform" | "share-network"
                )
            })
            .find_map(|(_, v)| network_word(v));
        let mut scan = code.to_string();
        for (_, v) in &b.data {
            scan.push(' ');
            scan.push_str(v);
        }
        let hit = first_url_in(&scan)
            .iter()
            .chain(
                b.data
                    .iter()
                    .filter_map(|(_, v)| catalog::parse_loose(v))
                    .collect::<Vec<_>>()
                    .iter(),
            )
            .find_map(catalog::share_endpoint);
        let network = hit.as_ref().map(|h| h.network).or(data_net);
        if let Some(n) = network {
            push_net(&mut out, n, "button", &b.loc.selector, b.loc.line);
            out.controls.push(ShareControl {
                network: n,
                name,
                loc: b.loc.clone(),
            });
            continue;
        }
        let mentions_share = |s: &str| {
            let l = s.to_ascii_lowercase();
            l.contains("share") || l.contains("paylaş")
        };
        let webshare = code.contains("navigator.share")
            || (inline_webshare
                && (mentions_share(&b.text)
                    || b.aria_label.as_deref().is_some_and(mentions_share)
                    || b.title.as_deref().is_some_and(mentions_share)
                    || b.id.as_deref().is_some_and(mentions_share)
                    || b.class.as_deref().is_some_and(mentions_share)));
        if webshare {
            push_net(&mut out, "webshare", "webshare", &b.loc.selector, b.loc.line);
            out.controls.push(ShareControl {
                network: "webshare",
                name,
                loc: b.loc.clone(),
            });
        }
    }

    // 3. Services from signatures.
    let hay = Hay::new(facts);
    for s in catalog::SERVICES {
        if let Some((via, line)) = match_service(s.sigs, facts, &hay) {
            out.services.push(ServiceFound {
                id: s.id,
                name: s.name,
                kind: s.kind,
                via,
                line,
                shutdown: s.shutdown,
            });
        }
    }
    // Share widgets and script buttons: the networks their markup names (class
    // names, data attributes, labels in a share container), or the widget itself.
    let known: Vec<_> = out.controls.iter().map(|c| c.loc.node).collect();
    let sharethis = out.services.iter().any(|s| s.id == "sharethis");
    // A link or button named by its markup is a share control too (for the
    // share-labels check): once per element, the elements already counted aside.
    let mut counted: crate::dom::IdSet = known.iter().copied().collect();
    for f in markup::scan(doc, &known, sharethis) {
        push_net(&mut out, f.network, f.via, &f.selector, f.line);
        if !counted.insert(f.node) {
            continue;
        }
        let control = body
            .anchors
            .iter()
            .find(|a| a.loc.node == f.node)
            .map(|a| (a.accessible_name().map(str::to_string), &a.loc))
            .or_else(|| {
                body.buttons.iter().find(|b| b.loc.node == f.node).map(|b| {
                    let name = [b.aria_label.as_deref(), Some(b.text.as_str()), b.title.as_deref()]
                        .into_iter()
                        .flatten()
                        .map(str::trim)
                        .find(|s| !s.is_empty())
                        .map(str::to_string);
                    (name, &b.loc)
                })
            });
        if let Some((name, loc)) = control {
            if catalog::NETWORKS.iter().any(|n| n.id == f.network) {
                out.controls.push(ShareControl {
                    network: f.network,
                    name,
                    loc: loc.clone(),
                });
            }
        }
    }
    for s in out
        .services
        .clone()
        .iter()
        .filter(|s| s.kind == ServiceKind::Share)
    {
        let network = catalog::service(s.id).and_then(|c| c.network);
        push_net(&mut out, network.unwrap_or(s.id), "widget", &s.via, s.line);
    }

    // 4. Profiles: links and JSON-LD sameAs.
    let mut seen_profile = BTreeSet::new();
    for a in &body.anchors {
        if a.kind != LinkKind::External {
            continue;
        }
        let Some(u) = &a.abs else { continue };
        if let Some(p) = catalog::profile_from_url(u) {
            // The page's own profile (profile pages link to themselves) is not a follow link.
            if facts
                .page_url
                .as_ref()
                .is_some_and(|pu| catalog::profile_from_url(pu).as_ref() == Some(&p))
            {
                continue;
            }
            if seen_profile.insert((p.network, p.handle.to_ascii_lowercase())) {
                out.profiles.push(ProfileLink {
                    network: p.network,
                    handle: p.handle,
                    url: u.to_string(),
                    source: "link",
                    id_based: p.id_based,
                    line: a.loc.line,
                });
            }
        }
    }
    for (o, line) in facts
        .head
        .json_ld
        .iter()
        .flat_map(|b| b.objects().into_iter().map(move |o| (o, b.line)))
    {
        let same: Vec<&str> = match o.get("sameAs") {
            Some(serde_json::Value::String(s)) => vec![s.as_str()],
            Some(serde_json::Value::Array(a)) => a.iter().filter_map(|v| v.as_str()).collect(),
            _ => Vec::new(),
        };
        for s in same {
            let Some(u) = catalog::parse_loose(s) else {
                continue;
            };
            if let Some(p) = catalog::profile_from_url(&u) {
                if seen_profile.insert((p.network, p.handle.to_ascii_lowercase())) {
                    out.profiles.push(ProfileLink {
                        network: p.network,
                        handle: p.handle,
                        url: u.to_string(),
                        source: "sameAs",
                        id_based: p.id_based,
                        line,
                    });
                }
            }
        }
    }

    // 5. Feeds: `<link rel=alternate>` of a feed type.
    for l in facts.head.links_rel("alternate") {
        let t = l.type_.as_deref().unwrap_or("").trim().to_ascii_lowercase();
        if matches!(
            t.as_str(),
            "application/rss+xml"
                | "application/atom+xml"
                | "application/feed+json"
                | "application/json"
                | "application/rdf+xml"
        ) && t != "application/json"
            || (t == "application/json" && l.href.as_deref().is_some_and(|h| h.contains("feed")))
        {
            if let Some(h) = &l.href {
                out.feeds.push(Feed {
                    href: l.abs.as_ref().map(|u| u.to_string()).unwrap_or_else(|| h.clone()),
                    type_: t,
                    title: l.title.clone(),
                    line: l.line,
                });
            }
        }
    }

    // 6. Forms: comment forms and newsletter forms.
    for (i, f) in body.forms.iter().enumerate() {
        let fields: Vec<&super::Field> = f.fields.iter().filter_map(|&j| body.fields.get(j)).collect();
        let lc = |s: &Option<String>| s.as_deref().unwrap_or("").to_ascii_lowercase();
        let marker = format!("{} {} {}", lc(&f.id), lc(&f.class), lc(&f.action));
        let has_textarea = fields.iter().any(|x| x.tag == "textarea");
        let commenty = f.loc.region.has(Region::COMMENTS)
            || ["comment", "yorum", "respond", "reply"]
                .iter()
                .any(|w| marker.contains(w))
            || fields
                .iter()
                .any(|x| x.tag == "textarea" && lc(&x.name).contains("comment"));
        let has_password = fields.iter().any(|x| x.type_ == "password");
        let is_search = f.role.as_deref() == Some("search")
            || marker.contains("search")
            || fields.iter().any(|x| x.type_ == "search");
        if has_textarea && commenty && !has_password {
            out.comment_forms.push(i);
            for x in &fields {
                let n = format!("{} {} {}", lc(&x.name), lc(&x.id), lc(&x.class));
                let named_hp = [
                    "honeypot",
                    "hp_",
                    "ak_hp",
                    "ak_js",
                    "akismet",
                    "antispam",
                    "bot-field",
                    "_gotcha",
                    "hpot",
                ]
                .iter()
                .any(|w| n.contains(w));
                let css_hidden_text = x.hidden && x.type_ != "hidden" && x.tag == "input";
                if named_hp || css_hidden_text {
                    out.honeypots
                        .push(x.name.clone().or_else(|| x.id.clone()).unwrap_or_default());
                }
            }
            if f.data.iter().any(|(k, _)| k == "netlify-honeypot") {
                out.honeypots.push("data-netlify-honeypot".into());
            }
            continue;
        }
        let email = fields.iter().any(|x| {
            !x.hidden
                && (x.type_ == "email"
                    || ["email", "e-mail", "eposta", "e-posta", "mail"].iter().any(|w| {
                        lc(&x.name).contains(w) || lc(&x.id).contains(w) || lc(&x.placeholder).contains(w)
                    }))
        });
        let visible_inputs = fields
            .iter()
            .filter(|x| {
                !x.hidden
                    && matches!(x.tag.as_str(), "input" | "textarea" | "select")
                    && !matches!(
                        x.type_.as_str(),
                        "submit" | "button" | "checkbox" | "radio" | "image"
                    )
            })
            .count();
        if email && !has_password && !has_textarea && !is_search && visible_inputs <= 4 {
            out.newsletter_forms.push(i);
        }
    }
    out
}

/// The lower-cased addresses that service signatures are matched against, built
/// once per page (not once per signature).
struct Hay<'a> {
    scripts: Vec<(String, u32)>,
    /// Inline script texts (scripts with code only).
    inline: Vec<(&'a str, u32)>,
    embeds: Vec<(String, &'a str, u32)>,
    forms: Vec<(String, u32)>,
    links: Vec<(String, u32)>,
    /// Each list's texts joined with NUL: one search per signature answers "none
    /// of them" (the usual answer) without setting up a search per item. A hit
    /// spanning two items only sends the lookup to the per-item search.
    joined: [String; 5],
}

const SCRIPTS: usize = 0;
const INLINE: usize = 1;
const EMBEDS: usize = 2;
const FORMS: usize = 3;
const LINKS: usize = 4;

fn join_nul<'s>(items: impl Iterator<Item = &'s str>) -> String {
    let mut out = String::new();
    for s in items {
        out.push_str(s);
        out.push('\0');
    }
    out
}

impl<'a> Hay<'a> {
    fn new(f: &'a Facts) -> Hay<'a> {
        let b = &f.body;
        let lower = |s: &Option<String>| s.as_deref().map(str::to_ascii_lowercase);
        let mut hay = Hay {
            scripts: b
                .scripts
                .iter()
                .filter_map(|x| lower(&x.src).map(|s| (s, x.loc.line)))
                .collect(),
            inline: b
                .scripts
                .iter()
                .filter(|x| !x.inline.is_empty())
                .map(|x| (x.inline.as_str(), x.loc.line))
                .collect(),
            embeds: b
                .embeds
                .iter()
                .filter_map(|x| lower(&x.src).map(|s| (s, x.tag.as_str(), x.loc.line)))
                .collect(),
            forms: b
                .forms
                .iter()
                .filter_map(|x| lower(&x.action).map(|s| (s, x.loc.line)))
                .collect(),
            links: f
                .head
                .links
                .iter()
                .filter_map(|x| lower(&x.href).map(|s| (s, x.line)))
                .collect(),
            joined: Default::default(),
        };
        hay.joined = [
            join_nul(hay.scripts.iter().map(|x| x.0.as_str())),
            join_nul(hay.inline.iter().map(|x| x.0)),
            join_nul(hay.embeds.iter().map(|x| x.0.as_str())),
            join_nul(hay.forms.iter().map(|x| x.0.as_str())),
            join_nul(hay.links.iter().map(|x| x.0.as_str())),
        ];
        hay
    }

    /// Whether any text of list `which` may contain `needle` (exact when false).
    fn may_contain(&self, which: usize, needle: &str) -> bool {
        self.joined[which].contains(needle)
    }
}

/// First signature of a service that matches the page, with its line.
fn match_service(sigs: &[Sig], f: &Facts, hay: &Hay<'_>) -> Option<(String, u32)> {
    let b = &f.body;
    for sig in sigs {
        let found: Option<(String, u32)> = match *sig {
            Sig::Script(s) if !hay.may_contain(SCRIPTS, s) => None,
            Sig::Inline(s) if !hay.may_contain(INLINE, s) => None,
            Sig::Frame(s) if !hay.may_contain(EMBEDS, s) => None,
            Sig::FormAction(s) if !hay.may_contain(FORMS, s) => None,
            Sig::Link(s) if !hay.may_contain(LINKS, s) => None,
            Sig::Script(s) => hay
                .scripts
                .iter()
                .find(|(src, _)| src.contains(s))
                .map(|(_, line)| (format!("script src ~ {}", s), *line)),
            Sig::Inline(s) => hay
                .inline
                .iter()
                .find(|(code, _)| code.contains(s))
                .map(|(_, line)| (format!("inline script ~ {}", s), *line)),
            Sig::Frame(s) => hay
                .embeds
                .iter()
                .find(|(src, _, _)| src.contains(s))
                .map(|(_, tag, line)| (format!("{} src ~ {}", tag, s), *line)),
            Sig::Class(c) => b.classes.get(c).map(|(_, l)| (format!(".{}", c), *l)),
            Sig::ClassPrefix(p) => b
                .classes
                .iter()
                .filter(|(k, _)| k.starts_with(p))
                .min_by_key(|(k, (_, l))| (*l, (*k).clone()))
                .map(|(k, (_, l))| (format!(".{}", k), *l)),
            Sig::Id(i) => b.ids.get(i).map(|l| (format!("#{}", i), *l)),
            Sig::Data(d) => b.data_attrs.get(d).map(|(_, l)| (format!("[data-{}]", d), *l)),
            Sig::FormAction(a) => hay
                .forms
                .iter()
                .find(|(s, _)| s.contains(a))
                .map(|(_, line)| (format!("form action ~ {}", a), *line)),
            Sig::Tag(t) => b.custom_tags.get(t).map(|l| (format!("<{}>", t), *l)),
            Sig::Link(h) => hay
                .links
                .iter()
                .find(|(s, _)| s.contains(h))
                .map(|(_, line)| (format!("link href ~ {}", h), *line)),
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

mod markup;

#[cfg(test)]
mod tests;
