//! Platform previews (what Facebook, X, LinkedIn, Slack, Discord, WhatsApp and
//! Telegram will really show) and the suggested `<head>` block.
//!
//! Each platform follows its own fallback chain and truncation. Where a number
//! is published by the platform the source is given; where it is not, the
//! number is **observed behaviour** (measured on real shares, approximate, and
//! it changes with the device and the platform's layout).
//!
//! | platform | title | description | image | site / domain | card |
//! | --- | --- | --- | --- | --- | --- |
//! | Facebook | og:title → `<title>` | og:description → meta description | first og:image → first content image | domain | large when the image is declared ≥ 600×315 (or undeclared), small below ([image docs](https://developers.facebook.com/docs/sharing/webmasters/images/)) |
//! | X | twitter:title → og:title | twitter:description → og:description | twitter:image → og:image | twitter:site, domain | `twitter:card` (summary_large_image → large, else small; [markup docs](https://developer.x.com/en/docs/x-for-websites/cards/overview/markup)) |
//! | LinkedIn | og:title → `<title>` | og:description → meta description | og:image → first content image | domain | large from 401 px wide (observed), ignores twitter:* ([post inspector](https://www.linkedin.com/post-inspector/)) |
//! | Slack | og:title / twitter:title, whichever comes first → `<title>` | same for description → meta description | og:image / twitter:image, whichever first | og:site_name → domain | small when twitter:card=summary, else large ([unfurling](https://api.slack.com/reference/messaging/link-unfurling)) |
//! | Discord | og:title → twitter:title → `<title>` | og:description → twitter:description → meta description | og:image → twitter:image | og:site_name | large only with twitter:card=summary_large_image, else thumbnail (observed) |
//! | WhatsApp | og:title → `<title>` | og:description → meta description | the **last** og:image (observed) | domain | large from 300 px wide (observed) |
//! | Telegram | og:title → twitter:title → `<title>` | og:description → twitter:description → meta description | og:image → twitter:image | og:site_name → domain | small when twitter:card=summary, else large (observed) |
//!
//! Truncation (characters, counted as Unicode scalar values):
//! - Facebook: title ~88, description ~155 — observed, Facebook publishes no limit.
//! - X: title 70, description 200 — published in the X cards markup reference.
//! - LinkedIn: title ~70, description ~150 — observed (the feed often hides the description).
//! - Slack: title ~150, description ~300 — observed; Slack publishes no limit for unfurls.
//! - Discord: title 256 (published embed limit), description ~350 — observed for unfurls.
//! - WhatsApp: title ~65, description ~80 — observed (two lines on a phone).
//! - Telegram: title ~100, description ~200 — observed.

use serde::Serialize;
use url::Url;

use super::main_content::BlockKind;
use super::{abs_http, parse_px, Facts, MetaTag, Region};
use crate::options::Options;
use crate::text::{char_len, squash, truncate};

/// How large the card a platform draws is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum CardSize {
    /// A wide picture above (or below) the text.
    Large,
    /// A thumbnail beside the text, or text only.
    Small,
    /// No preview at all.
    #[default]
    None,
}

/// What one platform will show for a shared link.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct Preview {
    /// The title as shown (cut with `…` at the platform's limit).
    pub title: Option<String>,
    /// The tag it came from: `og:title`, `twitter:title`, `title`.
    pub title_source: Option<&'static str>,
    pub title_truncated: bool,
    pub description: Option<String>,
    pub description_source: Option<&'static str>,
    pub description_truncated: bool,
    /// Absolute image URL.
    pub image: Option<String>,
    /// `og:image`, `og:image (last)`, `twitter:image`, `content image`.
    pub image_source: Option<&'static str>,
    pub site_name: Option<String>,
    /// The host shown with the card (`www.` removed).
    pub domain: Option<String>,
    pub card: CardSize,
    /// Title / description limits used (characters).
    pub title_max: usize,
    pub description_max: usize,
}

/// One tag value taking part in a conflict.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct TagValue {
    /// `og:url`, `canonical`, `twitter:url`, `og:title`, ...
    pub tag: &'static str,
    pub value: String,
    pub line: u32,
}

/// Two or more tags that should agree but do not.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct Conflict {
    /// `url`, `title`, `description`, `image`.
    pub field: &'static str,
    pub values: Vec<TagValue>,
}

#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct Previews {
    pub facebook: Preview,
    pub x: Preview,
    pub linkedin: Preview,
    pub slack: Preview,
    pub discord: Preview,
    pub whatsapp: Preview,
    pub telegram: Preview,
    pub conflicts: Vec<Conflict>,
}

#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct PreviewFacts {
    pub previews: Previews,
}

/// A value with the tag it came from and its line.
#[derive(Clone, Copy)]
struct Src<'a> {
    tag: &'static str,
    value: &'a str,
    line: u32,
}

fn first_meta<'a>(f: &'a Facts, key: &'static str) -> Option<Src<'a>> {
    f.head.metas.iter().find_map(|m| meta_src(m, key))
}

fn last_meta<'a>(f: &'a Facts, key: &'static str) -> Option<Src<'a>> {
    f.head.metas.iter().rev().find_map(|m| meta_src(m, key))
}

fn meta_src<'a>(m: &'a MetaTag, key: &'static str) -> Option<Src<'a>> {
    if m.key() != Some(key) && m.name.as_deref() != Some(key) {
        return None;
    }
    let v = m.content.as_deref()?.trim();
    (!v.is_empty()).then_some(Src {
        tag: key,
        value: v,
        line: m.line,
    })
}

fn title_tag(f: &Facts) -> Option<Src<'_>> {
    f.head.title.as_deref().filter(|t| !t.is_empty()).map(|t| Src {
        tag: "title",
        value: t,
        line: f.head.title_line,
    })
}

fn meta_description(f: &Facts) -> Option<Src<'_>> {
    first_meta(f, "description").map(|s| Src {
        tag: "meta description",
        ..s
    })
}

/// Whichever of two tags comes first in the page (Slack's rule).
fn earliest<'a>(a: Option<Src<'a>>, b: Option<Src<'a>>) -> Option<Src<'a>> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.line < a.line { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// Resolve an image URL to an absolute http(s) URL (against the base URL when relative).
pub(crate) fn abs_image(f: &Facts, s: &str) -> Option<Url> {
    let s = s.trim();
    abs_http(s).or_else(|| {
        f.base_url
            .as_ref()
            .and_then(|b| b.join(s).ok())
            .filter(|u| matches!(u.scheme(), "http" | "https"))
    })
}

/// Extensions of files a preview cannot show as its image: video, audio and
/// documents, and SVG (X takes JPG, PNG, WEBP, GIF, no SVG; Facebook renders no
/// SVG either — see PLATFORMS.md).
const NOT_PREVIEW_IMAGES: &[&str] = &[
    "svg", "svgz", "mp4", "m4v", "webm", "mov", "ogv", "ogg", "avi", "mkv", "mp3", "m4a", "wav", "m3u8",
    "mpd", "pdf", "html", "htm",
];

/// The smallest image a preview takes (Facebook: 200×200; X's summary card
/// needs 144×144, LinkedIn makes anything narrow a thumbnail).
const MIN_PREVIEW_SIDE: u32 = 200;

/// Whether a content image may stand in for a missing og:image: an address
/// whose file is not a video, audio, document or SVG, and not declared
/// (`width` / `height`) under 200×200 (an avatar, an icon).
fn usable_preview_image(i: &super::Image, u: &Url) -> bool {
    let path = u.path().to_ascii_lowercase();
    let ext = path
        .rsplit_once('/')
        .map_or(path.as_str(), |(_, f)| f)
        .rsplit_once('.')
        .map(|(_, e)| e);
    if ext.is_some_and(|e| NOT_PREVIEW_IMAGES.contains(&e)) {
        return false;
    }
    let small = |v: &Option<String>| {
        v.as_deref()
            .and_then(parse_px)
            .is_some_and(|n| n < MIN_PREVIEW_SIDE)
    };
    !(small(&i.width) || small(&i.height))
}

/// The first image of the main content that a preview can use: an absolute
/// http(s) address (not a data URL), an image file (not SVG, not a video), not
/// declared under 200×200.
pub fn first_content_image(f: &Facts) -> Option<&super::Image> {
    f.body.images.iter().find(|i| {
        i.loc.region.has(Region::CONTENT)
            && !i.loc.region.has(Region::HIDDEN)
            && !i.aria_hidden
            && i.abs
                .as_ref()
                .is_some_and(|u| matches!(u.scheme(), "http" | "https") && usable_preview_image(i, u))
    })
}

struct Platform {
    title_max: usize,
    description_max: usize,
}

fn make(
    f: &Facts,
    p: Platform,
    title: Option<Src>,
    desc: Option<Src>,
    image: Option<(Url, &'static str)>,
    site_name: Option<String>,
    card: CardSize,
) -> Preview {
    // (og:url is resolved only when there is no page URL.)
    let domain = match f.page_url.as_ref() {
        Some(u) => super::site_host(u),
        None => f.head.og_url_abs().as_ref().and_then(super::site_host),
    };
    let cut = |s: Option<Src>, max: usize| {
        s.map(|s| {
            let t = squash(s.value);
            let shown = truncate(&t, max);
            let truncated = shown != t;
            (shown, s.tag, truncated)
        })
    };
    let t = cut(title, p.title_max);
    let d = cut(desc, p.description_max);
    Preview {
        title_source: t.as_ref().map(|x| x.1),
        title_truncated: t.as_ref().is_some_and(|x| x.2),
        title: t.map(|x| x.0),
        description_source: d.as_ref().map(|x| x.1),
        description_truncated: d.as_ref().is_some_and(|x| x.2),
        description: d.map(|x| x.0),
        image_source: image.as_ref().map(|i| i.1),
        image: image.map(|i| i.0.to_string()),
        site_name: site_name.or_else(|| domain.clone()),
        domain,
        card,
        title_max: p.title_max,
        description_max: p.description_max,
    }
}

pub fn extract(f: &Facts, _opts: &Options) -> PreviewFacts {
    let og_title = first_meta(f, "og:title");
    let og_desc = first_meta(f, "og:description");
    let tw_title = first_meta(f, "twitter:title");
    let tw_desc = first_meta(f, "twitter:description");
    let tw_card = first_meta(f, "twitter:card").map(|s| s.value.to_ascii_lowercase());
    let title = title_tag(f);
    let mdesc = meta_description(f);
    let og_site = first_meta(f, "og:site_name").map(|s| s.value.to_string());
    let og_img = first_meta(f, "og:image").or_else(|| first_meta(f, "og:image:url"));
    let og_img_last = last_meta(f, "og:image").or_else(|| last_meta(f, "og:image:url"));
    let tw_img = first_meta(f, "twitter:image").or_else(|| first_meta(f, "twitter:image:src"));
    let img = |s: Option<Src>, label: &'static str| s.and_then(|s| abs_image(f, s.value)).map(|u| (u, label));
    let content_img = first_content_image(f)
        .and_then(|i| i.abs.clone())
        .map(|u| (u, "content image"));
    let declared = f
        .head
        .og_images
        .first()
        .and_then(|i| Some((i.width_px()?, i.height_px()?)));
    let has = |i: &Option<(Url, &'static str)>| i.is_some();
    let has_text = |t: &Option<Src>| t.is_some();

    // Facebook
    let fb_img = img(og_img, "og:image").or(content_img.clone());
    let fb_card = match (&fb_img, declared) {
        (None, _) => CardSize::Small,
        (Some(_), Some((w, h))) if w < 600 || h < 315 => CardSize::Small,
        _ => CardSize::Large,
    };
    let fb_title = og_title.or(title);
    let facebook = make(
        f,
        Platform {
            title_max: 88,
            description_max: 155,
        },
        fb_title,
        og_desc.or(mdesc),
        fb_img,
        None,
        if has_text(&fb_title) || fb_card == CardSize::Large {
            fb_card
        } else {
            CardSize::None
        },
    );

    // X
    let x_title = tw_title.or(og_title);
    let x_img = img(tw_img, "twitter:image").or_else(|| img(og_img, "og:image"));
    let x_card = if x_title.is_none() && x_img.is_none() {
        CardSize::None
    } else if tw_card.as_deref() == Some("summary_large_image") && x_img.is_some() {
        CardSize::Large
    } else {
        CardSize::Small
    };
    let x_site = first_meta(f, "twitter:site").map(|s| s.value.to_string());
    let x = make(
        f,
        Platform {
            title_max: 70,
            description_max: 200,
        },
        x_title,
        tw_desc.or(og_desc),
        x_img,
        x_site,
        x_card,
    );

    // LinkedIn: ignores twitter:*.
    let li_img = img(og_img, "og:image").or(content_img.clone());
    let li_title = og_title.or(title);
    let li_card = match (&li_img, declared) {
        (None, _) if li_title.is_none() => CardSize::None,
        (None, _) => CardSize::Small,
        (Some(_), Some((w, _))) if w < 401 => CardSize::Small,
        _ => CardSize::Large,
    };
    let linkedin = make(
        f,
        Platform {
            title_max: 70,
            description_max: 150,
        },
        li_title,
        og_desc.or(mdesc),
        li_img,
        None,
        li_card,
    );

    // Slack: whichever tag comes first.
    let sl_title = earliest(og_title, tw_title).or(title);
    let sl_img = earliest(og_img, tw_img).and_then(|s| {
        abs_image(f, s.value).map(|u| {
            (
                u,
                if s.tag.starts_with("twitter") {
                    "twitter:image"
                } else {
                    "og:image"
                },
            )
        })
    });
    let sl_card = if sl_title.is_none() && sl_img.is_none() {
        CardSize::None
    } else if has(&sl_img) && tw_card.as_deref() != Some("summary") {
        CardSize::Large
    } else {
        CardSize::Small
    };
    let slack = make(
        f,
        Platform {
            title_max: 150,
            description_max: 300,
        },
        sl_title,
        earliest(og_desc, tw_desc).or(mdesc),
        sl_img,
        og_site.clone(),
        sl_card,
    );

    // Discord
    let dc_title = og_title.or(tw_title).or(title);
    let dc_img = img(og_img, "og:image").or_else(|| img(tw_img, "twitter:image"));
    let dc_card = if dc_title.is_none() && dc_img.is_none() {
        CardSize::None
    } else if has(&dc_img) && tw_card.as_deref() == Some("summary_large_image") {
        CardSize::Large
    } else {
        CardSize::Small
    };
    let mut discord = make(
        f,
        Platform {
            title_max: 256,
            description_max: 350,
        },
        dc_title,
        og_desc.or(tw_desc).or(mdesc),
        dc_img,
        og_site.clone(),
        dc_card,
    );
    // Discord prints og:site_name only when it is set; no domain fallback.
    discord.site_name = og_site.clone();

    // WhatsApp: the last og:image.
    let wa_title = og_title.or(title);
    let wa_img = img(og_img_last, "og:image (last)");
    let wa_w = f.head.og_images.last().and_then(|i| i.width_px());
    let wa_card = match (&wa_img, wa_w) {
        (None, _) if wa_title.is_none() => CardSize::None,
        (None, _) => CardSize::Small,
        (Some(_), Some(w)) if w < 300 => CardSize::Small,
        _ => CardSize::Large,
    };
    let whatsapp = make(
        f,
        Platform {
            title_max: 65,
            description_max: 80,
        },
        wa_title,
        og_desc.or(mdesc),
        wa_img,
        None,
        wa_card,
    );

    // Telegram
    let tg_title = og_title.or(tw_title).or(title);
    let tg_img = img(og_img, "og:image").or_else(|| img(tw_img, "twitter:image"));
    let tg_card = if tg_title.is_none() && tg_img.is_none() {
        CardSize::None
    } else if has(&tg_img) && tw_card.as_deref() != Some("summary") {
        CardSize::Large
    } else {
        CardSize::Small
    };
    let telegram = make(
        f,
        Platform {
            title_max: 100,
            description_max: 200,
        },
        tg_title,
        og_desc.or(tw_desc).or(mdesc),
        tg_img,
        og_site,
        tg_card,
    );

    PreviewFacts {
        previews: Previews {
            facebook,
            x,
            linkedin,
            slack,
            discord,
            whatsapp,
            telegram,
            conflicts: conflicts(f),
        },
    }
}

/// Tags that should agree but do not: og:url / canonical / twitter:url, og vs twitter title,
/// description and image.
fn conflicts(f: &Facts) -> Vec<Conflict> {
    let mut out = Vec::new();
    // URLs, compared after resolving and normalising.
    let mut urls: Vec<(TagValue, Option<Url>)> = Vec::new();
    if let Some(s) = first_meta(f, "og:url") {
        urls.push((tv(s), abs_http(s.value)));
    }
    if let Some(l) = f.head.links_rel("canonical").find(|l| l.href.is_some()) {
        urls.push((
            TagValue {
                tag: "canonical",
                value: l.href.clone().unwrap_or_default(),
                line: l.line,
            },
            l.abs.clone(),
        ));
    }
    if let Some(s) = first_meta(f, "twitter:url") {
        urls.push((tv(s), abs_image(f, s.value)));
    }
    let distinct = |keys: Vec<String>| {
        let mut k = keys;
        k.sort();
        k.dedup();
        k.len() > 1
    };
    if urls.len() > 1
        && distinct(
            urls.iter()
                .map(|(t, u)| {
                    u.as_ref()
                        .map(|u| u.to_string())
                        .unwrap_or_else(|| t.value.clone())
                })
                .collect(),
        )
    {
        out.push(Conflict {
            field: "url",
            values: urls.into_iter().map(|x| x.0).collect(),
        });
    }
    for (field, a, b) in [
        ("title", "og:title", "twitter:title"),
        ("description", "og:description", "twitter:description"),
    ] {
        if let (Some(x), Some(y)) = (first_meta(f, a), first_meta(f, b)) {
            if squash(x.value) != squash(y.value) {
                out.push(Conflict {
                    field,
                    values: vec![tv(x), tv(y)],
                });
            }
        }
    }
    let og_img = first_meta(f, "og:image").or_else(|| first_meta(f, "og:image:url"));
    let tw_img = first_meta(f, "twitter:image").or_else(|| first_meta(f, "twitter:image:src"));
    if let (Some(x), Some(y)) = (og_img, tw_img) {
        let ka = abs_image(f, x.value)
            .map(|u| u.to_string())
            .unwrap_or_else(|| x.value.to_string());
        let kb = abs_image(f, y.value)
            .map(|u| u.to_string())
            .unwrap_or_else(|| y.value.to_string());
        if ka != kb {
            out.push(Conflict {
                field: "image",
                values: vec![tv(x), tv(y)],
            });
        }
    }
    out
}

fn tv(s: Src) -> TagValue {
    TagValue {
        tag: s.tag,
        value: s.value.to_string(),
        line: s.line,
    }
}

/// Escape a value for a double-quoted HTML attribute.
pub fn attr_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// `Post title | Brand` → (`Post title`, `Brand`) when the part before the separator is long enough.
pub(crate) fn split_brand(title: &str) -> (String, Option<String>) {
    for sep in [" | ", " – ", " — ", " - ", " · ", " :: "] {
        if let Some(i) = title.rfind(sep) {
            let (head, brand) = (title[..i].trim(), title[i + sep.len()..].trim());
            if char_len(head) >= 15 && !brand.is_empty() && char_len(brand) <= 40 {
                return (head.to_string(), Some(brand.to_string()));
            }
        }
    }
    (title.to_string(), None)
}

pub(crate) fn in_range(s: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&char_len(s))
}

/// The first paragraph of the main text with at least 50 characters, cut to `max` at a word.
pub(crate) fn first_paragraph(f: &Facts, max: usize) -> Option<String> {
    let p = f
        .main
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Paragraph && char_len(&b.text) >= 50)?;
    let t = squash(&p.text);
    if char_len(&t) <= max {
        return Some(t);
    }
    let cut: String = t.chars().take(max.saturating_sub(1)).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > 0 => cut[..i].to_string(),
        _ => cut,
    };
    Some(format!("{}…", cut.trim_end_matches([',', ';', ':', ' '])))
}

/// An X handle as X accepts it: `@` + 1–15 of `[A-Za-z0-9_]`.
pub fn valid_handle(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('@') else {
        return false;
    };
    (1..=15).contains(&rest.len()) && rest.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// An X handle from a link to the site's own X / Twitter profile.
pub(crate) fn x_handle(f: &Facts) -> Option<String> {
    f.body.anchors.iter().find_map(|a| {
        let u = a.abs.as_ref()?;
        let host = super::site_host(u)?;
        if host != "x.com" && host != "twitter.com" {
            return None;
        }
        let segs: Vec<&str> = u.path_segments()?.filter(|s| !s.is_empty()).collect();
        let [h] = segs.as_slice() else { return None };
        let reserved = [
            "intent", "share", "home", "search", "i", "hashtag", "login", "explore", "settings",
        ];
        let handle = format!("@{}", h);
        (!reserved.contains(&h.to_ascii_lowercase().as_str()) && valid_handle(&handle)).then_some(handle)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::test_util::facts;

    #[test]
    fn x_prefers_twitter_tags_linkedin_ignores_them() {
        let f = facts(
            r#"<head><title>Doc title here</title>
<meta property="og:title" content="OG title">
<meta name="twitter:title" content="X title">
<meta name="twitter:card" content="summary_large_image">
<meta property="og:image" content="/img/card.jpg">
<meta name="twitter:image" content="https://cdn.example.com/x.jpg">
</head>"#,
            Some("https://www.example.com/blog/post"),
        );
        let p = &f.previews.previews;
        assert_eq!(p.x.title.as_deref(), Some("X title"));
        assert_eq!(p.x.title_source, Some("twitter:title"));
        assert_eq!(p.x.image.as_deref(), Some("https://cdn.example.com/x.jpg"));
        assert_eq!(p.x.card, CardSize::Large);
        assert_eq!(p.linkedin.title.as_deref(), Some("OG title"));
        // Relative og:image resolved against the page URL.
        assert_eq!(
            p.linkedin.image.as_deref(),
            Some("https://www.example.com/img/card.jpg")
        );
        assert_eq!(p.facebook.domain.as_deref(), Some("example.com"));
        assert_eq!(p.discord.card, CardSize::Large);
        // Conflicts: title and image.
        let fields: Vec<&str> = p.conflicts.iter().map(|c| c.field).collect();
        assert_eq!(fields, vec!["title", "image"]);
        assert_eq!(p.conflicts[0].values[1].line, 3);
    }

    #[test]
    fn slack_takes_the_first_tag_whatsapp_the_last_image() {
        let f = facts(
            r#"<head>
<meta name="twitter:title" content="Comes first">
<meta property="og:title" content="Comes second">
<meta property="og:image" content="https://e.com/1.jpg">
<meta property="og:image" content="https://e.com/2.jpg">
</head>"#,
            None,
        );
        let p = &f.previews.previews;
        assert_eq!(p.slack.title.as_deref(), Some("Comes first"));
        assert_eq!(p.facebook.title.as_deref(), Some("Comes second"));
        assert_eq!(p.whatsapp.image.as_deref(), Some("https://e.com/2.jpg"));
        assert_eq!(p.facebook.image.as_deref(), Some("https://e.com/1.jpg"));
        // No twitter:card: X draws a small card.
        assert_eq!(p.x.card, CardSize::Small);
    }

    #[test]
    fn fallbacks_to_title_description_and_content_image() {
        let f = facts(
            r#"<html><head><title>A plain document title</title><meta name="description" content="The meta description."></head>
<body><main><p>Text.</p><img src="/photo.jpg" alt="Photo"></main></body></html>"#,
            Some("https://example.com/post"),
        );
        let p = &f.previews.previews;
        assert_eq!(p.facebook.title_source, Some("title"));
        assert_eq!(p.facebook.description_source, Some("meta description"));
        assert_eq!(p.facebook.image.as_deref(), Some("https://example.com/photo.jpg"));
        assert_eq!(p.facebook.image_source, Some("content image"));
        // X has no fallback to <title>: no title, no image.
        assert_eq!(p.x.title, None);
        assert_eq!(p.x.card, CardSize::None);
        assert_eq!(p.discord.site_name, None);
        assert_eq!(p.slack.site_name.as_deref(), Some("example.com"));
    }

    #[test]
    fn content_image_fallback_skips_videos_svg_and_small_images() {
        let f = facts(
            r#"<html><head><title>A post</title></head>
<body><main><p>Text.</p><img src="/media/clip.mp4" alt="Clip"><img src="/logo.svg" alt="Logo">
<img src="/avatar.jpg" width="40" height="40" alt="Author"><img src="/icon.png" width="120" alt="Icon">
<img src="/photo.jpg" width="1200" height="630" alt="Photo"></main></body></html>"#,
            Some("https://example.com/post"),
        );
        let p = &f.previews.previews;
        assert_eq!(p.facebook.image.as_deref(), Some("https://example.com/photo.jpg"));
        // An undeclared size is not judged; only none of them usable gives no image.
        let f = facts(
            r#"<html><head><title>A post</title></head><body><main><p>Text.</p><img src="/a.webm"><img src="/b.png" height="90"></main></body></html>"#,
            Some("https://example.com/post"),
        );
        assert_eq!(f.previews.previews.facebook.image, None);
    }

    #[test]
    fn empty_duplicates_do_not_hide_real_tags() {
        let f = facts(
            r#"<head><title></title><title>The real title</title>
<meta name="description" content=""><meta name="description" content="The real description.">
<meta property="og:title" content=" "><meta property="og:title" content="The OG title">
<meta property="og:image" content=""><meta property="og:image" content="https://example.com/card.jpg">
<meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">
<meta name="twitter:title" content=""><meta name="twitter:title" content="The X title">
<meta name="twitter:site" value="@brand"></head>"#,
            Some("https://example.com/post"),
        );
        let h = &f.head;
        assert_eq!(h.title.as_deref(), Some("The real title"));
        assert_eq!(h.description.as_deref(), Some("The real description."));
        assert_eq!(h.og_first("og:title"), Some("The OG title"));
        assert_eq!(h.twitter_first("twitter:title"), Some("The X title"));
        assert_eq!(h.twitter_first("twitter:site"), Some("@brand"));
        assert_eq!(h.og_images.len(), 1);
        assert_eq!(h.og_images[0].width_px(), Some(1200));
        let p = &f.previews.previews;
        assert_eq!(p.facebook.title.as_deref(), Some("The OG title"));
        assert_eq!(p.facebook.description.as_deref(), Some("The real description."));
        assert_eq!(p.facebook.image.as_deref(), Some("https://example.com/card.jpg"));
        assert_eq!(p.x.title.as_deref(), Some("The X title"));
        // Empty tags alone are still seen as empty.
        let f = facts(r#"<head><meta name="description" content=""></head>"#, None);
        assert_eq!(f.head.description.as_deref(), Some(""));
    }

    #[test]
    fn truncation_per_platform() {
        let long = "Ş".repeat(100);
        let f = facts(&format!(r#"<meta property="og:title" content="{long}">"#), None);
        let p = &f.previews.previews;
        assert_eq!(char_len(p.x.title.as_deref().unwrap_or("")), 70);
        assert!(p.x.title_truncated);
        assert!(p.x.title.as_deref().unwrap_or("").ends_with('…'));
        assert_eq!(char_len(p.whatsapp.title.as_deref().unwrap_or("")), 65);
        assert!(!p.discord.title_truncated);
        assert_eq!(p.discord.title.as_deref(), Some(long.as_str()));
    }

    #[test]
    fn url_conflicts_are_normalised() {
        let f = facts(
            r#"<link rel="canonical" href="https://EXAMPLE.com/a"><meta property="og:url" content="https://example.com/a"><meta name="twitter:url" content="https://example.com/b">"#,
            None,
        );
        let c = &f.previews.previews.conflicts;
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].field, "url");
        assert_eq!(c[0].values.len(), 3);
        let f = facts(
            r#"<link rel="canonical" href="https://EXAMPLE.com/a"><meta property="og:url" content="https://example.com/a">"#,
            None,
        );
        assert!(f.previews.previews.conflicts.is_empty());
    }
}
