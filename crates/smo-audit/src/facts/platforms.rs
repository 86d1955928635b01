//! What each platform reads when a link is shared, as data: fallback chains,
//! text limits, image rules, what the card shows, the tags it ignores, and
//! where the numbers come from (see also `../shared/PLATFORMS.md`).
//!
//! Chains name where a value is taken from, first match wins: a meta key
//! (`og:title`), `title` (the `<title>`), `meta description`, `json-ld headline`,
//! `json-ld description`, `content image` (first usable image of the main
//! content), `og:image (last)`; `a|b` means whichever of the two comes first
//! in the page (Slack).
//!
//! "observed" / "community" numbers are advisory: the platform publishes none.

/// One platform's rules.
#[derive(Debug)]
pub struct Spec {
    pub id: &'static str,
    pub name: &'static str,
    pub title: &'static [&'static str],
    pub description: &'static [&'static str],
    pub image: &'static [&'static str],
    /// Title / description limits in characters (Google's title: see `GOOGLE_TITLE_PX`).
    pub title_max: usize,
    pub description_max: usize,
    /// What the card shows: `title`, `description`, `image`, `domain`, `siteName`.
    pub shows: &'static [&'static str],
    /// Smallest image (px) it takes; 0 = no rule known.
    pub min_w: u32,
    pub min_h: u32,
    /// Heaviest image (bytes); 0 = no rule known.
    pub max_bytes: u64,
    /// Ratio ×100 of the frame it shows the image in (191 = 1.91:1); 0 = not cropped.
    pub frame: u16,
    /// Widest ratio ×100 it takes (WhatsApp 4:1); 0 = no rule.
    pub max_ratio: u16,
    /// Tags it does not read (`twitter:` = every twitter:* tag).
    pub ignores: &'static [&'static str],
    pub sources: &'static [&'static str],
}

const OG_TITLE: &[&str] = &["og:title", "title"];
const OG_DESC: &[&str] = &["og:description", "meta description"];
const OG_IMG: &[&str] = &["og:image", "og:image:url", "content image"];
const OG_TW_TITLE: &[&str] = &["og:title", "twitter:title", "title"];
const OG_TW_DESC: &[&str] = &["og:description", "twitter:description", "meta description"];
const OG_TW_IMG: &[&str] = &["og:image", "og:image:url", "twitter:image", "twitter:image:src"];
const FULL: &[&str] = &["title", "description", "image", "domain"];
const FB_SRC: &[&str] = &[
    "https://developers.facebook.com/docs/sharing/webmasters/images/",
    "https://developers.facebook.com/docs/sharing/best-practices/",
];

pub const FACEBOOK: Spec = Spec {
    id: "facebook",
    name: "Facebook",
    title: OG_TITLE,
    description: OG_DESC,
    image: OG_IMG,
    title_max: 88,
    description_max: 155,
    shows: FULL,
    min_w: 200,
    min_h: 200,
    max_bytes: 8_000_000,
    frame: 191,
    max_ratio: 0,
    ignores: &["twitter:"],
    sources: FB_SRC,
};

pub const X: Spec = Spec {
    id: "x",
    name: "X",
    title: &["twitter:title", "og:title"],
    description: &["twitter:description", "og:description"],
    image: &["twitter:image", "twitter:image:src", "og:image", "og:image:url"],
    title_max: 70,
    description_max: 200,
    // Large card (since Oct 2023): the image with a domain label only.
    shows: &["image", "domain"],
    min_w: 300,
    min_h: 157,
    max_bytes: 5_000_000,
    frame: 200,
    max_ratio: 0,
    ignores: &[],
    sources: &["https://developer.x.com/en/docs/x-for-websites/cards/overview/markup"],
};

/// X's summary (small) card keeps its text: the thumbnail with the domain, the title
/// and the description beside it. Only the large card lost them in October 2023.
pub const X_SUMMARY_SHOWS: &[&str] = &["image", "domain", "title", "description"];

pub const LINKEDIN: Spec = Spec {
    id: "linkedin",
    name: "LinkedIn",
    title: OG_TITLE,
    description: OG_DESC,
    image: OG_IMG,
    title_max: 70,
    description_max: 150,
    shows: &["title", "image", "domain"],
    min_w: 401,
    min_h: 0,
    max_bytes: 5_000_000,
    frame: 191,
    max_ratio: 0,
    ignores: &["twitter:"],
    sources: &[
        "https://www.linkedin.com/help/linkedin/answer/a521928",
        "https://www.linkedin.com/post-inspector/",
    ],
};

pub const SLACK: Spec = Spec {
    id: "slack",
    name: "Slack",
    title: &["og:title|twitter:title", "title"],
    description: &["og:description|twitter:description", "meta description"],
    image: &["og:image|twitter:image"],
    title_max: 150,
    description_max: 300,
    shows: &["siteName", "title", "description", "image"],
    min_w: 0,
    min_h: 0,
    max_bytes: 0,
    frame: 0,
    max_ratio: 0,
    ignores: &[],
    sources: &["https://api.slack.com/reference/messaging/link-unfurling"],
};

pub const DISCORD: Spec = Spec {
    id: "discord",
    name: "Discord",
    title: OG_TW_TITLE,
    description: OG_TW_DESC,
    image: OG_TW_IMG,
    title_max: 256,
    description_max: 350,
    shows: &["siteName", "title", "description", "image"],
    min_w: 0,
    min_h: 0,
    max_bytes: 0,
    frame: 0,
    max_ratio: 0,
    ignores: &[],
    sources: &["https://discord.com/developers/docs/resources/message#embed-object-embed-limits"],
};

pub const WHATSAPP: Spec = Spec {
    id: "whatsapp",
    name: "WhatsApp",
    title: OG_TITLE,
    description: OG_DESC,
    image: &["og:image (last)"],
    title_max: 65,
    description_max: 80,
    shows: FULL,
    min_w: 300,
    min_h: 0,
    max_bytes: 600_000,
    frame: 0,
    max_ratio: 400,
    ignores: &["twitter:"],
    sources: &["https://developers.facebook.com/docs/whatsapp/link-previews"],
};

pub const TELEGRAM: Spec = Spec {
    id: "telegram",
    name: "Telegram",
    title: OG_TW_TITLE,
    description: OG_TW_DESC,
    image: OG_TW_IMG,
    title_max: 100,
    description_max: 200,
    shows: &["siteName", "title", "description", "image"],
    min_w: 0,
    min_h: 0,
    max_bytes: 0,
    frame: 0,
    max_ratio: 0,
    ignores: &[],
    sources: &["https://core.telegram.org/bots/api#linkpreviewoptions"],
};

pub const IMESSAGE: Spec = Spec {
    id: "imessage",
    name: "iMessage",
    title: OG_TITLE,
    description: &[],
    image: &["og:image", "og:image:url"],
    title_max: 90,
    description_max: 0,
    shows: &["title", "image", "domain"],
    min_w: 0,
    min_h: 0,
    max_bytes: 0,
    frame: 0,
    max_ratio: 0,
    ignores: &["twitter:"],
    sources: &["https://developer.apple.com/documentation/linkpresentation"],
};

pub const BLUESKY: Spec = Spec {
    id: "bluesky",
    name: "Bluesky",
    title: &["og:title", "title"],
    description: &["og:description", "meta description"],
    image: &["og:image", "og:image:url"],
    title_max: 100,
    description_max: 300,
    shows: FULL,
    min_w: 0,
    min_h: 0,
    max_bytes: 1_000_000,
    frame: 191,
    max_ratio: 0,
    ignores: &["twitter:card"],
    sources: &[
        "https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/embed/external.json",
        "https://github.com/bluesky-social/social-app/issues/5012",
    ],
};

pub const MASTODON: Spec = Spec {
    id: "mastodon",
    name: "Mastodon",
    title: &["json-ld headline", "og:title", "title"],
    description: &["json-ld description", "og:description", "meta description"],
    image: &["og:image", "og:image:url"],
    title_max: 100,
    description_max: 200,
    shows: &["siteName", "title", "description", "image"],
    min_w: 0,
    min_h: 0,
    max_bytes: 2_000_000,
    frame: 178,
    max_ratio: 0,
    ignores: &["twitter:"],
    sources: &["https://github.com/mastodon/mastodon/blob/main/app/lib/link_details_extractor.rb"],
};

pub const THREADS: Spec = Spec {
    id: "threads",
    name: "Threads",
    sources: &["https://developers.facebook.com/docs/sharing/webmasters/"],
    ..FACEBOOK
};

pub const PINTEREST: Spec = Spec {
    id: "pinterest",
    name: "Pinterest",
    title: &["og:title", "title"],
    description: &["og:description", "meta description"],
    image: &["og:image", "og:image:url", "content image"],
    title_max: 100,
    description_max: 500,
    shows: &["image", "title", "description"],
    min_w: 1000,
    min_h: 0,
    max_bytes: 20_000_000,
    frame: 0,
    max_ratio: 0,
    ignores: &["twitter:"],
    sources: &["https://developers.pinterest.com/docs/web-features/rich-pins-overview/"],
};

pub const GOOGLE: Spec = Spec {
    id: "google",
    name: "Google",
    title: &["title", "og:title"],
    description: &["meta description"],
    image: &[],
    title_max: 0,
    description_max: 156,
    shows: &["siteName", "domain", "title", "description"],
    min_w: 0,
    min_h: 0,
    max_bytes: 0,
    frame: 0,
    max_ratio: 0,
    ignores: &["og:", "twitter:"],
    sources: &[
        "https://yoast.com/page-titles-seo/",
        "https://yoast.com/meta-descriptions/",
    ],
};

/// WhatsApp reads only the first 300 KB of the HTML (its link preview docs).
pub const WHATSAPP_READ_BYTES: usize = super::head::LOCATE_FROM;

/// Google's result title is cut near 600 px wide (Yoast's title width check).
pub const GOOGLE_TITLE_PX: u32 = 600;
/// Result titles are set in Arial 20 px.
pub const GOOGLE_TITLE_FONT_PX: u32 = 20;

/// Advance widths of Arial for ASCII 32..=126, in 1/1000 em. Arial is
/// metric-compatible with Helvetica; the numbers are those of Adobe's Core 14
/// `Helvetica.afm`.
const ARIAL: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // ' '../
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0..?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @..O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P.._
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // `..o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p..~
];

/// Width of one character in Arial, 1/1000 em: accented Latin letters as their
/// base letter, CJK and other wide scripts a full em, anything else an average 556.
pub fn arial_width(c: char) -> u32 {
    let base = match c {
        'à'..='å' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è'..='ë' | 'ę' | 'ě' => 'e',
        'ì'..='ï' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ő' => 'o',
        'ù'..='ü' | 'ű' | 'ů' => 'u',
        'ş' | 'ś' | 'š' => 's',
        'ğ' => 'g',
        'ý' | 'ÿ' => 'y',
        'ž' | 'ź' | 'ż' => 'z',
        'À'..='Å' => 'A',
        'Ç' | 'Č' => 'C',
        'È'..='Ë' => 'E',
        'Ì'..='Ï' | 'İ' => 'I',
        'Ò'..='Ö' | 'Ø' => 'O',
        'Ù'..='Ü' => 'U',
        'Ş' | 'Š' => 'S',
        'Ğ' => 'G',
        '…' | '—' | '\u{3000}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}' | '\u{ff00}'..='\u{ffef}' => {
            return 1000
        }
        '–' => return 556,
        c => c,
    };
    match base as u32 {
        n @ 32..=126 => u32::from(ARIAL[(n - 32) as usize]),
        _ => 556,
    }
}

/// Width of a text in Arial at `font_px`, in pixels (rounded up).
pub fn text_px(s: &str, font_px: u32) -> u32 {
    // u64 and saturating: a title of megabytes must not overflow.
    let units: u64 = s.chars().map(|c| u64::from(arial_width(c))).sum();
    u32::try_from(units.saturating_mul(u64::from(font_px)).div_ceil(1000)).unwrap_or(u32::MAX)
}

/// Cut a text to `max_px` wide, with `…` (its width counted), at a character.
pub fn cut_px(s: &str, max_px: u32, font_px: u32) -> (String, bool) {
    if text_px(s, font_px) <= max_px {
        return (s.to_string(), false);
    }
    let budget =
        (u64::from(max_px) * 1000 / u64::from(font_px.max(1))).saturating_sub(u64::from(arial_width('…')));
    let mut used: u64 = 0;
    let mut out = String::new();
    for c in s.chars() {
        used += u64::from(arial_width(c));
        if used > budget {
            break;
        }
        out.push(c);
    }
    (format!("{}…", out.trim_end()), true)
}

/// All platforms, in display order.
pub const ALL: [&Spec; 13] = [
    &FACEBOOK, &X, &LINKEDIN, &SLACK, &DISCORD, &WHATSAPP, &TELEGRAM, &IMESSAGE, &BLUESKY, &MASTODON,
    &THREADS, &PINTEREST, &GOOGLE,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arial_widths_and_pixel_cut() {
        // "Hello" = 722+556+222+222+556 = 2278 units → 45.56 px at 20 px.
        assert_eq!(text_px("Hello", 20), 46);
        // A huge title neither overflows nor panics.
        let huge = "W".repeat(5_000_000);
        assert!(text_px(&huge, 20) > 600);
        assert!(cut_px(&huge, 600, 20).1);
        assert_eq!(arial_width('ş'), arial_width('s'));
        let (cut, was) = cut_px(&"W".repeat(40), 600, 20);
        assert!(was && cut.ends_with('…'));
        assert!(text_px(&cut, 20) <= 600);
        assert_eq!(cut_px("Short", 600, 20), ("Short".to_string(), false));
        let ids: Vec<&str> = ALL.iter().map(|s| s.id).collect();
        assert_eq!(ids.len(), 13);
        assert!(ALL.iter().all(|s| !s.sources.is_empty()));
    }
}
