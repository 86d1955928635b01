//! The one catalogue of social networks and web services (share endpoints,
//! profile URL patterns, widgets, analytics, comments, newsletters, captchas).
//! Every check that needs a network reads it here.
//!
//! - `networks.rs`: networks, share endpoints, profile URL shapes (data rows).
//! - `services.rs`: widgets and services with their HTML signatures (data rows).
//! - this file: the matching functions over those rows.

pub mod networks;
pub mod platforms;
pub mod services;

pub use networks::{network_name, ProfileShape, ShareEndpoint, NETWORKS, PROFILE_HOSTS, SHARE_ENDPOINTS};
pub use services::{service, Service, ServiceKind, Sig, SERVICES};

use url::Url;

/// A social profile recognised from a URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileRef {
    pub network: &'static str,
    pub handle: String,
    /// Reached by a numeric or generated id (`profile.php?id=`, `/channel/UC…`,
    /// `/company/12345`, `vk.com/id123`, a Bluesky `did:`), not a vanity handle.
    pub id_based: bool,
}

/// True when `host` is `base` or a sub-domain of it.
fn host_is(host: &str, base: &str) -> bool {
    host == base
        || (host.len() > base.len()
            && host.ends_with(base)
            && host.as_bytes()[host.len() - base.len() - 1] == b'.')
}

/// Whether `host` or one of its parent domains is an HTTP share endpoint's host.
fn endpoint_host_known(host: &str) -> bool {
    use std::collections::HashSet;
    use std::sync::OnceLock;
    static HOSTS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let hosts = HOSTS.get_or_init(|| {
        SHARE_ENDPOINTS
            .iter()
            .flat_map(|e| e.hosts.iter().copied())
            .filter(|h| !h.ends_with(':'))
            .collect()
    });
    let mut h = host;
    loop {
        if hosts.contains(h) {
            return true;
        }
        match h.find('.') {
            Some(i) => h = &h[i + 1..],
            None => return false,
        }
    }
}

fn host_of(url: &Url) -> Option<String> {
    url.host_str()
        .map(|h| h.trim_end_matches('.').to_ascii_lowercase())
}

/// Non-empty path segments, percent-decoded lossily.
fn segments(url: &Url) -> Vec<String> {
    url.path_segments()
        .map(|s| s.filter(|x| !x.is_empty()).map(percent_decode).collect())
        .unwrap_or_default()
}

pub use crate::text::percent_decode;

fn valid_handle(h: &str) -> bool {
    !h.is_empty()
        && h.chars().count() <= 100
        && h.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-'))
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// The profile a URL points at, if it is a known network's profile address.
/// Share, intent, hashtag, search, post and status pages are not profiles.
pub fn profile_from_url(url: &Url) -> Option<ProfileRef> {
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    let host = host_of(url)?;
    let segs = segments(url);
    let mk = |network: &'static str, handle: &str, id_based: bool| {
        Some(ProfileRef {
            network,
            handle: handle.to_string(),
            id_based,
        })
    };
    for ph in PROFILE_HOSTS {
        if !ph.hosts.iter().any(|b| host_is(&host, b)) {
            continue;
        }
        let reserved = |s: &str| ph.reserved.iter().any(|r| r.eq_ignore_ascii_case(s));
        return match ph.shape {
            ProfileShape::FirstSegment => {
                // Numeric forms first.
                if ph.network == "facebook" {
                    if segs.len() == 1 && segs[0].eq_ignore_ascii_case("profile.php") {
                        let id = url
                            .query_pairs()
                            .find(|(k, _)| k == "id")
                            .map(|(_, v)| v.into_owned())?;
                        return is_digits(&id).then_some(ProfileRef {
                            network: "facebook",
                            handle: id,
                            id_based: true,
                        });
                    }
                    if segs.len() >= 2 && segs[0].eq_ignore_ascii_case("people") {
                        return mk("facebook", &segs[1], true);
                    }
                }
                if ph.network == "telegram" && segs.len() == 2 && segs[0] == "s" {
                    return valid_handle(&segs[1]).then(|| ProfileRef {
                        network: "telegram",
                        handle: segs[1].clone(),
                        id_based: false,
                    });
                }
                if ph.network == "ok" && segs.len() == 2 && matches!(segs[0].as_str(), "profile" | "group") {
                    return mk("ok", &segs[1], is_digits(&segs[1]));
                }
                if segs.len() != 1 {
                    return None;
                }
                let h = segs[0].trim_start_matches('@');
                let dots_ok = matches!(ph.network, "facebook" | "instagram");
                if reserved(h) || (h.contains('.') && !dots_ok) || !valid_handle(h) {
                    return None;
                }
                if ph.network == "facebook" && h.to_ascii_lowercase().ends_with(".php") {
                    return None;
                }
                if ph.network == "telegram" && h.starts_with('+') {
                    return None;
                }
                let id_based = match ph.network {
                    "vk" => {
                        let l = h.to_ascii_lowercase();
                        ["id", "club", "public", "event"]
                            .iter()
                            .any(|p| l.strip_prefix(p).is_some_and(is_digits))
                    }
                    _ => is_digits(h),
                };
                mk(ph.network, h, id_based)
            }
            ProfileShape::AtHandle => {
                if segs.len() != 1 {
                    return None;
                }
                let h = segs[0].strip_prefix('@')?;
                valid_handle(h).then(|| ProfileRef {
                    network: ph.network,
                    handle: h.to_string(),
                    id_based: false,
                })
            }
            ProfileShape::LinkedIn => {
                if segs.len() < 2 || segs.len() > 3 {
                    return None;
                }
                let kind = segs[0].to_ascii_lowercase();
                if !matches!(kind.as_str(), "in" | "company" | "school" | "showcase") {
                    return None;
                }
                if segs.len() == 3
                    && !matches!(
                        segs[2].to_ascii_lowercase().as_str(),
                        "about" | "posts" | "mycompany"
                    )
                {
                    return None;
                }
                let h = &segs[1];
                valid_handle(h).then(|| ProfileRef {
                    network: "linkedin",
                    handle: h.clone(),
                    id_based: is_digits(h),
                })
            }
            ProfileShape::YouTube => {
                let first = segs.first()?;
                if let Some(h) = first.strip_prefix('@') {
                    if segs.len() <= 2 && valid_handle(h) {
                        return mk("youtube", h, false);
                    }
                    return None;
                }
                if segs.len() < 2 || segs.len() > 3 {
                    return None;
                }
                match first.to_ascii_lowercase().as_str() {
                    "c" | "user" if valid_handle(&segs[1]) => mk("youtube", &segs[1], false),
                    "channel" if valid_handle(&segs[1]) => mk("youtube", &segs[1], true),
                    _ => None,
                }
            }
            ProfileShape::Bluesky => {
                if segs.len() != 2 || segs[0] != "profile" {
                    return None;
                }
                let h = &segs[1];
                let did = h.starts_with("did:");
                (did || valid_handle(h)).then(|| ProfileRef {
                    network: "bluesky",
                    handle: h.clone(),
                    id_based: did,
                })
            }
            ProfileShape::Reddit => {
                if segs.len() != 2 {
                    return None;
                }
                match segs[0].as_str() {
                    "user" | "u" | "r" if valid_handle(&segs[1]) => mk("reddit", &segs[1], false),
                    _ => None,
                }
            }
            ProfileShape::Subdomain => {
                let sub = host.strip_suffix(".tumblr.com")?;
                if sub.contains('.') || reserved(sub) || !segs.is_empty() {
                    return None;
                }
                mk("tumblr", sub, false)
            }
        };
    }
    // Mastodon (and other fediverse servers): `/@user` on any host.
    if segs.len() == 1 {
        if let Some(user) = segs[0].strip_prefix('@') {
            let user = user.split('@').next().unwrap_or("");
            if !user.is_empty()
                && user.chars().count() <= 30
                && user.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            {
                return Some(ProfileRef {
                    network: "mastodon",
                    handle: format!("{}@{}", user, host),
                    id_based: false,
                });
            }
        }
    }
    None
}

/// A share link recognised from a URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareHit {
    pub network: &'static str,
    /// The parameter that carries the shared URL, and its decoded value.
    pub url_param: Option<(String, String)>,
    /// Decoded text parameter (WhatsApp / Bluesky / e-mail carry the URL inside the text).
    pub text: Option<String>,
    /// The endpoint is of a discontinued service (shutdown date).
    pub dead: Option<&'static str>,
}

impl ShareHit {
    /// The shared URL as written: the URL parameter, else the first URL-like word of the text.
    pub fn target(&self) -> Option<String> {
        if let Some((_, v)) = &self.url_param {
            return Some(v.clone());
        }
        let t = self.text.as_deref()?;
        t.split_whitespace()
            .find(|w| {
                let l = w.to_ascii_lowercase();
                l.starts_with("http://")
                    || l.starts_with("https://")
                    || w.contains("{{")
                    || w.contains('%')
                    || w.starts_with('[')
                    || w.contains("${")
                    || w.contains("<?")
            })
            .map(str::to_string)
    }
}

/// Query pairs of a URL decoded (keys compared case-insensitively).
fn param(url: &Url, names: &[&str]) -> Option<(String, String)> {
    for n in names {
        if let Some((k, v)) = url.query_pairs().find(|(k, _)| k.eq_ignore_ascii_case(n)) {
            return Some((k.into_owned(), v.into_owned()));
        }
    }
    None
}

/// The share endpoint a URL points at (an `<a href>` or a URL inside an onclick).
pub fn share_endpoint(url: &Url) -> Option<ShareHit> {
    let scheme = url.scheme().to_ascii_lowercase();
    if scheme == "mailto" {
        // `mailto:?subject=…&body=…`: no recipient, something to send.
        if !url.path().trim().is_empty() {
            return None;
        }
        let body = param(url, &["body"]);
        let subject = param(url, &["subject"]);
        if body.is_none() && subject.is_none() {
            return None;
        }
        let text = [subject.map(|s| s.1), body.map(|b| b.1)]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        return Some(ShareHit {
            network: "email",
            url_param: None,
            text: Some(text),
            dead: None,
        });
    }
    let http = matches!(scheme.as_str(), "http" | "https");
    let host = host_of(url).unwrap_or_default();
    // Most links on a page go nowhere near a share endpoint: rule them out with a
    // few set lookups (the host and its parent domains) before the full scan.
    if http
        && !endpoint_host_known(&host)
        && !url.path().eq_ignore_ascii_case("/share")
        && !url.path().eq_ignore_ascii_case("/share/")
    {
        return None;
    }
    let mut path = url.path().to_ascii_lowercase();
    // Facebook's dialogs are also served under an API version:
    // `facebook.com/v2.7/dialog/feed?…` is `/dialog/feed`.
    if let Some(rest) = path.strip_prefix("/v") {
        if let Some((ver, tail)) = rest.split_once('/') {
            if !ver.is_empty()
                && ver.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                && tail.starts_with("dialog/")
            {
                path = format!("/{tail}");
            }
        }
    }
    for ep in SHARE_ENDPOINTS {
        let matched = if http {
            ep.hosts.iter().any(|h| !h.ends_with(':') && host_is(&host, h))
                && (ep.path.is_empty() || path.starts_with(ep.path))
        } else {
            let sc = format!("{}:", scheme);
            // `whatsapp://send?…`: host "send"; `whatsapp:send?…`: path "send".
            ep.hosts.contains(&sc.as_str())
                && (host.starts_with(ep.path) || path.trim_start_matches('/').starts_with(ep.path))
        };
        if !matched {
            continue;
        }
        let url_param = param(url, ep.url_params);
        let text = param(url, ep.text_params).map(|t| t.1);
        // `wa.me/<number>` is a chat link, not a share; `/feed/` without share params is the feed.
        if url_param.is_none() && text.is_none() && (ep.network == "whatsapp" || ep.path == "/feed/") {
            continue;
        }
        if ep.network == "whatsapp" && host == "wa.me" && path.len() > 1 {
            continue;
        }
        return Some(ShareHit {
            network: ep.network,
            url_param,
            text,
            dead: ep.dead,
        });
    }
    // Mastodon instances: `https://mastodon.social/share?text=…` (host names vary).
    if http
        && (path == "/share" || path == "/share/")
        && (host.contains("mastodon")
            || host.contains("mstdn")
            || host.contains("toot")
            || host == "fosstodon.org")
    {
        let text = param(url, &["text"]).map(|t| t.1);
        if text.is_some() {
            return Some(ShareHit {
                network: "mastodon",
                url_param: param(url, &["url"]),
                text,
                dead: None,
            });
        }
    }
    None
}

/// Parse a link target as written in a page into a URL the catalogue can match
/// (protocol-relative `//host/...` becomes https).
pub fn parse_loose(href: &str) -> Option<Url> {
    let h = href.trim();
    if let Some(rest) = h.strip_prefix("//") {
        return Url::parse(&format!("https://{}", rest)).ok();
    }
    Url::parse(h).ok()
}

/// Unrendered template markers in a share link's target, e.g. `{{url}}`, `%URL%`.
pub fn template_marker(s: &str) -> Option<String> {
    let pats: [(&str, &str); 6] = [
        ("{{", "}}"),
        ("${", "}"),
        ("<?", "?>"),
        ("{%", "%}"),
        ("<%", "%>"),
        ("[", "]"),
    ];
    for (open, close) in pats {
        if let Some(i) = s.find(open) {
            let rest = &s[i..];
            let end = rest
                .find(close)
                .map(|j| j + close.len())
                .unwrap_or(rest.len())
                .min(rest.len());
            let m: String = rest[..end].chars().take(40).collect();
            if open == "[" {
                // `[url]`, `[permalink]`: a bracketed word, not an IPv6 host.
                let inner = m.trim_start_matches('[').trim_end_matches(']');
                if inner.is_empty() || !inner.chars().all(|c| c.is_ascii_alphabetic() || c == '_') {
                    continue;
                }
            }
            return Some(m);
        }
    }
    // `{shareURL}`, `{url}`: a single-brace placeholder word.
    if let Some(i) = s.find('{') {
        let rest = &s[i + 1..];
        if let Some(j) = rest.find('}') {
            let inner = &rest[..j];
            if !inner.is_empty()
                && inner.len() <= 40
                && inner
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
            {
                return Some(format!("{{{}}}", inner));
            }
        }
    }
    // %URL% / %PERMALINK%: a word between percent signs (not a %XX escape).
    let b: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < b.len() {
        if b[i] == '%' {
            let mut j = i + 1;
            while j < b.len() && (b[j].is_ascii_alphabetic() || b[j] == '_') {
                j += 1;
            }
            if j < b.len() && b[j] == '%' && j - i > 3 {
                return Some(b[i..=j].iter().collect());
            }
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests;
