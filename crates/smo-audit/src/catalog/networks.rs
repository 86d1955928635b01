//! Social networks: display names, share endpoints, profile URL patterns.
//!
//! Every row is data: adding a network or an endpoint variant is adding a row.
//! Sources: each platform's own share / "web intent" documentation, cited in `note`.

/// A social network (or channel such as e-mail) the catalogue knows.
#[derive(Debug, Clone, Copy)]
pub struct Network {
    pub id: &'static str,
    pub name: &'static str,
}

pub static NETWORKS: &[Network] = &[
    Network {
        id: "facebook",
        name: "Facebook",
    },
    Network {
        id: "messenger",
        name: "Messenger",
    },
    Network {
        id: "x",
        name: "X (Twitter)",
    },
    Network {
        id: "linkedin",
        name: "LinkedIn",
    },
    Network {
        id: "pinterest",
        name: "Pinterest",
    },
    Network {
        id: "whatsapp",
        name: "WhatsApp",
    },
    Network {
        id: "telegram",
        name: "Telegram",
    },
    Network {
        id: "reddit",
        name: "Reddit",
    },
    Network { id: "vk", name: "VK" },
    Network {
        id: "ok",
        name: "OK.ru",
    },
    Network {
        id: "tumblr",
        name: "Tumblr",
    },
    Network {
        id: "threads",
        name: "Threads",
    },
    Network {
        id: "bluesky",
        name: "Bluesky",
    },
    Network {
        id: "mastodon",
        name: "Mastodon",
    },
    Network {
        id: "email",
        name: "E-mail",
    },
    Network {
        id: "hackernews",
        name: "Hacker News",
    },
    Network {
        id: "pocket",
        name: "Pocket",
    },
    Network {
        id: "flipboard",
        name: "Flipboard",
    },
    Network {
        id: "xing",
        name: "XING",
    },
    Network {
        id: "line",
        name: "LINE",
    },
    Network {
        id: "viber",
        name: "Viber",
    },
    Network {
        id: "weibo",
        name: "Weibo",
    },
    Network {
        id: "instagram",
        name: "Instagram",
    },
    Network {
        id: "youtube",
        name: "YouTube",
    },
    Network {
        id: "tiktok",
        name: "TikTok",
    },
    Network {
        id: "github",
        name: "GitHub",
    },
    Network {
        id: "medium",
        name: "Medium",
    },
    Network {
        id: "googleplus",
        name: "Google+",
    },
    Network {
        id: "stumbleupon",
        name: "StumbleUpon",
    },
    Network {
        id: "delicious",
        name: "Delicious",
    },
];

/// Display name of a network id (the id itself when unknown).
pub fn network_name(id: &str) -> &str {
    NETWORKS.iter().find(|n| n.id == id).map(|n| n.name).unwrap_or(id)
}

/// One share endpoint: a host (or a scheme such as `whatsapp:`) and a path
/// prefix, with the query parameters that carry the shared URL and text.
#[derive(Debug, Clone, Copy)]
pub struct ShareEndpoint {
    pub network: &'static str,
    /// Host names (a sub-domain matches too); for non-HTTP schemes the scheme with `:`.
    pub hosts: &'static [&'static str],
    /// Lower-cased path prefix; `""` matches any path. For schemes: the URL's host/path start.
    pub path: &'static str,
    /// Parameters that carry the page URL, first match wins.
    pub url_params: &'static [&'static str],
    /// Parameters that carry text (a URL inside the text is the shared URL when no URL parameter exists).
    pub text_params: &'static [&'static str],
    /// The service was shut down: a share link here is a dead button.
    pub dead: Option<&'static str>,
    pub note: &'static str,
}

const FB: &[&str] = &["facebook.com", "fb.com"];
const TW: &[&str] = &["twitter.com", "x.com"];

/// Pinterest's hosts, for each of its share endpoints.
const PINTEREST_HOSTS: &[&str] = &[
    "pinterest.com",
    "pinterest.co.uk",
    "pinterest.de",
    "pinterest.fr",
    "pinterest.es",
    "pinterest.ca",
    "pinterest.com.au",
    "pinterest.jp",
    "pinterest.ru",
];

macro_rules! ep {
    ($net:expr, $hosts:expr, $path:expr, $url:expr, $text:expr, $note:expr) => {
        ShareEndpoint {
            network: $net,
            hosts: $hosts,
            path: $path,
            url_params: $url,
            text_params: $text,
            dead: None,
            note: $note,
        }
    };
}

pub static SHARE_ENDPOINTS: &[ShareEndpoint] = &[
    ep!(
        "facebook",
        FB,
        "/sharer.php",
        &["u"],
        &["t", "quote"],
        "Facebook share dialog (legacy sharer, still served)"
    ),
    ep!(
        "facebook",
        FB,
        "/sharer/sharer.php",
        &["u"],
        &["t", "quote"],
        "Facebook sharer, path used by the Facebook SDK"
    ),
    ep!(
        "facebook",
        FB,
        "/share.php",
        &["u"],
        &["t"],
        "Facebook share.php alias (Social Warfare and others)"
    ),
    ep!(
        "facebook",
        FB,
        "/share",
        &["u", "href"],
        &[],
        "facebook.com/share?u= alias"
    ),
    ep!(
        "facebook",
        FB,
        "/dialog/share",
        &["href"],
        &["quote"],
        "developers.facebook.com/docs/sharing/reference/share-dialog"
    ),
    ep!(
        "facebook",
        FB,
        "/dialog/feed",
        &["link"],
        &[],
        "developers.facebook.com/docs/sharing/reference/feed-dialog"
    ),
    ep!(
        "messenger",
        FB,
        "/dialog/send",
        &["link"],
        &[],
        "developers.facebook.com/docs/sharing/reference/send-dialog"
    ),
    ep!(
        "messenger",
        &["fb-messenger:"],
        "share",
        &["link"],
        &[],
        "fb-messenger://share?link= app deep link"
    ),
    ep!(
        "x",
        TW,
        "/intent/tweet",
        &["url"],
        &["text", "via", "hashtags"],
        "developer.x.com web intents: twitter.com/intent/tweet"
    ),
    ep!(
        "x",
        TW,
        "/intent/post",
        &["url"],
        &["text", "via", "hashtags"],
        "x.com/intent/post (the 2024 name of intent/tweet)"
    ),
    ep!(
        "x",
        TW,
        "/share",
        &["url"],
        &["text", "via"],
        "twitter.com/share?url= (Tweet button endpoint)"
    ),
    ep!(
        "x",
        TW,
        "/home",
        &["url"],
        &["status"],
        "twitter.com/home?status= (old status prefill)"
    ),
    ep!(
        "linkedin",
        &["linkedin.com"],
        "/sharearticle",
        &["url"],
        &["title", "summary"],
        "linkedin.com/shareArticle?mini=true&url= (legacy, still redirects)"
    ),
    ep!(
        "linkedin",
        &["linkedin.com"],
        "/sharing/share-offsite",
        &["url"],
        &[],
        "learn.microsoft.com/linkedin/consumer/integrations/self-serve/share-on-linkedin"
    ),
    ep!(
        "linkedin",
        &["linkedin.com"],
        "/cws/share",
        &["url"],
        &[],
        "linkedin.com/cws/share?url= (old share plugin)"
    ),
    ep!(
        "linkedin",
        &["linkedin.com"],
        "/feed/",
        &["shareActive", "text"],
        &["text"],
        "linkedin.com/feed/?shareActive=true&text= (2023 composer)"
    ),
    ep!(
        "pinterest",
        PINTEREST_HOSTS,
        "/pin/create/",
        &["url"],
        &["description"],
        "developers.pinterest.com/docs/web-features/save (pin/create/button, /link, /bookmarklet)"
    ),
    ep!(
        "pinterest",
        PINTEREST_HOSTS,
        "/pin/find/",
        &["url"],
        &[],
        "pinterest.com/pin/find/?url= (pick an image of the page to pin; The Guardian's share bar)"
    ),
    ep!(
        "whatsapp",
        &["api.whatsapp.com", "web.whatsapp.com"],
        "/send",
        &[],
        &["text"],
        "faq.whatsapp.com click-to-chat: api.whatsapp.com/send?text="
    ),
    ep!(
        "whatsapp",
        &["wa.me"],
        "/",
        &[],
        &["text"],
        "faq.whatsapp.com click-to-chat: wa.me/?text="
    ),
    ep!(
        "whatsapp",
        &["whatsapp:"],
        "send",
        &[],
        &["text"],
        "whatsapp://send?text= app deep link"
    ),
    ep!(
        "telegram",
        &["t.me", "telegram.me"],
        "/share",
        &["url"],
        &["text"],
        "core.telegram.org/widgets/share: t.me/share/url?url="
    ),
    ep!(
        "telegram",
        &["tg:"],
        "msg_url",
        &["url"],
        &["text"],
        "tg://msg_url?url= app deep link"
    ),
    ep!(
        "reddit",
        &["reddit.com"],
        "/submit",
        &["url"],
        &["title"],
        "reddit.com/submit?url= (reddit share URL)"
    ),
    ep!(
        "vk",
        &["vk.com", "vk.ru"],
        "/share.php",
        &["url"],
        &["title", "comment"],
        "dev.vk.com share button: vk.com/share.php?url="
    ),
    ep!(
        "ok",
        &["connect.ok.ru"],
        "/offer",
        &["url"],
        &["title"],
        "apiok.ru/ext/like: connect.ok.ru/offer?url="
    ),
    ep!(
        "ok",
        &["connect.ok.ru", "ok.ru", "odnoklassniki.ru"],
        "/dk",
        &["st.shareUrl", "st._surl"],
        &[],
        "ok.ru/dk?st.cmd=WidgetSharePreview&st.shareUrl= (older OK share widget)"
    ),
    ep!(
        "tumblr",
        &["tumblr.com"],
        "/widgets/share/tool",
        &["canonicalUrl", "url"],
        &["title", "caption"],
        "tumblr.com/docs/en/share_button"
    ),
    ep!(
        "tumblr",
        &["tumblr.com"],
        "/share",
        &["url", "u"],
        &["t", "title"],
        "tumblr.com/share/link?url= (old share links)"
    ),
    ep!(
        "threads",
        &["threads.net", "threads.com"],
        "/intent/post",
        &["url"],
        &["text"],
        "developers.facebook.com/docs/threads/threads-web-intents"
    ),
    ep!(
        "bluesky",
        &["bsky.app"],
        "/intent/compose",
        &[],
        &["text"],
        "docs.bsky.app/docs/advanced-guides/intent-links"
    ),
    ep!(
        "mastodon",
        &["mastodonshare.com"],
        "/",
        &["url"],
        &["text"],
        "mastodonshare.com: instance chooser for Mastodon shares"
    ),
    ep!(
        "mastodon",
        &["toot.kytta.dev", "s2f.kytta.dev", "share2fedi.kytta.dev"],
        "/",
        &["url"],
        &["text"],
        "Share₂Fedi (kytta): share page for Mastodon and the fediverse"
    ),
    ep!(
        "hackernews",
        &["news.ycombinator.com"],
        "/submitlink",
        &["u"],
        &["t"],
        "news.ycombinator.com/submitlink?u=&t="
    ),
    ep!(
        "pocket",
        &["getpocket.com"],
        "/save",
        &["url"],
        &["title"],
        "getpocket.com/publisher/button_docs"
    ),
    ep!(
        "pocket",
        &["getpocket.com"],
        "/edit",
        &["url"],
        &["title"],
        "getpocket.com/edit?url= (old Pocket button)"
    ),
    ep!(
        "flipboard",
        &["share.flipboard.com"],
        "/bookmarklet/popout",
        &["url"],
        &["title"],
        "share.flipboard.com/bookmarklet/popout?v=2&url="
    ),
    ep!(
        "xing",
        &["xing.com"],
        "/spi/shares/new",
        &["url"],
        &[],
        "dev.xing.com/plugins/share_button"
    ),
    ep!(
        "xing",
        &["xing.com"],
        "/app/user",
        &["url"],
        &[],
        "xing.com/app/user?op=share&url= (old share link)"
    ),
    ep!(
        "line",
        &["social-plugins.line.me"],
        "/lineit/share",
        &["url"],
        &["text"],
        "developers.line.biz share buttons: social-plugins.line.me/lineit/share?url="
    ),
    ep!(
        "line",
        &["timeline.line.me"],
        "/social-plugin/share",
        &["url"],
        &[],
        "timeline.line.me/social-plugin/share?url="
    ),
    ep!(
        "viber",
        &["viber:"],
        "forward",
        &[],
        &["text"],
        "viber://forward?text= app deep link"
    ),
    ep!(
        "weibo",
        &["service.weibo.com"],
        "/share/share.php",
        &["url"],
        &["title"],
        "service.weibo.com/share/share.php?url="
    ),
    // Discontinued services: a link here is a dead button.
    ShareEndpoint {
        network: "googleplus",
        hosts: &["plus.google.com"],
        path: "/share",
        url_params: &["url"],
        text_params: &[],
        dead: Some("2019-04-02"),
        note: "Google+ consumer shutdown, support.google.com/googleplus",
    },
    ShareEndpoint {
        network: "stumbleupon",
        hosts: &["stumbleupon.com"],
        path: "/submit",
        url_params: &["url"],
        text_params: &["title"],
        dead: Some("2018-06-30"),
        note: "StumbleUpon closed 2018, moved to Mix",
    },
    ShareEndpoint {
        network: "delicious",
        hosts: &["delicious.com", "del.icio.us"],
        path: "/",
        url_params: &["url"],
        text_params: &["title"],
        dead: Some("2017-06-01"),
        note: "Delicious bought by Pinboard 2017 and set read-only",
    },
];

/// Networks whose profile addresses `profile_from_url` recognises, by host.
/// `reserved`: first path segments that are site features, not profiles.
#[derive(Debug, Clone, Copy)]
pub struct ProfileHost {
    pub network: &'static str,
    pub hosts: &'static [&'static str],
    pub shape: ProfileShape,
    pub reserved: &'static [&'static str],
    pub note: &'static str,
}

/// How a network's profile path looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileShape {
    /// `/{handle}` (one segment).
    FirstSegment,
    /// `/@{handle}` (one segment).
    AtHandle,
    /// LinkedIn `/in/{h}`, `/company/{h}`, `/school/{h}`, `/showcase/{h}`.
    LinkedIn,
    /// YouTube `/@h`, `/c/h`, `/user/h`, `/channel/UC…`.
    YouTube,
    /// Bluesky `/profile/{handle-or-did}`.
    Bluesky,
    /// Reddit `/user/h`, `/u/h`, `/r/community`.
    Reddit,
    /// `{handle}.tumblr.com`.
    Subdomain,
}

pub static PROFILE_HOSTS: &[ProfileHost] = &[
    ProfileHost {
        network: "facebook",
        hosts: &["facebook.com", "fb.com", "fb.me"],
        shape: ProfileShape::FirstSegment,
        reserved: &[
            "sharer.php", "sharer", "share.php", "share", "dialog", "plugins", "tr", "hashtag", "search",
            "watch", "events", "groups", "photo.php", "photo", "photos", "story.php", "permalink.php",
            "login", "login.php", "help", "policies", "privacy", "legal", "ads", "business", "gaming",
            "marketplace", "notes", "l.php", "home.php", "messages", "settings", "bookmarks", "fundraisers",
            "media", "video.php", "reel", "reels", "stories", "about", "terms", "careers", "recover", "r.php",
            "pg", "people", "dialog", "v2.0", "connect", "friends", "pages",
        ],
        note: "facebook.com/{page-or-username}; profile.php?id= is the numeric form",
    },
    ProfileHost {
        network: "instagram",
        hosts: &["instagram.com", "instagr.am"],
        shape: ProfileShape::FirstSegment,
        reserved: &[
            "p", "reel", "reels", "explore", "stories", "accounts", "tv", "direct", "about", "legal",
            "developer", "web", "emails", "challenge", "oauth", "privacy", "terms", "share",
        ],
        note: "instagram.com/{username}",
    },
    ProfileHost {
        network: "x",
        hosts: &["twitter.com", "x.com"],
        shape: ProfileShape::FirstSegment,
        reserved: &[
            "share", "intent", "home", "search", "hashtag", "i", "explore", "settings", "login", "signup",
            "messages", "notifications", "compose", "tos", "privacy", "about", "download", "account",
            "logout", "following", "followers", "widgets.js",
        ],
        note: "x.com/{handle} (1–15 of A–Z, 0–9, _)",
    },
    ProfileHost {
        network: "linkedin",
        hosts: &["linkedin.com"],
        shape: ProfileShape::LinkedIn,
        reserved: &[],
        note: "linkedin.com/in/{vanity}, /company/{vanity-or-id}, /school/, /showcase/",
    },
    ProfileHost {
        network: "youtube",
        hosts: &["youtube.com"],
        shape: ProfileShape::YouTube,
        reserved: &[],
        note: "youtube.com/@handle, /c/name, /user/name, /channel/UC… (support.google.com/youtube/answer/6180214)",
    },
    ProfileHost {
        network: "tiktok",
        hosts: &["tiktok.com"],
        shape: ProfileShape::AtHandle,
        reserved: &[],
        note: "tiktok.com/@username",
    },
    ProfileHost {
        network: "pinterest",
        hosts: &["pinterest.com", "pinterest.co.uk", "pinterest.de", "pinterest.fr", "pinterest.es", "pinterest.ca", "pinterest.com.au", "pinterest.jp", "pinterest.ru", "pinterest.com.mx", "tr.pinterest.com"],
        shape: ProfileShape::FirstSegment,
        reserved: &[
            "pin", "search", "ideas", "today", "explore", "business", "_", "categories", "topics", "login",
            "settings", "about", "policy", "oauth", "resource",
        ],
        note: "pinterest.com/{username}",
    },
    ProfileHost {
        network: "telegram",
        hosts: &["t.me", "telegram.me", "telegram.dog"],
        shape: ProfileShape::FirstSegment,
        reserved: &["share", "joinchat", "addstickers", "addemoji", "proxy", "socks", "iv", "login", "setlanguage", "addtheme", "c"],
        note: "t.me/{username} (t.me/s/{channel} is the channel's web preview)",
    },
    ProfileHost {
        network: "vk",
        hosts: &["vk.com", "vk.ru", "vkontakte.ru"],
        shape: ProfileShape::FirstSegment,
        reserved: &["share.php", "away.php", "feed", "search", "video", "photo", "im", "login", "settings", "apps", "app", "dev", "terms", "privacy", "audio", "music", "clips", "wall", "topic"],
        note: "vk.com/{screen_name}; id123 / club123 / public123 are numeric forms",
    },
    ProfileHost {
        network: "ok",
        hosts: &["ok.ru", "odnoklassniki.ru"],
        shape: ProfileShape::FirstSegment,
        reserved: &["dk", "offer", "search", "video", "music", "games", "feed", "app", "help"],
        note: "ok.ru/{shortname}, ok.ru/profile/{id}, ok.ru/group/{id}",
    },
    ProfileHost {
        network: "github",
        hosts: &["github.com"],
        shape: ProfileShape::FirstSegment,
        reserved: &[
            "about", "features", "pricing", "login", "join", "search", "topics", "sponsors", "marketplace",
            "explore", "settings", "notifications", "site", "security", "enterprise", "team", "customer-stories",
            "readme", "collections", "trending", "events", "apps", "contact", "signup", "new", "organizations",
            "orgs", "codespaces", "issues", "pulls", "mobile", "resources", "solutions",
        ],
        note: "github.com/{user-or-org} (one segment; two segments are a repository)",
    },
    ProfileHost {
        network: "threads",
        hosts: &["threads.net", "threads.com"],
        shape: ProfileShape::AtHandle,
        reserved: &[],
        note: "threads.net/@username",
    },
    ProfileHost {
        network: "bluesky",
        hosts: &["bsky.app"],
        shape: ProfileShape::Bluesky,
        reserved: &[],
        note: "bsky.app/profile/{handle.domain} or /profile/did:plc:…",
    },
    ProfileHost {
        network: "reddit",
        hosts: &["reddit.com"],
        shape: ProfileShape::Reddit,
        reserved: &[],
        note: "reddit.com/user/{name}, /u/{name}, /r/{community}",
    },
    ProfileHost {
        network: "medium",
        hosts: &["medium.com"],
        shape: ProfileShape::AtHandle,
        reserved: &[],
        note: "medium.com/@username (listed so it is not taken for Mastodon)",
    },
    ProfileHost {
        network: "tumblr",
        hosts: &["tumblr.com"],
        shape: ProfileShape::Subdomain,
        reserved: &["www", "api", "assets", "static", "embed", "platform", "media"],
        note: "{blog}.tumblr.com",
    },
];
