//! Profile facts: on a social profile page (a profile URL of a known network,
//! `og:type=profile`, or `--kind profile`), the platform, the handle and how it
//! is formed, the display name with the platform's title suffix stripped, the
//! bio with the platform's generated text (counts, "See Instagram photos and
//! videos from …") removed, the avatar, website links outside the platform, and
//! the follower count where the page states it.
//!
//! Works on the HTML a browser saves and on what platforms serve to link-preview
//! bots (mostly `<title>` and Open Graph tags). Report facts: `profile`.

use regex_lite::Regex;
use scraper::Selector;
use serde::Serialize;
use std::sync::OnceLock;
use url::Url;

use super::{Facts, LinkKind, PageKind, Region};
use crate::catalog::platforms::{self, HandleKind, Platform, WebsiteKind};
use crate::dom::Doc;
use crate::text::squash;

#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct ProfileFacts {
    /// Present on profile pages only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile: Option<Profile>,
}

/// What a profile page (or a profile URL alone) says about the profile.
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    /// `page` (facts from the HTML) or `url` (a URL-only audit: only the address is known).
    pub source: &'static str,
    /// Platform id: `x`, `instagram`, `linkedin-in`, `linkedin-company`, ... (null when unknown).
    pub platform: Option<String>,
    pub platform_name: Option<&'static str>,
    #[serde(skip)]
    pub rules: Option<&'static Platform>,
    pub handle: Option<String>,
    /// `vanity`, `numeric` or `generated`.
    pub handle_kind: Option<HandleKind>,
    /// Where the handle came from: `given`, `canonical`, `og:url`, `twitter:url`, `profile:username`, `title`.
    pub handle_source: Option<&'static str>,
    pub profile_url: Option<String>,
    /// A vanity address for the same profile, when the page names one besides an id address.
    pub vanity_url: Option<String>,
    pub display_name: Option<String>,
    pub name_source: Option<&'static str>,
    #[serde(skip)]
    pub name_line: u32,
    pub bio: Option<String>,
    pub bio_source: Option<&'static str>,
    /// The bio's length in characters (the bio text itself is kept to 2,000).
    pub bio_length: usize,
    #[serde(skip)]
    pub bio_line: u32,
    pub avatar: Option<String>,
    #[serde(skip)]
    pub avatar_line: u32,
    pub websites: Vec<Website>,
    /// Followers (or subscribers, members, connections) as the page states them.
    pub followers: Option<Count>,
}

/// A link from the profile to somewhere outside the platform.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct Website {
    pub url: String,
    pub host: String,
    /// `site`, `link-in-bio`, `shortener` or `social`.
    pub kind: WebsiteKind,
    /// `link` (an anchor), `redirect` (unwrapped from the platform's redirector),
    /// `text` (a link text naming a domain), `bio` (written in the bio), `json-ld`, `h-card`,
    /// `handle` (a Bluesky handle on the brand's own domain).
    pub via: &'static str,
    pub line: u32,
}

/// A count the page states, e.g. "12.3K followers".
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct Count {
    pub value: u64,
    pub text: String,
    /// `followers`, `subscribers`, `members`, `connections` or `likes`.
    pub label: String,
}

pub fn extract(doc: &Doc, facts: &Facts) -> ProfileFacts {
    if facts.kind != PageKind::Profile {
        return ProfileFacts::default();
    }
    ProfileFacts {
        profile: Some(build(Some(doc), facts)),
    }
}

/// Facts for a URL-only audit: platform and handle from the address alone.
pub fn from_url_only(facts: &Facts) -> ProfileFacts {
    let mut p = Profile {
        source: "url",
        ..Default::default()
    };
    identify(&mut p, facts);
    ProfileFacts { profile: Some(p) }
}

/// Candidate profile addresses in order of trust.
fn url_candidates(f: &Facts) -> Vec<(Url, &'static str)> {
    let mut out = Vec::new();
    if let Some(u) = &f.given_url {
        out.push((u.clone(), "given"));
    }
    if let Some(u) = f.head.canonical_abs() {
        out.push((u, "canonical"));
    }
    if let Some(u) = f.head.og_url_abs() {
        out.push((u, "og:url"));
    }
    for key in ["twitter:url", "al:web:url"] {
        let v = f
            .head
            .twitter_first(key)
            .or_else(|| f.head.og_first(key))
            .and_then(crate::facts::abs_http);
        if let Some(u) = v {
            out.push((
                u,
                if key == "twitter:url" {
                    "twitter:url"
                } else {
                    "al:web:url"
                },
            ));
        }
    }
    for l in f
        .head
        .links
        .iter()
        .filter(|l| l.has_rel("alternate") || l.has_rel("me"))
    {
        if let Some(u) = l.abs.clone().filter(|u| matches!(u.scheme(), "http" | "https")) {
            out.push((u, "link"));
        }
    }
    out
}

/// Platform, handle, handle kind and profile URL.
fn identify(p: &mut Profile, f: &Facts) {
    let cands = url_candidates(f);
    let mut found: Option<(crate::catalog::ProfileRef, Url, &'static str)> = None;
    for (u, src) in &cands {
        if let Some(r) = crate::catalog::profile_from_url(u) {
            found = Some((r, u.clone(), src));
            break;
        }
    }
    if let Some((r, u, src)) = found {
        let rules = platforms::platform_for(r.network, Some(&u));
        let mut kind = platforms::handle_kind(r.network, &r.handle, Some(&u));
        if r.id_based && kind == HandleKind::Vanity {
            kind = HandleKind::Generated;
        }
        // An id address, but the page also names a vanity address of the same profile.
        if kind != HandleKind::Vanity {
            for (v, _) in &cands {
                if let Some(vr) = crate::catalog::profile_from_url(v) {
                    let vk = platforms::handle_kind(vr.network, &vr.handle, Some(v));
                    if vr.network == r.network && !vr.id_based && vk == HandleKind::Vanity {
                        p.vanity_url = Some(v.to_string());
                        break;
                    }
                }
            }
        }
        p.platform = rules.map(|r| r.id()).or_else(|| Some(r.network.to_string()));
        p.platform_name = rules
            .map(|r| r.name)
            .or_else(|| Some(crate::catalog::network_name(r.network)).filter(|n| *n != r.network));
        p.rules = rules;
        p.handle = Some(r.handle);
        p.handle_kind = Some(kind);
        p.handle_source = Some(src);
        p.profile_url = Some(u.to_string());
        return;
    }
    // No profile address: the platform from the title, the handle from
    // `profile:username` or "(@handle)" in the title.
    let titles = [
        f.head.og_first("og:title"),
        f.head.twitter_first("twitter:title"),
        f.head.title.as_deref(),
    ];
    let rules = titles
        .iter()
        .flatten()
        .find_map(|t| platforms::platform_from_title(t));
    p.rules = rules;
    p.platform = rules.map(|r| r.id());
    p.platform_name = rules.map(|r| r.name);
    let username = f
        .head
        .og_first("profile:username")
        .map(|s| s.trim().trim_start_matches('@').to_string())
        .filter(|s| !s.is_empty());
    let (handle, src) = match username {
        Some(h) => (Some(h), Some("profile:username")),
        None => match titles.iter().flatten().find_map(|t| at_handle(t)) {
            Some(h) => (Some(h), Some("title")),
            None => (None, None),
        },
    };
    if let Some(h) = &handle {
        let net = rules.map(|r| r.network).unwrap_or("");
        p.handle_kind = Some(platforms::handle_kind(net, h, None));
    }
    p.handle = handle;
    p.handle_source = src;
}

/// `@handle` inside a title ("Acme (@acme) on X", "Telegram: Contact @acme").
fn at_handle(t: &str) -> Option<String> {
    let i = t.find('@')?;
    let rest = t.get(i + 1..)?;
    let h: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-' | '@'))
        .collect();
    let h = h.trim_end_matches(['.', '-']).to_string();
    (!h.is_empty()).then_some(h)
}

/// Longest text (title, description) the profile parsers read, in characters:
/// platforms cap bios at 1,000, so nothing past this is a bio.
const MAX_TEXT_IN: usize = 5000;

/// The first `max` characters of a text (cut on a character boundary).
fn head_chars(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => s[..i].to_string(),
        None => s.to_string(),
    }
}

/// At most this many website links are kept.
const MAX_WEBSITES: usize = 20;

/// Longest bio text kept in the facts (its length is kept in `bio_length`).
const MAX_BIO: usize = 2000;

fn build(doc: Option<&Doc>, f: &Facts) -> Profile {
    let mut p = Profile {
        source: "page",
        ..Default::default()
    };
    identify(&mut p, f);
    let hooks = doc.map(dom_hooks).unwrap_or_default();
    let ld = ld_person(f);
    name_and_headline(&mut p, f, &hooks);
    if p.display_name.is_none() || p.display_name == p.handle {
        if let Some(n) = &ld.name {
            p.display_name = Some(n.clone());
            p.name_source = Some("json-ld");
            p.name_line = ld.line;
        }
    }
    if p.platform.as_deref() != Some("linkedin-in") {
        if let Some(d) = &ld.description {
            p.bio = Some(d.clone());
            p.bio_source = Some("json-ld");
            p.bio_line = ld.line;
        }
    }
    bio(&mut p, f, &hooks);
    if let Some(b) = &p.bio {
        p.bio_length = crate::text::char_len(b);
        p.bio = Some(crate::text::truncate(b, MAX_BIO));
    }
    if let Some(n) = &p.display_name {
        p.display_name = Some(crate::text::truncate(n, 300));
    }
    avatar(&mut p, f, &hooks);
    if p.avatar.is_none() {
        p.avatar = ld.image.clone();
        p.avatar_line = ld.line;
    }
    websites(&mut p, f, &hooks);
    followers(&mut p, f, &hooks);
    if let (None, Some(n)) = (&p.followers, ld.followers) {
        p.followers = Some(Count {
            value: n,
            text: n.to_string(),
            label: "followers".into(),
        });
    }
    p
}

/// Text the platforms put in well-known elements of a saved page (h-card
/// microformats used by GitHub and Mastodon, Telegram's preview page, X's test ids).
#[derive(Debug, Default)]
struct Hooks {
    name: Option<(String, u32)>,
    note: Option<(String, u32)>,
    counts: Vec<(String, u32)>,
    urls: Vec<(String, String, u32)>,
    photo: Option<(String, u32)>,
}

fn sel(s: &str) -> Option<Selector> {
    Selector::parse(s).ok()
}

fn dom_hooks(doc: &Doc) -> Hooks {
    let mut h = Hooks::default();
    let first_text = |q: &str| -> Option<(String, u32)> {
        let s = sel(q)?;
        doc.html.select(&s).find_map(|e| {
            let t = squash(&e.text().collect::<String>());
            (!t.is_empty()).then(|| (crate::text::truncate(&t, 2000), doc.line(e.id())))
        })
    };
    h.name = first_text(".p-name, .tgme_page_title, [data-testid=\"UserName\"] span");
    h.note = first_text(
        ".p-note, .user-profile-bio, .tgme_page_description, [data-testid=\"UserDescription\"], .account__header__content",
    );
    if let Some(s) = sel(".tgme_page_extra, .counter, [href$=\"followers\"], [href*=\"tab=followers\"]") {
        for e in doc.html.select(&s).take(20) {
            let t = squash(&e.text().collect::<String>());
            if !t.is_empty() {
                h.counts.push((t, doc.line(e.id())));
            }
        }
    }
    if let Some(s) = sel("a.u-url, [data-testid=\"UserUrl\"], [itemprop=\"url\"] a, a[rel~=\"me\"]") {
        for e in doc.html.select(&s).take(20) {
            let href = e.value().attr("href").unwrap_or("").to_string();
            let t = squash(&e.text().collect::<String>());
            h.urls.push((href, t, doc.line(e.id())));
        }
    }
    if let Some(s) = sel("img.u-photo, img.avatar-user, .tgme_page_photo_image") {
        h.photo = doc.html.select(&s).find_map(|e| {
            e.value()
                .attr("src")
                .filter(|v| !v.trim().is_empty())
                .map(|v| (v.trim().to_string(), doc.line(e.id())))
        });
    }
    h
}

/// The `mainEntity` of a JSON-LD `ProfilePage` (served by X, Instagram, Threads,
/// ... on profile pages): a clean name, description, image and follower count.
#[derive(Debug, Default)]
struct LdPerson {
    name: Option<String>,
    description: Option<String>,
    image: Option<String>,
    followers: Option<u64>,
    line: u32,
}

fn ld_person(f: &Facts) -> LdPerson {
    let mut out = LdPerson::default();
    let s = |v: Option<&serde_json::Value>| -> Option<String> {
        match v? {
            serde_json::Value::String(x) => Some(squash(x)).filter(|x| !x.is_empty()),
            serde_json::Value::Object(o) => o
                .get("url")
                .and_then(|u| u.as_str())
                .map(squash)
                .filter(|x| !x.is_empty()),
            serde_json::Value::Array(a) => a.first().and_then(|x| x.as_str()).map(squash),
            _ => None,
        }
    };
    for block in &f.head.json_ld {
        for o in block.objects() {
            if !super::json_types(o).iter().any(|t| t == "ProfilePage") {
                continue;
            }
            let Some(serde_json::Value::Object(m)) = o.get("mainEntity").or_else(|| o.get("about")) else {
                continue;
            };
            out.name = s(m.get("name"));
            out.description = s(m.get("description"));
            out.image = s(m.get("image"));
            out.line = block.line;
            let stats: Vec<&serde_json::Value> = match m.get("interactionStatistic") {
                Some(serde_json::Value::Array(a)) => a.iter().collect(),
                Some(v) => vec![v],
                None => vec![],
            };
            for st in stats {
                let kind = match st.get("interactionType") {
                    Some(serde_json::Value::String(t)) => t.clone(),
                    Some(serde_json::Value::Object(t)) => {
                        t.get("@type").and_then(|x| x.as_str()).unwrap_or("").to_string()
                    }
                    _ => String::new(),
                };
                if kind.ends_with("FollowAction") {
                    out.followers = st.get("userInteractionCount").and_then(|c| {
                        c.as_u64()
                            .or_else(|| c.as_str().and_then(|x| parse_count(x, None)))
                    });
                }
            }
            return out;
        }
    }
    out
}

/// Strip the platform's title decorations: suffixes, prefixes, "(@handle)".
pub fn clean_title(t: &str, rules: Option<&Platform>, handle: Option<&str>) -> String {
    let mut s = squash(&head_chars(t, MAX_TEXT_IN));
    let all: Vec<&Platform> = match rules {
        Some(r) => vec![r],
        None => platforms::PLATFORMS.iter().collect(),
    };
    for _ in 0..3 {
        let before = s.clone();
        for r in &all {
            for suf in r.title_suffixes {
                if let Some(x) = s.strip_suffix(suf) {
                    s = x.trim().to_string();
                }
            }
            for pre in r.title_prefixes {
                if let Some(x) = s.strip_prefix(pre) {
                    s = x.trim().to_string();
                }
            }
        }
        if let Some(x) = s.strip_suffix(" Official") {
            if x.contains("(@") {
                s = x.trim().to_string();
            }
        }
        if s == before {
            break;
        }
    }
    // "Name (@handle)", "Name (handle)", "handle (Name)".
    if let (Some(open), true) = (s.rfind(" ("), s.ends_with(')')) {
        let outer = s[..open].trim().to_string();
        let inner = s[open + 2..s.len() - 1].trim().to_string();
        let h = handle.map(|h| h.trim_start_matches('@').to_lowercase());
        let inner_l = inner.trim_start_matches('@').to_lowercase();
        if inner.starts_with('@') || h.as_deref() == Some(inner_l.as_str()) {
            s = outer;
        } else if h.as_deref() == Some(outer.to_lowercase().as_str()) && !inner.is_empty() {
            s = inner;
        }
    }
    s
}

fn name_and_headline(p: &mut Profile, f: &Facts, hooks: &Hooks) {
    let line_of = |key: &str| f.head.meta_first(key).map(|m| m.line).unwrap_or(0);
    let mut cands: Vec<(String, &'static str, u32)> = Vec::new();
    if let Some(t) = f.head.og_first("og:title") {
        cands.push((t.to_string(), "og:title", line_of("og:title")));
    }
    if let Some(t) = f.head.twitter_first("twitter:title") {
        cands.push((t.to_string(), "twitter:title", line_of("twitter:title")));
    }
    if let Some(t) = &f.head.title {
        cands.push((t.clone(), "title", f.head.title_line));
    }
    if let Some((t, l)) = &hooks.name {
        cands.push((t.clone(), "h-card", *l));
    }
    let handle = p.handle.clone();
    let hl = handle
        .as_deref()
        .map(|h| h.trim_start_matches('@').to_lowercase());
    let linkedin_person = p.platform.as_deref() == Some("linkedin-in");
    let mut cleaned: Vec<(String, &'static str, u32, Option<String>)> = Vec::new();
    for (t, src, line) in cands {
        let mut c = clean_title(&t, p.rules, handle.as_deref());
        let mut headline = None;
        if linkedin_person {
            if let Some((n, rest)) = c.split_once(" - ") {
                headline = Some(rest.trim().to_string()).filter(|s| !s.is_empty());
                c = n.trim().to_string();
            }
        }
        // Generic or handle-only titles are not names.
        let lc = c.trim_start_matches('@').to_lowercase();
        if c.is_empty()
            || matches!(
                lc.as_str(),
                "instagram" | "facebook" | "x" | "linkedin" | "tiktok" | "youtube" | "log in" | "login"
            )
        {
            continue;
        }
        cleaned.push((c, src, line, headline));
    }
    let is_handle = |c: &str| hl.as_deref() == Some(c.trim_start_matches('@').to_lowercase().as_str());
    let pick = cleaned
        .iter()
        .find(|c| !is_handle(&c.0))
        .or_else(|| cleaned.first())
        .cloned();
    if let Some((n, src, line, _)) = pick {
        p.display_name = Some(n);
        p.name_source = Some(src);
        p.name_line = line;
    }
    if linkedin_person {
        if let Some((_, src, line, Some(h))) = cleaned.iter().find(|c| c.3.is_some()).cloned() {
            p.bio = Some(h);
            p.bio_source = Some(if src == "title" { "title" } else { src });
            p.bio_line = line;
        }
    }
}

fn counts_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)(\d[\d,. ]*\d|\d)\s?([kmb]|mn|bin)?\+?\s+(followers|follower|subscribers|subscriber|members|member|connections|connection|likes|like|following|posts|post|threads|repositories|takipçi|abone|üye|takip edilen|gönderi|beğeni)\b")
            .expect("counts regex")
    })
}

/// Boilerplate phrases platforms append to descriptions; the bio ends where one starts.
const BOILERPLATE: &[&str] = &[
    "See Instagram photos and videos from",
    "Instagram fotoğraflarını ve videolarını gör",
    "Watch the latest video from",
    "See the latest conversations with",
    "Follow their code on GitHub",
    "You can contact @",
    "View in Telegram",
    "If you have Telegram, you can",
    "Join Facebook to connect with",
    "See posts, photos and more on Facebook",
    "Log in or sign up to view",
    "Log into Facebook",
    "on LinkedIn, a professional community",
    "Enjoy the videos and music you love",
    "Share your videos with friends, family, and the world",
    "Discover recipes, home ideas, style inspiration",
    "See what ",
];

fn strip_boilerplate(s: &str) -> String {
    let mut cut = s.len();
    for b in BOILERPLATE {
        if let Some(i) = s.find(b) {
            cut = cut.min(i);
        }
    }
    // "View Jane Doe’s profile on LinkedIn…" starts at the last "View " before the phrase.
    if let Some(i) = s.find("profile on LinkedIn") {
        let j = s[..i].rfind("View ").unwrap_or(i);
        cut = cut.min(j);
    }
    s[..cut].trim().to_string()
}

/// A segment that only repeats counts, the name or the handle ("1,234 Followers, 5 Following").
fn is_meta_segment(seg: &str, name: Option<&str>, handle: Option<&str>) -> bool {
    let t = seg.trim().trim_end_matches('.').trim();
    if t.is_empty() {
        return true;
    }
    if let Some(n) = name {
        if t.eq_ignore_ascii_case(n) || t.starts_with(&format!("{} (@", n)) {
            return true;
        }
    }
    if let Some(h) = handle {
        let h = h.trim_start_matches('@');
        if t.eq_ignore_ascii_case(h) || t.contains(&format!("(@{})", h)) || t.contains(&format!("(@{}@", h)) {
            return true;
        }
    }
    let rest = counts_re().replace_all(t, "");
    let rest = rest
        .replace("on LinkedIn", "")
        .replace("on TikTok", "")
        .replace("talking about this", "")
        .replace("were here", "");
    rest.chars().all(|c| !c.is_alphabetic())
}

const SEPARATORS: &[&str] = &[" | ", " • ", " · ", " - ", " – ", ". ", ", "];

/// The bio inside a platform description: generated counts, names and boilerplate removed.
pub fn clean_description(desc: &str, name: Option<&str>, handle: Option<&str>) -> Option<String> {
    let s = squash(&head_chars(desc, MAX_TEXT_IN).replace(['\u{a0}', '\u{202f}'], " "));
    if s.contains("repositories available") && s.contains("GitHub") {
        return None;
    }
    // Instagram / Threads: `… - Name (@h) on Instagram: "bio"`.
    for marker in ["on Instagram: \"", "on Threads: \"", "Instagram'da: \""] {
        if let Some(i) = s.find(marker) {
            let rest = &s[i + marker.len()..];
            let inner = rest.rfind('"').map(|j| &rest[..j]).unwrap_or(rest);
            let b = inner.trim().to_string();
            return (!b.is_empty()).then_some(b);
        }
    }
    let mut s = strip_boilerplate(&s);
    // Drop leading meta segments.
    for _ in 0..8 {
        let next = SEPARATORS
            .iter()
            .filter_map(|sep| s.find(sep).map(|i| (i, sep.len())))
            .min_by_key(|x| x.0);
        match next {
            Some((i, n)) if is_meta_segment(&s[..i], name, handle) => {
                s = s[i + n..].trim().to_string();
            }
            _ => break,
        }
    }
    // GitHub: "bio - login".
    if let Some(h) = handle {
        if let Some(x) = s.strip_suffix(&format!(" - {}", h.trim_start_matches('@'))) {
            s = x.trim().to_string();
        }
    }
    if is_meta_segment(&s, name, handle) {
        return None;
    }
    let s = s
        .trim_matches(|c: char| c == '|' || c == '·' || c == '•' || c.is_whitespace())
        .to_string();
    (!s.is_empty()).then_some(s)
}

fn bio(p: &mut Profile, f: &Facts, hooks: &Hooks) {
    if p.bio.is_some() {
        return;
    }
    let name = p.display_name.clone();
    let handle = p.handle.clone();
    if let Some((t, line)) = &hooks.note {
        if let Some(b) = clean_description(t, name.as_deref(), handle.as_deref()) {
            p.bio = Some(b);
            p.bio_source = Some("page");
            p.bio_line = *line;
            return;
        }
    }
    // LinkedIn people pages: the headline (from the title) is the bio; the
    // description is LinkedIn's generated "Experience: … · Location: …".
    if p.platform.as_deref() == Some("linkedin-in") {
        return;
    }
    let line_of = |key: &str| f.head.meta_first(key).map(|m| m.line).unwrap_or(0);
    let mut cands: Vec<(&str, &'static str, u32)> = Vec::new();
    // Instagram puts the bio only in the meta description; read it first there.
    if let Some(d) = &f.head.description {
        if d.contains("on Instagram: \"") || d.contains("on Threads: \"") {
            cands.push((d.as_str(), "description", line_of("description")));
        }
    }
    if let Some(d) = f.head.og_first("og:description") {
        cands.push((d, "og:description", line_of("og:description")));
    }
    if let Some(d) = f.head.twitter_first("twitter:description") {
        cands.push((d, "twitter:description", line_of("twitter:description")));
    }
    if let Some(d) = &f.head.description {
        cands.push((d.as_str(), "description", line_of("description")));
    }
    for (d, src, line) in cands {
        if let Some(mut b) = clean_description(d, name.as_deref(), handle.as_deref()) {
            // LinkedIn company pages: "tagline | about"; the tagline is what the page shows.
            if p.platform.as_deref() == Some("linkedin-company") {
                if let Some((tag, _)) = b.split_once(" | ") {
                    b = tag.trim().to_string();
                }
            }
            p.bio = Some(b);
            p.bio_source = Some(src);
            p.bio_line = line;
            return;
        }
    }
}

fn avatar(p: &mut Profile, f: &Facts, hooks: &Hooks) {
    if let Some(i) = f.head.og_images.iter().find(|i| !i.url.trim().is_empty()) {
        p.avatar = Some(i.url.trim().to_string());
        p.avatar_line = i.line;
    } else if let Some(t) = f
        .head
        .twitter_first("twitter:image")
        .filter(|t| !t.trim().is_empty())
    {
        p.avatar = Some(t.trim().to_string());
        p.avatar_line = f
            .head
            .meta_key("twitter:image")
            .next()
            .map(|m| m.line)
            .unwrap_or(0);
    } else if let Some((src, line)) = &hooks.photo {
        p.avatar = Some(src.clone());
        p.avatar_line = *line;
    }
}

/// Domain-like words in text ("acme.com", "https://acme.com.tr/shop", "www.acme.io").
pub fn domains_in(text: &str) -> Vec<String> {
    let text = head_chars(text, MAX_TEXT_IN);
    let text = text.as_str();
    const TLDS: &[&str] = &[
        "com", "net", "org", "io", "co", "app", "dev", "ai", "me", "tv", "info", "biz", "shop", "store",
        "online", "site", "xyz", "tr", "uk", "de", "fr", "es", "it", "nl", "ru", "eu", "us", "ca", "au",
        "in", "jp", "br", "pl", "se", "no", "dk", "fi", "ch", "at", "be", "pt", "gr", "ua", "az", "kz", "ly",
        "gg", "fm", "studio", "agency", "design", "blog", "news", "art", "club", "tech", "media", "academy",
        "coffee", "cafe", "link", "page", "cc", "to",
    ];
    let mut out = Vec::new();
    for raw in text.split(|c: char| {
        c.is_whitespace() || matches!(c, '(' | ')' | '<' | '>' | '"' | '|' | '•' | '·' | ',')
    }) {
        let w = raw.trim_matches(|c: char| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '"'));
        let lw = w.to_ascii_lowercase();
        let bare = lw
            .strip_prefix("https://")
            .or_else(|| lw.strip_prefix("http://"))
            .unwrap_or(&lw);
        let host = bare.split(['/', '?', '#']).next().unwrap_or("");
        let labels: Vec<&str> = host.split('.').collect();
        if labels.len() < 2 || w.contains('@') {
            continue;
        }
        let tld = labels[labels.len() - 1];
        let ok_labels = labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
        // The TLD as written must be lower case (so "Istanbul.Follow" is not a domain).
        let written_tld = w
            .split(['/', '?', '#'])
            .next()
            .unwrap_or("")
            .rsplit('.')
            .next()
            .unwrap_or("");
        if ok_labels
            && TLDS.contains(&tld)
            && written_tld.chars().all(|c| !c.is_ascii_uppercase())
            && labels[labels.len() - 2].len() >= 2
        {
            out.push(if bare.len() == lw.len() {
                format!("https://{}", w)
            } else {
                w.to_string()
            });
        }
    }
    out
}

fn websites(p: &mut Profile, f: &Facts, hooks: &Hooks) {
    let rules = p.rules;
    let profile_host = p
        .profile_url
        .as_deref()
        .and_then(|u| Url::parse(u).ok())
        .and_then(|u| {
            u.host_str()
                .map(|h| h.trim_start_matches("www.").to_ascii_lowercase())
        });
    let owned = |host: &str| -> bool {
        let h = host.trim_start_matches("www.").to_ascii_lowercase();
        rules.is_some_and(|r| r.owns_host(&h)) || profile_host.as_deref() == Some(h.as_str())
    };
    let mut out: Vec<Website> = Vec::new();
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut push = |u: Url, via: &'static str, line: u32, out: &mut Vec<Website>| {
        if out.len() >= MAX_WEBSITES {
            return;
        }
        let Some(host) = u.host_str().map(|h| h.to_ascii_lowercase()) else {
            return;
        };
        if owned(&host) {
            return;
        }
        let Some(kind) = platforms::website_kind(&host) else {
            return;
        };
        let key = format!(
            "{}{}",
            host.trim_start_matches("www."),
            u.path().trim_end_matches('/')
        );
        if !seen.insert(key) {
            return;
        }
        out.push(Website {
            url: u.to_string(),
            host,
            kind,
            via,
            line,
        });
    };
    let parse = |s: &str| {
        Url::parse(s.trim())
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https"))
    };
    for a in &f.body.anchors {
        if a.loc.region.has(Region::HIDDEN)
            || a.loc.region.has(Region::FOOTER)
            || a.loc.region.has(Region::NAV)
        {
            continue;
        }
        if !matches!(a.kind, LinkKind::External | LinkKind::Internal) {
            continue;
        }
        let Some(u) = a.abs.clone() else { continue };
        if let Some(t) = platforms::unwrap_redirect(&u) {
            push(t, "redirect", a.loc.line, &mut out);
            continue;
        }
        let host = u.host_str().unwrap_or("").to_string();
        if owned(&host) {
            // X wraps links in t.co; the link text names the destination.
            for t in [a.title.as_deref().unwrap_or(""), a.text.as_str()] {
                if let Some(d) = domains_in(t).into_iter().next().and_then(|d| parse(&d)) {
                    push(d, "text", a.loc.line, &mut out);
                    break;
                }
            }
            continue;
        }
        push(u, "link", a.loc.line, &mut out);
    }
    for (href, text, line) in &hooks.urls {
        let base = f.base_url.as_ref();
        let u = match base {
            Some(b) => b.join(href).ok(),
            None => parse(href),
        };
        if let Some(u) = u.filter(|u| matches!(u.scheme(), "http" | "https")) {
            if !owned(u.host_str().unwrap_or("")) {
                push(u, "h-card", *line, &mut out);
                continue;
            }
        }
        if let Some(d) = domains_in(text).into_iter().next().and_then(|d| parse(&d)) {
            push(d, "text", *line, &mut out);
        }
    }
    for o in f.head.json_ld_objects() {
        let mut objs = vec![o];
        if let Some(serde_json::Value::Object(m)) = o.get("mainEntity") {
            objs.push(m);
        }
        for ob in objs {
            if let Some(u) = ob.get("url").and_then(|v| v.as_str()).and_then(parse) {
                push(u, "json-ld", 0, &mut out);
            }
        }
    }
    // A Bluesky handle on the brand's own domain is a verified link to it.
    if p.platform.as_deref() == Some("bluesky") {
        if let Some(h) = p
            .handle
            .as_deref()
            .filter(|h| h.contains('.') && !h.starts_with("did:"))
        {
            if !h.ends_with(".bsky.social") {
                if let Some(u) = parse(&format!("https://{}/", h)) {
                    push(u, "handle", 0, &mut out);
                }
            }
        }
    }
    let bio_text = p.bio.clone().unwrap_or_default();
    for d in domains_in(&bio_text) {
        if let Some(u) = parse(&d) {
            push(u, "bio", p.bio_line, &mut out);
        }
    }
    p.websites = out;
}

/// Parse "1,234" / "12.3K" / "1,2 M" / "12 345" / "500+" into a number.
pub fn parse_count(num: &str, suffix: Option<&str>) -> Option<u64> {
    let n = num.trim().replace(' ', "");
    let mult: f64 = match suffix.map(|s| s.to_ascii_lowercase()).as_deref() {
        Some("k") | Some("bin") => 1e3,
        Some("m") | Some("mn") => 1e6,
        Some("b") => 1e9,
        _ => 1.0,
    };
    if mult > 1.0 {
        // The last separator followed by 1–2 digits is a decimal point.
        let v: f64 = match n.rfind([',', '.']) {
            Some(i) if n.len() - i - 1 <= 2 => {
                let int: String = n[..i].chars().filter(|c| c.is_ascii_digit()).collect();
                format!("{}.{}", if int.is_empty() { "0" } else { &int }, &n[i + 1..])
                    .parse()
                    .ok()?
            }
            _ => n
                .chars()
                .filter(|c| c.is_ascii_digit())
                .collect::<String>()
                .parse()
                .ok()?,
        };
        return Some((v * mult).round() as u64);
    }
    n.chars()
        .filter(|c| c.is_ascii_digit())
        .collect::<String>()
        .parse()
        .ok()
}

/// The first follower-like count in a text.
pub fn find_followers(text: &str) -> Option<Count> {
    let t = head_chars(text, MAX_TEXT_IN).replace(['\u{a0}', '\u{202f}'], " ");
    for c in counts_re().captures_iter(&t) {
        let word = c.get(3).map(|m| m.as_str().to_lowercase()).unwrap_or_default();
        let label = match word.as_str() {
            "followers" | "follower" | "takipçi" => "followers",
            "subscribers" | "subscriber" | "abone" => "subscribers",
            "members" | "member" | "üye" => "members",
            "connections" | "connection" => "connections",
            _ => continue,
        };
        let num = c.get(1).map(|m| m.as_str()).unwrap_or("");
        let suffix = c.get(2).map(|m| m.as_str());
        if let Some(value) = parse_count(num, suffix) {
            return Some(Count {
                value,
                text: c
                    .get(0)
                    .map(|m| m.as_str().trim().to_string())
                    .unwrap_or_default(),
                label: label.to_string(),
            });
        }
    }
    None
}

fn followers(p: &mut Profile, f: &Facts, hooks: &Hooks) {
    let mut texts: Vec<String> = hooks.counts.iter().map(|c| c.0.clone()).collect();
    for key in ["og:description", "description", "twitter:description", "og:title"] {
        for m in f.head.meta_key(key) {
            if let Some(c) = &m.content {
                texts.push(c.clone());
            }
        }
    }
    texts.extend(
        f.body
            .anchors
            .iter()
            .filter(|a| !a.loc.region.has(Region::FOOTER))
            .take(500)
            .map(|a| a.text.clone()),
    );
    p.followers = texts.iter().find_map(|t| find_followers(t));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::test_util::facts;

    fn profile(html: &str, url: Option<&str>) -> Profile {
        facts(html, url).profile.profile.expect("profile facts")
    }

    #[test]
    fn not_on_other_pages() {
        assert!(facts("<title>x</title>", Some("https://example.com/blog/x"))
            .profile
            .profile
            .is_none());
    }

    #[test]
    fn instagram_name_bio_counts() {
        let html = r#"<head><title>Acme Coffee (@acmecoffee) • Instagram photos and videos</title>
<meta property="og:title" content="Acme Coffee (@acmecoffee) • Instagram photos and videos">
<meta property="og:description" content="12.5K Followers, 310 Following, 845 Posts - See Instagram photos and videos from Acme Coffee (@acmecoffee)">
<meta name="description" content="12.5K Followers, 310 Following, 845 Posts - Acme Coffee (@acmecoffee) on Instagram: &quot;Small-batch roastery in Kadıköy. acmecoffee.com.tr&quot;">
<meta property="og:image" content="https://scontent.cdninstagram.com/v/t51/acme.jpg"></head>"#;
        let p = profile(html, Some("https://www.instagram.com/acmecoffee/"));
        assert_eq!(p.platform.as_deref(), Some("instagram"));
        assert_eq!(p.handle.as_deref(), Some("acmecoffee"));
        assert_eq!(p.display_name.as_deref(), Some("Acme Coffee"));
        assert_eq!(
            p.bio.as_deref(),
            Some("Small-batch roastery in Kadıköy. acmecoffee.com.tr")
        );
        assert_eq!(p.followers.as_ref().map(|c| c.value), Some(12_500));
        assert_eq!(p.websites.len(), 1);
        assert_eq!(p.websites[0].host, "acmecoffee.com.tr");
        assert_eq!(p.websites[0].via, "bio");
    }

    #[test]
    fn counts_parse() {
        assert_eq!(parse_count("1,234", None), Some(1234));
        assert_eq!(parse_count("12.345", None), Some(12345));
        assert_eq!(parse_count("12 345", None), Some(12345));
        assert_eq!(parse_count("1.2", Some("M")), Some(1_200_000));
        assert_eq!(parse_count("1,2", Some("B")), Some(1_200_000_000));
        assert_eq!(parse_count("15", Some("K")), Some(15_000));
        assert_eq!(
            find_followers("Acme | 12,345 followers on LinkedIn.").map(|c| c.value),
            Some(12345)
        );
        assert_eq!(
            find_followers("500+ connections on LinkedIn").map(|c| (c.value, c.label)),
            Some((500, "connections".to_string()))
        );
        assert_eq!(find_followers("56 Following, 3 Posts"), None);
        assert_eq!(
            find_followers("12\u{a0}345 subscribers").map(|c| c.value),
            Some(12345)
        );
    }

    #[test]
    fn titles_clean() {
        let x = platforms::platform_for("x", None);
        assert_eq!(clean_title("Acme (@acme) on X", x, Some("acme")), "Acme");
        assert_eq!(clean_title("Acme (@acme) / X", None, None), "Acme");
        let gh = platforms::platform_for("github", None);
        assert_eq!(
            clean_title("acme (Acme Inc) · GitHub", gh, Some("acme")),
            "Acme Inc"
        );
        let pin = platforms::platform_for("pinterest", None);
        assert_eq!(
            clean_title("Acme (acme) - Profile | Pinterest", pin, Some("acme")),
            "Acme"
        );
        let tt = platforms::platform_for("tiktok", None);
        assert_eq!(
            clean_title("Acme (@acme) Official | TikTok", tt, Some("acme")),
            "Acme"
        );
        // Odd input: no panic, nothing stripped.
        assert_eq!(clean_title(" (", None, None), "(");
        assert_eq!(clean_title("ş (ğ)", None, Some("ğ")), "ş");
    }

    #[test]
    fn descriptions_clean() {
        assert_eq!(
            clean_description(
                "Acme (@acme) on TikTok | 1.2M Likes. 300K Followers. Fresh coffee daily.Watch the latest video from Acme (@acme).",
                Some("Acme"),
                Some("acme")
            )
            .as_deref(),
            Some("Fresh coffee daily.")
        );
        assert_eq!(
            clean_description(
                "acme has 12 repositories available. Follow their code on GitHub.",
                None,
                Some("acme")
            ),
            None
        );
        assert_eq!(
            clean_description("Open-source tools for roasters. - acme", None, Some("acme")).as_deref(),
            Some("Open-source tools for roasters.")
        );
        assert_eq!(
            clean_description(
                "120 Posts, 45 Following, 6.7K Followers · Roasting coffee since 2012.",
                None,
                None
            )
            .as_deref(),
            Some("Roasting coffee since 2012.")
        );
        assert_eq!(
            clean_description("You can contact @acme right away.", None, Some("acme")),
            None
        );
    }

    #[test]
    fn domains() {
        assert_eq!(domains_in("Visit acme.com today"), vec!["https://acme.com"]);
        assert_eq!(
            domains_in("https://shop.acme.io/x."),
            vec!["https://shop.acme.io/x"]
        );
        assert!(domains_in("In Istanbul.Follow us, e.g. this. v1.2 mail@acme.com").is_empty());
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        let long = "ş(".repeat(60_000);
        let digits = "1,".repeat(50_000) + " followers";
        let nasty = [
            "",
            " ",
            "(",
            ")",
            " ()",
            "a ()",
            "(@)",
            "@",
            "@@@",
            "…",
            "ş (ğ) (",
            "\u{0}",
            "did:",
            "0 followers",
            ". . . | | • ·",
            "x.y.z.w",
            "https://",
            "http://.com",
            "a.b",
            "ü.com",
            long.as_str(),
            digits.as_str(),
        ];
        for t in nasty {
            let _ = clean_title(t, None, Some(t));
            let _ = clean_description(t, Some(t), Some(t));
            let _ = domains_in(t);
            let _ = find_followers(t);
            let _ = at_handle(t);
            let _ = parse_count(t, Some("k"));
            let _ = parse_count(t, None);
        }
        let html = format!(
            r#"<meta property="og:type" content="profile"><meta property="og:title" content="{long}"><meta property="og:description" content="{digits}">"#
        );
        let p = profile(&html, Some("https://x.com/acme"));
        assert!(p.display_name.is_some_and(|n| n.chars().count() <= 300));
        // Many outbound links: bounded, linear.
        let links: String = (0..20_000)
            .map(|i| format!(r#"<a href="https://site{i}.example.com/">s</a>"#))
            .collect();
        let p = profile(&links, Some("https://x.com/acme"));
        assert_eq!(p.websites.len(), MAX_WEBSITES);
    }

    #[test]
    fn json_ld_profile_page() {
        let html = r#"<head><title>Acme Coffee (@acmecoffee) / X</title>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"ProfilePage","mainEntity":{"@type":"Person","name":"Acme Coffee","additionalName":"acmecoffee","description":"Small-batch coffee roastery in Kadıköy.","image":{"@type":"ImageObject","contentUrl":"x","url":"https://pbs.twimg.com/profile_images/1/a.jpg"},"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"https://schema.org/FollowAction","userInteractionCount":8312}]}}</script></head>"#;
        let p = profile(html, Some("https://x.com/acmecoffee"));
        assert_eq!(p.display_name.as_deref(), Some("Acme Coffee"));
        assert_eq!(p.bio.as_deref(), Some("Small-batch coffee roastery in Kadıköy."));
        assert_eq!(p.bio_source, Some("json-ld"));
        assert_eq!(
            p.avatar.as_deref(),
            Some("https://pbs.twimg.com/profile_images/1/a.jpg")
        );
        assert_eq!(p.followers.map(|c| c.value), Some(8312));
    }

    #[test]
    fn vanity_alternative_and_website_link() {
        let html = r#"<head><title>Acme - YouTube</title>
<link rel="canonical" href="https://www.youtube.com/channel/UCq3Ci-h945sbEYXpVlw7rJg">
<link rel="alternate" href="https://www.youtube.com/@acme">
<meta property="og:title" content="Acme"></head>
<body><main><a href="https://www.youtube.com/redirect?q=https%3A%2F%2Facme.com%2F">acme.com</a>
<a href="https://policies.google.com/terms">Terms</a></main></body>"#;
        let p = profile(html, None);
        assert_eq!(p.handle_kind, Some(HandleKind::Generated));
        assert_eq!(p.vanity_url.as_deref(), Some("https://www.youtube.com/@acme"));
        assert_eq!(p.websites.len(), 1, "{:?}", p.websites);
        assert_eq!(p.websites[0].via, "redirect");
    }
}
