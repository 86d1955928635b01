//! Share controls named only by their markup: the networks a share widget or a
//! site's own script button names in class names, ids, data attributes and
//! labels, where no share endpoint is linked.
//!
//! Class names and ids are read as whole segments (`share__tool--facebook` is
//! `share`, `tool`, `facebook`; `shareBtn` is `share`, `btn`), never as
//! substrings, so `sharepoint` or `shared-drive` name no share control. A
//! segment that names a network counts when
//! - it follows a known widget prefix (`a2a_button_x`, `addthis_button_email`,
//!   `at-svc-facebook`, ShareThis `st_facebook_large` when ShareThis is loaded …);
//! - or the same class token names sharing (`facebook-share`, `share-facebook`,
//!   `fb_share`, `c-share__link--reddit`);
//! - or the element sits in a share container (a class, id, `data-component` or
//!   `aria-label` naming share / sharing / teilen / paylaş / partager /
//!   compartir / condividi …, or the parent / grandparent of two share links
//!   already found).
//!
//! Data attributes: a share-ish key (`data-share`, `data-share-id`,
//! `data-sharetype`, `data-services` (Shariff), `data-network`, `data-social` …)
//! whose value lists only network names (`twitter,facebook`,
//! `["twitter","mail"]`); `data-action="share-on-twitter"`; any data attribute
//! holding a share endpoint URL (`data-template="https://twitter.com/intent/tweet?…"`).
//!
//! Labelled controls (a button, `role=button`, an element with `onclick`, a link
//! without a target) whose aria-label, title or text names one network: inside a
//! share container ("Facebook", "Email"), or anywhere when the label also says
//! share ("Share on Facebook", "Bei Facebook teilen").
//!
//! Follow, like and comment controls (`data-action="Like"`, `…Followers`, a link
//! to a profile) are left out.

use ego_tree::iter::Edge;
use ego_tree::NodeId;
use scraper::node::Node;

use crate::catalog;
use crate::dom::{Doc, IdSet};
use crate::facts::base::{attr, node_text};

/// A network found in the markup, with where.
pub(super) struct Found {
    pub network: &'static str,
    /// `widget` (class names, data attributes) or `button` (a label, an endpoint in a data attribute).
    pub via: &'static str,
    pub selector: String,
    pub line: u32,
    /// The element: a link or button here is a share control of its own.
    pub node: NodeId,
}

/// Segments that say "share" (whole segments, lower case).
const SHARE_WORDS: &[&str] = &[
    "share",
    "sharing",
    "sharer",
    "socialshare",
    "teilen",
    "paylas",
    "paylaş",
    "partager",
    "partage",
    "partagez",
    "compartir",
    "compartilhar",
    "compartilhe",
    "compartilhamento",
    "condividi",
    "condivisione",
    "delen",
    "udostepnij",
    "udostępnij",
    "поделиться",
    "分享",
];

/// What may follow `share` / `sharing` in one segment (`sharebar`, `shareBtn` is
/// split by case already, `sharetools`).
const SHARE_SUFFIXES: &[&str] = &[
    "bar",
    "bars",
    "tools",
    "tool",
    "box",
    "btn",
    "btns",
    "button",
    "buttons",
    "links",
    "link",
    "icons",
    "icon",
    "list",
    "container",
    "wrapper",
    "wrap",
    "menu",
    "widget",
    "tb",
    "area",
    "block",
    "panel",
    "kit",
    "row",
    "group",
    "toolbar",
];

fn is_share_seg(s: &str) -> bool {
    if SHARE_WORDS.contains(&s) {
        return true;
    }
    for p in ["share", "sharing"] {
        if let Some(rest) = s.strip_prefix(p) {
            if SHARE_SUFFIXES.contains(&rest) {
                return true;
            }
        }
    }
    false
}

/// Segments that make a token a follow / like / comment control, not a share.
const BLOCK_WORDS: &[&str] = &[
    "follow",
    "followers",
    "following",
    "like",
    "likes",
    "comment",
    "comments",
    "subscribe",
    "login",
    "signin",
    "signup",
    "register",
    "count",
    "counter",
    "recommend",
];

/// A network named by one segment. The bool: ambiguous alone (`x`, `line`,
/// `fb`, `pin`, `tweet`, `threads`, `ok`), trusted only after a widget prefix, in a
/// list of networks, or next to a share segment.
fn net_word(w: &str) -> Option<(&'static str, bool)> {
    Some(match w {
        "facebook" => ("facebook", false),
        "twitter" => ("x", false),
        "linkedin" => ("linkedin", false),
        "pinterest" => ("pinterest", false),
        "whatsapp" => ("whatsapp", false),
        "telegram" => ("telegram", false),
        "reddit" => ("reddit", false),
        "vkontakte" => ("vk", false),
        "odnoklassniki" => ("ok", false),
        "tumblr" => ("tumblr", false),
        "bluesky" => ("bluesky", false),
        "mastodon" => ("mastodon", false),
        "email" | "mail" => ("email", false),
        "messenger" | "fbmessenger" => ("messenger", false),
        "pocket" | "getpocket" => ("pocket", false),
        "flipboard" => ("flipboard", false),
        "xing" => ("xing", false),
        "viber" => ("viber", false),
        "hackernews" => ("hackernews", false),
        "googleplus" | "gplus" => ("googleplus", false),
        "weibo" => ("weibo", false),
        "stumbleupon" => ("stumbleupon", false),
        "delicious" => ("delicious", false),
        "x" | "tweet" | "tweets" => ("x", true),
        "fb" => ("facebook", true),
        "pin" => ("pinterest", true),
        "line" => ("line", true),
        "threads" => ("threads", true),
        "vk" => ("vk", true),
        "ok" => ("ok", true),
        _ => return None,
    })
}

/// Two segments that name one network (`google`+`plus`, `facebook`+`messenger`).
fn net_pair(a: &str, b: &str) -> Option<&'static str> {
    Some(match (a, b) {
        ("google", "plus" | "plusone") => "googleplus",
        ("facebook" | "fb", "messenger") => "messenger",
        ("hacker", "news") => "hackernews",
        ("e", "mail") => "email",
        ("y", "combinator") => "hackernews",
        ("linked", "in") => "linkedin",
        ("whats", "app") => "whatsapp",
        ("stumble", "upon") => "stumbleupon",
        ("get", "pocket") => "pocket",
        _ => return None,
    })
}

/// Words that fill a share-ish value without naming a network (`show-all`,
/// `info`, `print` in a list; `share`, `on` in `share-on-twitter`).
const FILLER_WORDS: &[&str] = &[
    "share",
    "on",
    "to",
    "via",
    "info",
    "print",
    "more",
    "show",
    "all",
    "save",
    "rss",
    "copy",
    "link",
    "url",
    "sms",
    "native",
    "skype",
    "digg",
    "whatsapp",
    "button",
    "btn",
    "icon",
    "send",
    "post",
    "feed",
    "dialog",
    "compact",
    "menu",
    "qzone",
    "qq",
    "wechat",
    "weixin",
    "embed",
    "permalink",
];

/// A token's segments: split at `-`, `_`, `.`, `:`, `/`, spaces and lower→upper
/// case changes, lower-cased.
fn segments(token: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in token.chars() {
        if !c.is_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        cur.extend(c.to_lowercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Walk segments for networks: a two-segment name first (`google plus`),
/// else one word (with whether it is ambiguous: `x`, `fb`, `pin`); `other`
/// gets each segment that names none and may stop the walk (false).
fn walk_nets(
    segs: &[String],
    mut found: impl FnMut(&'static str, bool),
    mut other: impl FnMut(&str) -> bool,
) -> bool {
    let mut i = 0;
    while i < segs.len() {
        if let Some(n) = segs.get(i + 1).and_then(|b| net_pair(&segs[i], b)) {
            found(n, false);
            i += 2;
            continue;
        }
        match net_word(&segs[i]) {
            Some((n, amb)) => found(n, amb),
            None => {
                if !other(&segs[i]) {
                    return false;
                }
            }
        }
        i += 1;
    }
    true
}

/// The networks segments name, in order: pairs first, then single words
/// (`allow_ambiguous` lets `x`, `fb`, `pin` … count).
fn nets_in(segs: &[String], allow_ambiguous: bool) -> Vec<&'static str> {
    let mut out = Vec::new();
    walk_nets(
        segs,
        |n, amb| {
            if allow_ambiguous || !amb {
                out.push(n);
            }
        },
        |_| true,
    );
    out
}

/// Widget class prefixes whose next segment names the network.
const WIDGET_PREFIXES: &[&str] = &[
    "a2a_button_",
    "addthis_button_",
    "at-svc-",
    "swp_",
    "heateor_sss_button_",
    "heateor_sss_",
    "ssba-",
    "dpsp-network-btn-",
    "shared-counts-",
    "ns-button-",
    "et_social_",
    "resp-sharing-button--",
    "gig-button-container-",
];

/// The network a widget class names right after its prefix.
fn widget_token(token: &str, sharethis: bool) -> Option<&'static str> {
    let lower = token.to_ascii_lowercase();
    let rest = WIDGET_PREFIXES
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .or_else(|| lower.strip_prefix("st_").filter(|_| sharethis))?;
    let segs = segments(rest);
    // The first segment (or pair) only: `heateor_sss_sharing_container` names none.
    let first = segs.first()?;
    if let Some(n) = segs.get(1).and_then(|b| net_pair(first, b)) {
        return Some(n);
    }
    net_word(first).map(|(n, _)| n)
}

/// A class token that names sharing and one network (`facebook-share`,
/// `share__tool--email`), none of the blocking words.
fn share_token(segs: &[String]) -> Option<&'static str> {
    if !segs.iter().any(|s| is_share_seg(s)) || segs.iter().any(|s| BLOCK_WORDS.contains(&s.as_str())) {
        return None;
    }
    let nets = nets_in(segs, false);
    let short = segs.iter().any(|s| matches!(s.as_str(), "fb" | "pin" | "tweet"));
    match (nets.as_slice(), short) {
        ([n], _) => Some(n),
        ([], true) => nets_in(segs, true).first().copied(),
        _ => None,
    }
}

/// A data value listing networks only (`twitter,facebook`, `["twitter","mail","info"]`,
/// `facebookShare`, `googlePlus`): the networks, or none when a word is
/// something else (a title, a URL).
fn net_list(value: &str) -> Vec<&'static str> {
    if value.len() > 300 {
        return Vec::new();
    }
    let segs = segments(value);
    if segs.is_empty() || segs.len() > 24 {
        return Vec::new();
    }
    let mut out = Vec::new();
    let only_nets = walk_nets(
        &segs,
        |n, _| out.push(n),
        |s| FILLER_WORDS.contains(&s) || is_share_seg(s),
    );
    if only_nets {
        out
    } else {
        Vec::new()
    }
}

/// Data attribute keys (without `data-`) whose value names networks.
fn share_key(key: &str) -> bool {
    let segs = segments(key);
    segs.iter()
        .any(|s| is_share_seg(s) || s == "shares" || s == "sharetype")
        || matches!(
            key,
            "network" | "social" | "service" | "services" | "platform" | "sharer"
        )
}

/// The one network a control's label names, if any. `in_container`: a bare
/// name ("Facebook", "Email") is enough; elsewhere the label must say share.
fn label_network(label: &str, in_container: bool) -> Option<&'static str> {
    let l = label.trim().to_lowercase();
    if l.is_empty() || l.chars().count() > 60 {
        return None;
    }
    // Sina Weibo ("新浪微博", or "微博" alone); Tencent Weibo ("腾讯微博") is another service.
    if l.contains("微博") && !l.contains("腾讯") {
        return Some("weibo");
    }
    let l = l
        .replace("google+", "googleplus")
        .replace("google plus", "googleplus")
        .replace("hacker news", "hackernews")
        .replace("e-mail", "email");
    let words: Vec<&str> = l
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 8 {
        return None;
    }
    if words.iter().any(|w| {
        matches!(
            *w,
            "follow" | "like" | "subscribe" | "folgen" | "suivre" | "seguir" | "takip"
        )
    }) {
        return None;
    }
    let mut nets: Vec<&'static str> = words
        .iter()
        .filter_map(|w| net_word(w))
        .filter(|(n, amb)| !amb || (words.len() == 1 && !matches!(*n, "ok" | "line" | "vk")))
        .map(|(n, _)| n)
        .collect();
    nets.dedup();
    let [n] = nets.as_slice() else { return None };
    // "Email this article", "Share on X", "Bei Facebook teilen".
    let verb = words.iter().any(|w| SHARE_WORDS.contains(w) || *w == "tweet")
        || (matches!(words[0], "email" | "mail") && words.get(1) == Some(&"this"));
    (in_container || verb).then_some(*n)
}

fn is_link_without_target(href: Option<&str>) -> bool {
    match href.map(str::trim) {
        None | Some("") => true,
        Some(h) => h.starts_with('#') || h.to_ascii_lowercase().starts_with("javascript:"),
    }
}

fn short_selector(tag: &str, e: &scraper::node::Element) -> String {
    let mut s = tag.to_string();
    if let Some(id) = attr(e, "id").map(str::trim).filter(|i| !i.is_empty()) {
        s.push('#');
        s.push_str(id);
        return s;
    }
    if let Some(c) = attr(e, "class") {
        for t in c.split_whitespace().take(3) {
            s.push('.');
            s.push_str(t);
        }
    }
    s
}

/// Scan the page. `known` holds share controls already found by their links
/// (their parent and grandparent, when shared by two, become share containers);
/// `sharethis`: ShareThis is loaded, so `st_<network>` classes are its buttons.
pub(super) fn scan(doc: &Doc, known: &[NodeId], sharethis: bool) -> Vec<Found> {
    let mut by_links = IdSet::default();
    {
        let mut seen = crate::dom::IdMap::<u32>::default();
        for &id in known {
            let Some(n) = doc.html.tree.get(id) else { continue };
            let mut up = n.parent();
            for _ in 0..2 {
                let Some(p) = up else { break };
                let c = seen.entry(p.id()).or_insert(0);
                *c += 1;
                if *c >= 2 {
                    by_links.insert(p.id());
                }
                up = p.parent();
            }
        }
    }
    let mut out = Vec::new();
    // Open elements: whether each opened a share container; how deep in <svg>, <script>.
    let mut stack: Vec<bool> = Vec::new();
    let mut containers = 0usize;
    let mut skip = 0usize;
    for edge in doc.html.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                let Node::Element(e) = node.value() else { continue };
                let tag = e.name();
                if skip > 0 || matches!(tag, "svg" | "script" | "style" | "template" | "head") {
                    skip += 1;
                    stack.push(false);
                    continue;
                }
                let class = attr(e, "class").unwrap_or("");
                let id = attr(e, "id").unwrap_or("");
                let aria = attr(e, "aria-label");
                let tokens: Vec<&str> = class
                    .split_whitespace()
                    .chain(Some(id).filter(|i| !i.is_empty()))
                    .collect();
                let token_segs: Vec<Vec<String>> = tokens.iter().map(|t| segments(t)).collect();
                let names_share = token_segs.iter().flatten().any(|s| is_share_seg(s))
                    || aria.is_some_and(|a| segments(a).iter().any(|s| is_share_seg(s)))
                    || ["data-component", "data-testid"]
                        .iter()
                        .filter_map(|k| attr(e, k))
                        .any(|v| segments(v).iter().any(|s| is_share_seg(s)));
                let opens = names_share || by_links.contains(&node.id());
                let in_container = containers > 0 || opens;
                if opens {
                    containers += 1;
                }
                stack.push(opens);
                if matches!(tag, "input" | "form" | "textarea" | "select" | "option" | "label") {
                    continue;
                }
                let href = attr(e, "href");
                // A link to a profile is a follow link, whatever its classes say.
                if href
                    .and_then(catalog::parse_loose)
                    .is_some_and(|u| catalog::profile_from_url(&u).is_some())
                {
                    continue;
                }
                let data: Vec<(&str, &str)> = e
                    .attrs()
                    .filter_map(|(k, v)| k.strip_prefix("data-").map(|k| (k, v)))
                    .collect();
                let blocked = data.iter().any(|(k, v)| {
                    *k == "action" && segments(v).iter().any(|s| BLOCK_WORDS.contains(&s.as_str()))
                });
                if blocked {
                    continue;
                }
                let mut found: Vec<(&'static str, &'static str)> = Vec::new();
                // Class names and id.
                for (t, segs) in tokens.iter().zip(&token_segs) {
                    if let Some(n) = widget_token(t, sharethis).or_else(|| share_token(segs)) {
                        found.push((n, "widget"));
                    } else if in_container
                        && tag != "i"
                        && !segs.iter().any(|s| BLOCK_WORDS.contains(&s.as_str()))
                    {
                        found.extend(nets_in(segs, false).into_iter().map(|n| (n, "widget")));
                    }
                }
                // Data attributes.
                for (k, v) in &data {
                    let v = v.trim();
                    if share_key(k) {
                        found.extend(net_list(v).into_iter().map(|n| (n, "widget")));
                    }
                    // `data-action="share-on-twitter"`, `data-node="shareLinkedIn"`.
                    if v.len() <= 60 {
                        let segs = segments(v);
                        if segs.len() <= 5
                            && segs.iter().any(|s| is_share_seg(s))
                            && !segs.iter().any(|s| BLOCK_WORDS.contains(&s.as_str()))
                        {
                            if let [n] = nets_in(&segs, false).as_slice() {
                                found.push((n, "widget"));
                            }
                        }
                    }
                    let lv = v.get(..8).unwrap_or(v).to_ascii_lowercase();
                    if lv.starts_with("http") || lv.starts_with("//") || lv.starts_with("mailto:") {
                        if let Some(hit) = catalog::parse_loose(v).as_ref().and_then(catalog::share_endpoint)
                        {
                            found.push((hit.network, "button"));
                        }
                    }
                }
                // A labelled control.
                let clickable = matches!(tag, "button")
                    || attr(e, "role") == Some("button")
                    || attr(e, "onclick").is_some()
                    || (tag == "a" && is_link_without_target(href));
                if clickable && found.is_empty() {
                    let label = aria
                        .map(str::to_string)
                        .filter(|s| !s.trim().is_empty())
                        .or_else(|| {
                            attr(e, "title")
                                .map(str::to_string)
                                .filter(|s| !s.trim().is_empty())
                        })
                        .unwrap_or_else(|| node_text(doc, node.id(), 80));
                    if let Some(n) = label_network(&label, in_container) {
                        found.push((n, "button"));
                    }
                }
                if !found.is_empty() {
                    let selector = short_selector(tag, e);
                    let line = doc.line(node.id());
                    for (network, via) in found {
                        out.push(Found {
                            network,
                            via,
                            selector: selector.clone(),
                            line,
                            node: node.id(),
                        });
                    }
                }
            }
            Edge::Close(node) => {
                if !matches!(node.value(), Node::Element(_)) {
                    continue;
                }
                if skip > 0 {
                    skip -= 1;
                    stack.pop();
                    continue;
                }
                if stack.pop() == Some(true) {
                    containers -= 1;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segs(s: &str) -> Vec<String> {
        segments(s)
    }

    #[test]
    fn segments_are_whole_words() {
        assert_eq!(segs("share__tool--facebook"), ["share", "tool", "facebook"]);
        assert_eq!(segs("shareBtn"), ["share", "btn"]);
        assert_eq!(segs("gtm_socialShare"), ["gtm", "social", "share"]);
        assert!(!segs("sharepoint-docs").iter().any(|s| is_share_seg(s)));
        assert!(!segs("shared-drive").iter().any(|s| is_share_seg(s)));
        assert!(segs("sharebarContainer").iter().any(|s| is_share_seg(s)));
    }

    #[test]
    fn widget_and_share_tokens() {
        assert_eq!(widget_token("a2a_button_x", false), Some("x"));
        assert_eq!(
            widget_token("a2a_button_facebook_messenger", false),
            Some("messenger")
        );
        assert_eq!(widget_token("addthis_button_email", false), Some("email"));
        assert_eq!(
            widget_token("addthis_button_google_plusone_share", false),
            Some("googleplus")
        );
        assert_eq!(widget_token("addthis_button_compact", false), None);
        assert_eq!(widget_token("st_facebook_large", true), Some("facebook"));
        assert_eq!(widget_token("st_facebook_large", false), None);
        assert_eq!(widget_token("heateor_sss_sharing_container", false), None);
        assert_eq!(share_token(&segs("facebook-share")), Some("facebook"));
        assert_eq!(share_token(&segs("fb_share")), Some("facebook"));
        assert_eq!(share_token(&segs("c-share__link--reddit")), Some("reddit"));
        assert_eq!(share_token(&segs("share-x")), None);
        assert_eq!(share_token(&segs("share-count-facebook")), None);
        assert_eq!(share_token(&segs("facebook")), None);
    }

    #[test]
    fn lists_and_labels() {
        assert_eq!(
            net_list("twitter,facebook,linkedin"),
            ["x", "facebook", "linkedin"]
        );
        assert_eq!(
            net_list(r#"["twitter","facebook","googleplus","mail","info"]"#),
            ["x", "facebook", "googleplus", "email"]
        );
        assert_eq!(
            net_list("facebook,twitter,email,show-all,save"),
            ["facebook", "x", "email"]
        );
        assert_eq!(net_list("googlePlus"), ["googleplus"]);
        assert!(net_list("Why I quit Facebook").is_empty());
        assert!(net_list("twitterFollowers").is_empty());
        assert_eq!(label_network("Facebook", true), Some("facebook"));
        assert_eq!(label_network("Facebook", false), None);
        assert_eq!(label_network("Share on Facebook", false), Some("facebook"));
        assert_eq!(label_network("Bei Facebook teilen", false), Some("facebook"));
        assert_eq!(label_network("E-Mail", true), Some("email"));
        assert_eq!(label_network("Follow us on Twitter", true), None);
        assert_eq!(label_network("OK", true), None);
        assert_eq!(label_network("Copy link", true), None);
        assert_eq!(label_network("Email this article", false), Some("email"));
        assert_eq!(label_network("分享到新浪微博", false), Some("weibo"));
        assert_eq!(label_network("分享到腾讯微博", true), None);
        assert_eq!(
            net_list("facebook whatsapp twitter messenger googlePlus linkedIn"),
            ["facebook", "whatsapp", "x", "messenger", "googleplus", "linkedin"]
        );
    }
}
