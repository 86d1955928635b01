//! Per-platform rules for social profiles, as data: handle length and
//! characters, how much of a bio the platform shows, the suffixes it adds to a
//! profile page's title, and the hosts that belong to the platform (so a
//! "website" link is one outside them). Profile URL *patterns* live in the
//! catalogue (`profile_from_url`); this file only sub-types and judges them.
//!
//! Sources are cited per row (`source`), so users can see why a number is what it is.

use url::Url;

/// One platform's profile rules. `network` is the catalogue's network id;
/// `variant` splits LinkedIn into `in` (people) and `company` pages.
#[derive(Debug, Clone, Copy)]
pub struct Platform {
    pub network: &'static str,
    pub variant: Option<&'static str>,
    pub name: &'static str,
    /// Handle length (characters) the platform accepts.
    pub handle_min: usize,
    pub handle_max: usize,
    /// Characters allowed besides ASCII letters and digits.
    pub handle_punct: &'static str,
    /// The rule in words, for messages.
    pub handle_rule: &'static str,
    /// How many characters of the bio the platform shows / accepts.
    pub bio_max: usize,
    /// What the platform calls the bio (English, Turkish).
    pub bio_label: (&'static str, &'static str),
    /// Suffixes (and a few prefixes) the platform adds to `<title>` / `og:title`.
    pub title_suffixes: &'static [&'static str],
    pub title_prefixes: &'static [&'static str],
    /// Hosts of the platform itself, its CDNs, help and app-store pages: links
    /// to these are not "a website outside the platform".
    pub own_hosts: &'static [&'static str],
    pub source: &'static str,
    /// Where the owner changes the handle, name, bio and website (English, Turkish).
    pub edit: (&'static str, &'static str),
}

const META_HOSTS: &[&str] = &[
    "facebook.com",
    "fb.com",
    "fb.me",
    "fbcdn.net",
    "fbsbx.com",
    "meta.com",
    "metastatus.com",
    "instagram.com",
    "cdninstagram.com",
    "instagr.am",
    "threads.net",
    "threads.com",
    "whatsapp.com",
    "messenger.com",
];

pub static PLATFORMS: &[Platform] = &[
    Platform {
        network: "facebook",
        variant: None,
        name: "Facebook",
        handle_min: 5,
        handle_max: 50,
        handle_punct: ".",
        handle_rule: "5–50 letters, digits or periods",
        bio_max: 101,
        bio_label: ("intro", "tanıtım"),
        title_suffixes: &[" | Facebook", " - Facebook", " – Facebook", " | Meta"],
        title_prefixes: &[],
        own_hosts: META_HOSTS,
        source: "facebook.com/help/105399436216001 (usernames); Page intro 101 characters",
        edit: (
            "Facebook: Settings & privacy → Settings → Username; Page: Edit Page info (name, intro, website)",
            "Facebook: Ayarlar ve gizlilik → Ayarlar → Kullanıcı adı; Sayfa: Sayfa bilgilerini düzenle (ad, tanıtım, web sitesi)",
        ),
    },
    Platform {
        network: "instagram",
        variant: None,
        name: "Instagram",
        handle_min: 1,
        handle_max: 30,
        handle_punct: "._",
        handle_rule: "1–30 letters, digits, periods or underscores",
        bio_max: 150,
        bio_label: ("bio", "biyografi"),
        title_suffixes: &[
            " • Instagram photos and videos",
            " • Instagram fotoğrafları ve videoları",
            " on Instagram",
            " | Instagram",
            " • Instagram",
        ],
        title_prefixes: &[],
        own_hosts: META_HOSTS,
        source: "help.instagram.com (username 30 characters, bio 150 characters)",
        edit: (
            "Instagram: Edit profile (username, name, bio, links)",
            "Instagram: Profili düzenle (kullanıcı adı, ad, biyografi, bağlantılar)",
        ),
    },
    Platform {
        network: "x",
        variant: None,
        name: "X (Twitter)",
        handle_min: 1,
        handle_max: 15,
        handle_punct: "_",
        handle_rule: "up to 15 letters, digits or underscores",
        bio_max: 160,
        bio_label: ("bio", "biyografi"),
        title_suffixes: &[" / X", " / Twitter", " on X", " on Twitter", " | X"],
        title_prefixes: &[],
        own_hosts: &["x.com", "twitter.com", "twimg.com", "t.co", "x.ai", "twttr.com"],
        source: "help.x.com/en/managing-your-account/x-username-rules (15 characters); profile bio 160 characters",
        edit: (
            "X: Settings → Your account → Account information → Username; Edit profile (name, bio, website)",
            "X: Ayarlar → Hesabın → Hesap bilgileri → Kullanıcı adı; Profili düzenle (ad, biyografi, web sitesi)",
        ),
    },
    Platform {
        network: "linkedin",
        variant: Some("in"),
        name: "LinkedIn (person)",
        handle_min: 3,
        handle_max: 100,
        handle_punct: "-",
        handle_rule: "3–100 letters, digits or hyphens",
        bio_max: 220,
        bio_label: ("headline", "başlık"),
        title_suffixes: &[" | LinkedIn", " - LinkedIn", " – LinkedIn"],
        title_prefixes: &[],
        own_hosts: &["linkedin.com", "licdn.com", "lnkd.in", "microsoft.com"],
        source: "linkedin.com/help/linkedin/answer/a542685 (custom URL 3–100 characters); headline 220 characters",
        edit: (
            "LinkedIn: Me → View profile → Edit public profile & URL; the pencil on your intro (headline, website)",
            "LinkedIn: Ben → Profili görüntüle → Herkese açık profil ve URL'yi düzenle; tanıtımdaki kalem (başlık, web sitesi)",
        ),
    },
    Platform {
        network: "linkedin",
        variant: Some("company"),
        name: "LinkedIn (company)",
        handle_min: 2,
        handle_max: 100,
        handle_punct: "-",
        handle_rule: "letters, digits or hyphens (a public URL, not the numeric company id)",
        bio_max: 120,
        bio_label: ("tagline", "slogan"),
        title_suffixes: &[" | LinkedIn", " - LinkedIn", " – LinkedIn"],
        title_prefixes: &[],
        own_hosts: &["linkedin.com", "licdn.com", "lnkd.in", "microsoft.com"],
        source: "linkedin.com/help/linkedin/answer/a548465 (Page public URL; tagline 120 characters)",
        edit: (
            "LinkedIn Page: Admin tools → Edit Page → Page info (public URL, tagline, website)",
            "LinkedIn Sayfası: Yönetici araçları → Sayfayı düzenle → Sayfa bilgileri (herkese açık URL, slogan, web sitesi)",
        ),
    },
    Platform {
        network: "youtube",
        variant: None,
        name: "YouTube",
        handle_min: 3,
        handle_max: 30,
        handle_punct: "._-",
        handle_rule: "3–30 letters, digits, periods, underscores or hyphens",
        bio_max: 1000,
        bio_label: ("channel description", "kanal açıklaması"),
        title_suffixes: &[" - YouTube", " – YouTube", " | YouTube"],
        title_prefixes: &[],
        own_hosts: &[
            "youtube.com",
            "youtu.be",
            "ytimg.com",
            "ggpht.com",
            "googleusercontent.com",
            "google.com",
            "googleapis.com",
            "gstatic.com",
        ],
        source: "support.google.com/youtube/answer/11585688 (handles 3–30 characters); channel description 1,000 characters",
        edit: (
            "YouTube Studio → Customization → Basic info (handle, description, links)",
            "YouTube Studio → Özelleştirme → Temel bilgiler (kullanıcı adı, açıklama, bağlantılar)",
        ),
    },
    Platform {
        network: "tiktok",
        variant: None,
        name: "TikTok",
        handle_min: 2,
        handle_max: 24,
        handle_punct: "._",
        handle_rule: "2–24 letters, digits, underscores or periods",
        bio_max: 80,
        bio_label: ("bio", "biyografi"),
        title_suffixes: &[" | TikTok", " on TikTok", " - TikTok"],
        title_prefixes: &[],
        own_hosts: &["tiktok.com", "tiktokcdn.com", "tiktokv.com", "ttwstatic.com", "bytedance.com"],
        source: "support.tiktok.com (username 2–24 characters; bio 80 characters)",
        edit: (
            "TikTok: Profile → Edit profile (username, name, bio, website)",
            "TikTok: Profil → Profili düzenle (kullanıcı adı, ad, biyografi, web sitesi)",
        ),
    },
    Platform {
        network: "pinterest",
        variant: None,
        name: "Pinterest",
        handle_min: 3,
        handle_max: 30,
        handle_punct: "_",
        handle_rule: "3–30 letters, digits or underscores",
        bio_max: 500,
        bio_label: ("about", "hakkında"),
        title_suffixes: &[" - Profile | Pinterest", " | Pinterest", " - Pinterest"],
        title_prefixes: &[],
        own_hosts: &["pinterest.com", "pinimg.com", "pin.it"],
        source: "help.pinterest.com (username 3–30 characters; about 500 characters)",
        edit: (
            "Pinterest: Settings → Edit profile (username, about, website)",
            "Pinterest: Ayarlar → Profili düzenle (kullanıcı adı, hakkında, web sitesi)",
        ),
    },
    Platform {
        network: "telegram",
        variant: None,
        name: "Telegram",
        handle_min: 5,
        handle_max: 32,
        handle_punct: "_",
        handle_rule: "5–32 letters, digits or underscores",
        bio_max: 70,
        bio_label: ("bio", "biyografi"),
        title_suffixes: &[" – Telegram", " - Telegram", " | Telegram"],
        title_prefixes: &["Telegram: Contact ", "Telegram: View ", "Telegram: Join Group Chat "],
        own_hosts: &["t.me", "telegram.me", "telegram.org", "telesco.pe", "telegram.dog"],
        source: "core.telegram.org/method/account.updateUsername (5–32 characters); bio 70 characters",
        edit: (
            "Telegram: Settings → Edit profile → Username and Bio (channels: Channel info → Edit)",
            "Telegram: Ayarlar → Profili düzenle → Kullanıcı adı ve Biyografi (kanallar: Kanal bilgisi → Düzenle)",
        ),
    },
    Platform {
        network: "vk",
        variant: None,
        name: "VK",
        handle_min: 5,
        handle_max: 32,
        handle_punct: "._",
        handle_rule: "5–32 Latin letters, digits, periods or underscores",
        bio_max: 140,
        bio_label: ("status", "durum"),
        title_suffixes: &[" | VK", " | ВКонтакте", " - VK", " | VKontakte"],
        title_prefixes: &[],
        own_hosts: &["vk.com", "vk.ru", "vk.me", "userapi.com", "vkontakte.ru", "vk-cdn.net"],
        source: "vk.com/faq (short address at least 5 characters); status 140 characters",
        edit: (
            "VK: Settings → Short address; Edit profile or community settings (status, website)",
            "VK: Ayarlar → Kısa adres; Profili ya da topluluk ayarlarını düzenle (durum, web sitesi)",
        ),
    },
    Platform {
        network: "github",
        variant: None,
        name: "GitHub",
        handle_min: 1,
        handle_max: 39,
        handle_punct: "-",
        handle_rule: "up to 39 letters, digits or single hyphens",
        bio_max: 160,
        bio_label: ("bio", "biyografi"),
        title_suffixes: &[" · GitHub", " - GitHub", " - Overview"],
        title_prefixes: &[],
        own_hosts: &[
            "github.com",
            "githubusercontent.com",
            "githubassets.com",
            "github.blog",
            "githubstatus.com",
            "github.io",
            "git.io",
        ],
        source: "github.com/join (username 39 characters); profile bio 160 characters",
        edit: (
            "GitHub: Settings → Account → Change username; Settings → Public profile (name, bio, URL)",
            "GitHub: Settings → Account → Change username; Settings → Public profile (ad, biyografi, URL)",
        ),
    },
    Platform {
        network: "threads",
        variant: None,
        name: "Threads",
        handle_min: 1,
        handle_max: 30,
        handle_punct: "._",
        handle_rule: "1–30 letters, digits, periods or underscores (the Instagram username)",
        bio_max: 150,
        bio_label: ("bio", "biyografi"),
        title_suffixes: &[" • Threads, Say more", " on Threads", " • Threads", " | Threads"],
        title_prefixes: &[],
        own_hosts: META_HOSTS,
        source: "help.instagram.com (Threads uses the Instagram username; bio 150 characters)",
        edit: (
            "Threads: Edit profile (name and username come from Instagram; bio, link)",
            "Threads: Profili düzenle (ad ve kullanıcı adı Instagram'dan gelir; biyografi, bağlantı)",
        ),
    },
    Platform {
        network: "bluesky",
        variant: None,
        name: "Bluesky",
        handle_min: 3,
        handle_max: 253,
        handle_punct: ".-",
        handle_rule: "a domain name (name.bsky.social or your own domain)",
        bio_max: 256,
        bio_label: ("description", "açıklama"),
        title_suffixes: &[" on Bluesky", " | Bluesky", " — Bluesky", " - Bluesky"],
        title_prefixes: &[],
        own_hosts: &["bsky.app", "bsky.social", "bsky.network", "blueskyweb.xyz", "cdn.bsky.app"],
        source: "atproto.com/specs/handle (a DNS name); profile description 256 characters",
        edit: (
            "Bluesky: Settings → Account → Handle (use your own domain); Edit profile (name, description)",
            "Bluesky: Ayarlar → Hesap → Kullanıcı adı (kendi alan adınızı kullanın); Profili düzenle (ad, açıklama)",
        ),
    },
    Platform {
        network: "mastodon",
        variant: None,
        name: "Mastodon",
        handle_min: 1,
        handle_max: 30,
        handle_punct: "_",
        handle_rule: "up to 30 letters, digits or underscores",
        bio_max: 500,
        bio_label: ("bio", "biyografi"),
        title_suffixes: &[" - Mastodon", " | Mastodon", " – Mastodon"],
        title_prefixes: &[],
        own_hosts: &["joinmastodon.org", "mastodon.social", "mastodon.online"],
        source: "docs.joinmastodon.org (username 30 characters; bio 500 characters by default)",
        edit: (
            "Mastodon: Preferences → Public profile (display name, bio, extra fields with a rel=me link)",
            "Mastodon: Tercihler → Herkese açık profil (görünen ad, biyografi, rel=\"me\" bağlantılı ek alanlar)",
        ),
    },
];

/// Every platform row with fixtures and rules, as `network` or `network-variant` ids.
pub fn ids() -> impl Iterator<Item = String> {
    PLATFORMS.iter().map(|p| p.id())
}

impl Platform {
    /// `x`, `instagram`, `linkedin-in`, `linkedin-company`, ...
    pub fn id(&self) -> String {
        match self.variant {
            Some(v) => format!("{}-{}", self.network, v),
            None => self.network.to_string(),
        }
    }

    /// True when `host` belongs to the platform (its own domains, CDNs, help).
    pub fn owns_host(&self, host: &str) -> bool {
        let h = host.trim_end_matches('.').to_ascii_lowercase();
        self.own_hosts.iter().any(|b| host_is(&h, b))
    }

    /// The user part of a handle the length rule applies to (Mastodon `user@host` → `user`).
    pub fn handle_core<'a>(&self, handle: &'a str) -> &'a str {
        let h = handle.trim_start_matches('@');
        if self.network == "mastodon" {
            h.split('@').next().unwrap_or(h)
        } else {
            h
        }
    }

    /// Problems of a handle against the platform's rules (empty when it follows them).
    pub fn handle_problems(&self, handle: &str) -> Vec<HandleProblem> {
        let core = self.handle_core(handle);
        let n = core.chars().count();
        let mut out = Vec::new();
        if n < self.handle_min {
            out.push(HandleProblem::TooShort(n));
        } else if n > self.handle_max {
            out.push(HandleProblem::TooLong(n));
        }
        let bad: String = core
            .chars()
            .filter(|c| !(c.is_ascii_alphanumeric() || self.handle_punct.contains(*c)))
            .collect();
        if !bad.is_empty() {
            out.push(HandleProblem::BadChars(bad));
        }
        out
    }
}

/// What is wrong with a handle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandleProblem {
    TooShort(usize),
    TooLong(usize),
    BadChars(String),
}

fn host_is(host: &str, base: &str) -> bool {
    host == base
        || (host.len() > base.len()
            && host.ends_with(base)
            && host.as_bytes().get(host.len() - base.len() - 1) == Some(&b'.'))
}

/// The platform row for a catalogue network and the profile URL (LinkedIn is
/// split by its first path segment: `/in/` people, `/company/` `/school/` `/showcase/` pages).
pub fn platform_for(network: &str, url: Option<&Url>) -> Option<&'static Platform> {
    if network == "linkedin" {
        let first = url
            .and_then(|u| u.path_segments())
            .and_then(|mut s| s.next().map(str::to_ascii_lowercase));
        let v = match first.as_deref() {
            Some("company") | Some("school") | Some("showcase") => "company",
            _ => "in",
        };
        return PLATFORMS
            .iter()
            .find(|p| p.network == network && p.variant == Some(v));
    }
    PLATFORMS.iter().find(|p| p.network == network)
}

/// A platform recognised from a page title's suffix or prefix (when no profile URL is known).
pub fn platform_from_title(title: &str) -> Option<&'static Platform> {
    let t = title.trim();
    PLATFORMS.iter().find(|p| {
        p.title_suffixes
            .iter()
            .filter(|s| !s.starts_with(" - Overview"))
            .any(|s| t.ends_with(s))
            || p.title_prefixes.iter().any(|s| t.starts_with(s))
    })
}

/// How a profile is addressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum HandleKind {
    /// A readable name chosen by the owner.
    Vanity,
    /// A number (`profile.php?id=100…`, `/company/12345`, `vk.com/id123`).
    Numeric,
    /// An id the platform made up (`/channel/UC…`, `did:plc:…`, `jane-doe-4b3a2c1b5`, `user83920174`).
    Generated,
}

/// Classify a handle (and the URL it came from) as vanity, numeric or generated.
pub fn handle_kind(network: &str, handle: &str, url: Option<&Url>) -> HandleKind {
    let h = handle.trim_start_matches('@');
    let path = url.map(|u| u.path().to_ascii_lowercase()).unwrap_or_default();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if digits(h) {
        return HandleKind::Numeric;
    }
    if network == "facebook" && (path.starts_with("/people/") || path == "/profile.php") {
        return HandleKind::Numeric;
    }
    if network == "vk" || network == "ok" {
        let l = h.to_ascii_lowercase();
        if ["id", "club", "public", "event"]
            .iter()
            .any(|p| l.strip_prefix(p).is_some_and(digits))
        {
            return HandleKind::Numeric;
        }
    }
    if network == "youtube"
        && (path.starts_with("/channel/") || (h.len() == 24 && h.starts_with("UC") && !h.contains('.')))
    {
        return HandleKind::Generated;
    }
    if h.starts_with("did:") {
        return HandleKind::Generated;
    }
    if network == "linkedin" {
        // Default public URLs: first-last-<8 or 9 hex digits with at least one digit>.
        if let Some((_, tail)) = h.rsplit_once('-') {
            if tail.len() >= 6
                && tail.bytes().all(|b| b.is_ascii_hexdigit())
                && tail.bytes().any(|b| b.is_ascii_digit())
            {
                return HandleKind::Generated;
            }
        }
    }
    // Platform defaults such as `user83920174` (TikTok) or `user-4839201`.
    let l = h.to_ascii_lowercase();
    if let Some(rest) = l.strip_prefix("user") {
        let rest = rest.trim_start_matches(['-', '_']);
        if rest.len() >= 6 && digits(rest) {
            return HandleKind::Generated;
        }
    }
    HandleKind::Vanity
}

/// Share of digits and underscores in a handle (0.0–1.0).
pub fn digit_share(handle: &str) -> f64 {
    let n = handle.chars().count();
    if n == 0 {
        return 0.0;
    }
    let d = handle.chars().filter(|c| c.is_ascii_digit() || *c == '_').count();
    d as f64 / n as f64
}

/// Link-in-bio services: a page of links rather than the brand's own site.
pub const LINK_IN_BIO: &[&str] = &[
    "linktr.ee",
    "linktree.com",
    "beacons.ai",
    "lnk.bio",
    "bio.link",
    "campsite.bio",
    "taplink.cc",
    "carrd.co",
    "solo.to",
    "linkin.bio",
    "msha.ke",
    "later.com",
    "hoo.be",
    "stan.store",
    "bio.site",
    "koji.to",
    "snipfeed.co",
    "withkoji.com",
    "allmylinks.com",
    "flow.page",
    "linkpop.com",
    "direct.me",
    "bento.me",
];

/// URL shorteners: they hide the destination (and the brand's domain).
pub const SHORTENERS: &[&str] = &[
    "bit.ly",
    "tinyurl.com",
    "ow.ly",
    "buff.ly",
    "is.gd",
    "t.ly",
    "rebrand.ly",
    "cutt.ly",
    "shorturl.at",
    "tiny.cc",
    "rb.gy",
    "s.id",
    "goo.gl",
    "bl.ink",
    "short.io",
    "dlvr.it",
    "trib.al",
    "amzn.to",
];

/// Other social networks' hosts: a link there is another profile, not a website.
pub const SOCIAL_HOSTS: &[&str] = &[
    "facebook.com",
    "fb.com",
    "instagram.com",
    "x.com",
    "twitter.com",
    "linkedin.com",
    "youtube.com",
    "youtu.be",
    "tiktok.com",
    "pinterest.com",
    "t.me",
    "telegram.me",
    "vk.com",
    "github.com",
    "threads.net",
    "threads.com",
    "bsky.app",
    "reddit.com",
    "medium.com",
    "tumblr.com",
    "ok.ru",
    "snapchat.com",
    "twitch.tv",
    "discord.gg",
    "discord.com",
    "wa.me",
    "whatsapp.com",
    "spotify.com",
    "soundcloud.com",
    "behance.net",
    "dribbble.com",
    "vimeo.com",
];

/// App stores and other platform-neutral pages that are not the brand's site.
pub const NOT_A_SITE: &[&str] = &[
    "apps.apple.com",
    "itunes.apple.com",
    "play.google.com",
    "microsoft.com",
    "apple.com",
    "schema.org",
    "ogp.me",
    "w3.org",
];

/// How a website link is classified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum WebsiteKind {
    /// The brand's own site.
    Site,
    /// A link-in-bio page (Linktree, Beacons, ...).
    LinkInBio,
    /// A URL shortener (bit.ly, ...): the destination is hidden.
    Shortener,
    /// Another social network's profile.
    Social,
}

/// Classify a host outside the platform; None when it is not a website at all
/// (app stores, standards sites).
pub fn website_kind(host: &str) -> Option<WebsiteKind> {
    let h = host.trim_end_matches('.').to_ascii_lowercase();
    let h = h.trim_start_matches("www.");
    if NOT_A_SITE.iter().any(|b| host_is(h, b)) {
        return None;
    }
    if LINK_IN_BIO.iter().any(|b| host_is(h, b)) {
        return Some(WebsiteKind::LinkInBio);
    }
    if SHORTENERS.iter().any(|b| host_is(h, b)) {
        return Some(WebsiteKind::Shortener);
    }
    if SOCIAL_HOSTS.iter().any(|b| host_is(h, b)) {
        return Some(WebsiteKind::Social);
    }
    Some(WebsiteKind::Site)
}

/// Outbound-link redirectors of the platforms: the real destination is a query parameter.
pub fn unwrap_redirect(u: &Url) -> Option<Url> {
    let host = u.host_str()?.to_ascii_lowercase();
    let path = u.path().to_ascii_lowercase();
    let param = match (host.as_str(), path.as_str()) {
        ("l.facebook.com", _) | ("lm.facebook.com", _) | ("l.messenger.com", _) => "u",
        ("l.instagram.com", _) | ("l.threads.net", _) | ("l.threads.com", _) => "u",
        ("www.youtube.com", "/redirect") | ("youtube.com", "/redirect") => "q",
        ("vk.com", "/away.php") | ("m.vk.com", "/away.php") => "to",
        ("www.linkedin.com", p) if p.starts_with("/redir") => "url",
        ("www.tiktok.com", "/link/v2") => "target",
        _ => return None,
    };
    let target = u.query_pairs().find(|(k, _)| k == param)?.1.into_owned();
    let t = Url::parse(target.trim()).ok()?;
    matches!(t.scheme(), "http" | "https").then_some(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Url {
        Url::parse(s).expect("url")
    }

    #[test]
    fn every_platform_has_rules() {
        assert_eq!(PLATFORMS.len(), 14);
        for p in PLATFORMS {
            assert!(p.handle_min >= 1 && p.handle_max >= p.handle_min, "{}", p.id());
            assert!(p.bio_max > 0 && !p.title_suffixes.is_empty(), "{}", p.id());
            assert!(!p.own_hosts.is_empty() && !p.source.is_empty(), "{}", p.id());
            assert!(!p.edit.0.is_empty() && !p.edit.1.is_empty(), "{}", p.id());
        }
    }

    #[test]
    fn handle_kinds() {
        let fb = u("https://www.facebook.com/profile.php?id=100064123456789");
        assert_eq!(
            handle_kind("facebook", "100064123456789", Some(&fb)),
            HandleKind::Numeric
        );
        let yt = u("https://www.youtube.com/channel/UCq3Ci-h945sbEYXpVlw7rJg");
        assert_eq!(
            handle_kind("youtube", "UCq3Ci-h945sbEYXpVlw7rJg", Some(&yt)),
            HandleKind::Generated
        );
        assert_eq!(handle_kind("youtube", "acme", None), HandleKind::Vanity);
        assert_eq!(handle_kind("linkedin", "12345", None), HandleKind::Numeric);
        assert_eq!(
            handle_kind("linkedin", "jane-doe-4b3a2c1b5", None),
            HandleKind::Generated
        );
        assert_eq!(handle_kind("linkedin", "jane-doe", None), HandleKind::Vanity);
        assert_eq!(handle_kind("linkedin", "acme-coffee", None), HandleKind::Vanity);
        assert_eq!(handle_kind("vk", "club123456", None), HandleKind::Numeric);
        assert_eq!(handle_kind("vk", "clubhouse", None), HandleKind::Vanity);
        assert_eq!(handle_kind("tiktok", "user83920174", None), HandleKind::Generated);
        assert_eq!(handle_kind("tiktok", "username", None), HandleKind::Vanity);
        assert_eq!(handle_kind("bluesky", "did:plc:abc", None), HandleKind::Generated);
    }

    #[test]
    fn handle_rules() {
        let x = platform_for("x", None).expect("x");
        assert!(x.handle_problems("acme").is_empty());
        assert_eq!(
            x.handle_problems("acme_coffee_roasters"),
            vec![HandleProblem::TooLong(20)]
        );
        assert_eq!(
            x.handle_problems("acme.co"),
            vec![HandleProblem::BadChars(".".into())]
        );
        let tg = platform_for("telegram", None).expect("tg");
        assert_eq!(tg.handle_problems("acm"), vec![HandleProblem::TooShort(3)]);
        let m = platform_for("mastodon", None).expect("m");
        assert!(m.handle_problems("acme@mastodon.social").is_empty());
        assert!((digit_share("a_1234") - 5.0 / 6.0).abs() < 1e-9);
        assert_eq!(digit_share(""), 0.0);
    }

    #[test]
    fn linkedin_variants_and_titles() {
        let c = u("https://www.linkedin.com/company/acme/");
        assert_eq!(
            platform_for("linkedin", Some(&c)).map(|p| p.id()),
            Some("linkedin-company".to_string())
        );
        let i = u("https://www.linkedin.com/in/jane/");
        assert_eq!(
            platform_for("linkedin", Some(&i)).map(|p| p.id()),
            Some("linkedin-in".to_string())
        );
        assert_eq!(
            platform_from_title("Acme (@acme) / X").map(|p| p.network),
            Some("x")
        );
        assert_eq!(
            platform_from_title("Telegram: Contact @acme").map(|p| p.network),
            Some("telegram")
        );
        assert!(platform_from_title("Acme coffee").is_none());
    }

    #[test]
    fn websites_and_redirects() {
        assert_eq!(website_kind("www.acme.com"), Some(WebsiteKind::Site));
        assert_eq!(website_kind("linktr.ee"), Some(WebsiteKind::LinkInBio));
        assert_eq!(website_kind("bit.ly"), Some(WebsiteKind::Shortener));
        assert_eq!(website_kind("www.instagram.com"), Some(WebsiteKind::Social));
        assert_eq!(website_kind("apps.apple.com"), None);
        let r = u("https://l.facebook.com/l.php?u=https%3A%2F%2Facme.com%2F&h=AT0");
        assert_eq!(
            unwrap_redirect(&r).map(|u| u.to_string()),
            Some("https://acme.com/".into())
        );
        let bad = u("https://l.facebook.com/l.php?u=javascript:alert(1)");
        assert!(unwrap_redirect(&bad).is_none());
        assert!(unwrap_redirect(&u("https://acme.com/?u=x")).is_none());
        let x = platform_for("x", None).expect("x");
        assert!(x.owns_host("pbs.twimg.com") && !x.owns_host("acme.com"));
    }
}
