//! Platform previews (what Facebook, X, LinkedIn, Slack, Discord, WhatsApp,
//! Telegram, iMessage, Bluesky, Mastodon, Threads, Pinterest and a Google result
//! will really show) and the suggested `<head>` block.
//!
//! Each platform's rules are data in [`super::platforms`] (chains, limits, image
//! rules, what the card shows, ignored tags, sources); this file reads the page
//! through them, decides the card size, and turns the rules into `warnings`.
//! The table below is the first seven; `platforms.rs` has all thirteen.
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
use super::platforms::{self, Spec};
use super::{abs_http, parse_px, Facts, MetaTag, Region};
use crate::i18n::Locale;
use crate::options::{ImageInfo, Options};
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
    /// Google: the whole title's width in pixels (Arial 20 px) and the width it is cut at.
    pub title_px: Option<u32>,
    pub title_max_px: Option<u32>,
    /// What the platform draws on the card: `title`, `description`, `image`, `domain`,
    /// `siteName`; fields not listed are still given (what it reads) but not shown.
    pub shows: Vec<&'static str>,
    /// Image size in pixels: read from the file where it is known (a site's
    /// files, a crawl's fetched og:images, the `images` option), else as
    /// declared (og:image:width / height, or the `<img>` attributes); null = unknown.
    pub image_width: Option<u32>,
    pub image_height: Option<u32>,
    /// Where `imageWidth` / `imageHeight` come from: `file` (measured),
    /// `declared` (the tags), null when unknown.
    #[cfg_attr(feature = "tsify", tsify(type = "\"file\" | \"declared\" | null"))]
    pub image_size_source: Option<&'static str>,
    /// Image file size in bytes, from the file; null = unknown.
    pub image_bytes: Option<u64>,
    /// Discord: the `<meta name="theme-color">` colour of the embed's left bar,
    /// as `#rrggbb` (lower case); null when absent or not a hex colour (and
    /// for the other platforms).
    pub theme_color: Option<String>,
    /// What this platform's own rules say about the page.
    pub warnings: Vec<PreviewWarning>,
    /// Where the platform's rules come from (documentation or code).
    pub source: &'static str,
}

/// A warning from one platform's own rules.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct PreviewWarning {
    /// `image-missing`, `image-too-small`, `image-too-heavy`, `image-cropped`,
    /// `image-too-wide`, `tag-ignored`, `tag-missing`, `title-cut`, `description-cut`,
    /// `not-shown`, `other-source`, `head-300kb`, `rich-pin-type`, `author-url`,
    /// `theme-color-invalid`.
    pub code: &'static str,
    /// In the report's language.
    pub message: String,
}

/// One tag value taking part in a conflict.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct TagValue {
    /// `og:url`, `canonical`, `twitter:url`, `og:title`, ...; for the `platform-*`
    /// fields, the platforms that show this value (`facebook, linkedin`).
    pub tag: String,
    pub value: String,
    pub line: u32,
}

/// Two or more tags that should agree but do not.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[serde(rename_all = "camelCase")]
pub struct Conflict {
    /// `url`, `title`, `description`, `image`; `platform-title`, `platform-description`,
    /// `platform-image` when platforms show different values (one entry per value).
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
    pub imessage: Preview,
    pub bluesky: Preview,
    pub mastodon: Preview,
    pub threads: Preview,
    pub pinterest: Preview,
    /// The search result snippet (title cut by pixel width).
    pub google: Preview,
    pub conflicts: Vec<Conflict>,
}

impl Previews {
    /// Every platform's preview, in display order.
    pub fn all(&self) -> [&Preview; 13] {
        [
            &self.facebook,
            &self.x,
            &self.linkedin,
            &self.slack,
            &self.discord,
            &self.whatsapp,
            &self.telegram,
            &self.imessage,
            &self.bluesky,
            &self.mastodon,
            &self.threads,
            &self.pinterest,
            &self.google,
        ]
    }
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

/// An image a platform takes, with its size where known.
struct Pic {
    url: Url,
    label: &'static str,
    w: Option<u32>,
    h: Option<u32>,
}

/// What is known of the file at `url` among `images` (their addresses
/// resolved as the page's are, fragments ignored).
fn measured<'a>(f: &Facts, images: &'a [ImageInfo], url: &Url) -> Option<&'a ImageInfo> {
    let key = |u: &Url| u.as_str().split('#').next().unwrap_or("").to_string();
    let want = key(url);
    images
        .iter()
        .find(|i| abs_image(f, &i.url).is_some_and(|u| key(&u) == want))
}

/// A `<meta name="theme-color">` value as `#rrggbb`: `#rgb` or `#rrggbb`
/// (any case, spaces around ignored); anything else (named colours, `rgb()`,
/// alpha) is None.
pub fn hex_color(v: &str) -> Option<String> {
    let h = v.trim().strip_prefix('#')?;
    let full: String = match h.len() {
        3 => h.chars().flat_map(|c| [c, c]).collect(),
        6 => h.into(),
        _ => return None,
    };
    full.bytes()
        .all(|b| b.is_ascii_hexdigit())
        .then(|| format!("#{}", full.to_ascii_lowercase()))
}

/// The page's first `<meta name="theme-color">`.
fn theme_color_tag(f: &Facts) -> Option<Src<'_>> {
    f.head
        .metas
        .iter()
        .find(|m| m.name.as_deref() == Some("theme-color"))
        .map(|m| Src {
            tag: "theme-color",
            value: m.content.as_deref().unwrap_or("").trim(),
            line: m.line,
        })
}

/// One step of a text chain (see `platforms`): a meta key, `title`, `meta
/// description`, `json-ld headline` / `json-ld description`, or `a|b`.
fn text_src<'a>(f: &'a Facts, key: &'static str) -> Option<Src<'a>> {
    match key {
        "title" => title_tag(f),
        "meta description" => meta_description(f),
        "json-ld headline" => json_ld_text(f, "headline", key),
        "json-ld description" => json_ld_text(f, "description", key),
        _ => match key.split_once('|') {
            Some((a, b)) => earliest(first_meta(f, a), first_meta(f, b)),
            None => first_meta(f, key),
        },
    }
}

/// A text field of an article or web page object in JSON-LD (what Mastodon reads).
fn json_ld_text<'a>(f: &'a Facts, field: &str, tag: &'static str) -> Option<Src<'a>> {
    let page_like = |o: &serde_json::Map<String, serde_json::Value>| {
        let t = o.get("@type").map(|t| t.to_string()).unwrap_or_default();
        ["Article", "WebPage", "Posting", "Report"]
            .iter()
            .any(|k| t.contains(k))
    };
    f.head.json_ld.iter().find_map(|b| {
        b.objects().into_iter().filter(|o| page_like(o)).find_map(|o| {
            let v = o.get(field)?.as_str()?.trim();
            (!v.is_empty()).then_some(Src {
                tag,
                value: v,
                line: b.line,
            })
        })
    })
}

fn declared(m: Option<&super::OgMedia>) -> (Option<u32>, Option<u32>) {
    m.map_or((None, None), |m| (m.width_px(), m.height_px()))
}

/// One step of an image chain.
fn image_src(f: &Facts, key: &'static str) -> Option<Pic> {
    let (s, label, (w, h)) = match key {
        "content image" => {
            let i = first_content_image(f)?;
            let px = |v: &Option<String>| v.as_deref().and_then(parse_px);
            return Some(Pic {
                url: i.abs.clone()?,
                label: "content image",
                w: px(&i.width),
                h: px(&i.height),
            });
        }
        "og:image (last)" => (
            last_meta(f, "og:image").or_else(|| last_meta(f, "og:image:url"))?,
            key,
            declared(f.head.og_images.last()),
        ),
        _ => {
            let s = match key.split_once('|') {
                Some((a, b)) => earliest(first_meta(f, a), first_meta(f, b))?,
                None => first_meta(f, key)?,
            };
            let og = s.tag.starts_with("og:");
            let label = if og { "og:image" } else { "twitter:image" };
            let dims = if og {
                declared(f.head.og_images.first())
            } else {
                (None, None)
            };
            (s, label, dims)
        }
    };
    Some(Pic {
        url: abs_image(f, s.value)?,
        label,
        w,
        h,
    })
}

/// The card size each platform draws (see the table at the top).
fn card_size(id: &str, f: &Facts, title: bool, pic: Option<&Pic>) -> CardSize {
    // Several twitter:card: the last wins.
    let tw_card = last_meta(f, "twitter:card").map(|s| s.value.to_ascii_lowercase());
    let large_tw = tw_card.as_deref() == Some("summary_large_image");
    let not_summary = tw_card.as_deref() != Some("summary");
    let (w, h) = pic.map_or((None, None), |p| (p.w, p.h));
    let narrower = |min_w: u32, min_h: u32| w.is_some_and(|w| w < min_w) || h.is_some_and(|h| h < min_h);
    let large = match (pic.is_some(), id) {
        (false, "pinterest") | (false, "google") => {
            return if title { CardSize::Small } else { CardSize::None }
        }
        (false, _) => false,
        (true, "facebook" | "threads") => !narrower(600, 315),
        (true, "x" | "discord") => large_tw,
        (true, "linkedin") => !narrower(401, 0),
        (true, "slack" | "telegram") => not_summary,
        (true, "whatsapp") => !narrower(300, 0),
        // Mastodon lays out a portrait or square picture beside the text.
        (true, "mastodon") => !matches!((w, h), (Some(w), Some(h)) if w <= h),
        (true, _) => true,
    };
    match (large, title || pic.is_some()) {
        (true, _) => CardSize::Large,
        (false, true) if title || id != "facebook" => CardSize::Small,
        _ => CardSize::None,
    }
}

fn warn(out: &mut Vec<PreviewWarning>, l: Locale, code: &'static str, en: String, tr: String) {
    out.push(PreviewWarning {
        code,
        message: l.pick(en, tr),
    });
}

/// Tags a platform does not read that the page relies on (a twitter:* tag with no og:* twin).
const TWINS: [(&str, &str); 3] = [
    ("twitter:title", "og:title"),
    ("twitter:description", "og:description"),
    ("twitter:image", "og:image"),
];

fn warnings(spec: &Spec, f: &Facts, p: &Preview, l: Locale) -> Vec<PreviewWarning> {
    let mut out = Vec::new();
    let n = spec.name;
    let shows = |x: &str| p.shows.contains(&x);
    if shows("image") && p.image.is_none() {
        warn(
            &mut out,
            l,
            "image-missing",
            format!("No image {n} can use: the card has no picture."),
            format!("{n} için kullanılabilir görsel yok: kart resimsiz görünür."),
        );
    }
    let (w, h) = (
        p.image_width.unwrap_or(u32::MAX),
        p.image_height.unwrap_or(u32::MAX),
    );
    // Unknown sizes (null) are not judged.
    if (spec.min_w > 0 && w < spec.min_w) || (spec.min_h > 0 && h < spec.min_h) {
        let min = match spec.min_h {
            0 => format!("{} px", spec.min_w),
            h => format!("{}×{h} px", spec.min_w),
        };
        // Declared or read from the file (`imageSizeSource` says which).
        let (w, h) = (fmt_px(p.image_width), fmt_px(p.image_height));
        let (en, tr) = (
            format!("{n} wants an image at least {min} wide; this one is {w}×{h} px."),
            format!("{n} en az {min} genişlikte görsel ister; bu görsel {w}×{h} piksel."),
        );
        warn(&mut out, l, "image-too-small", en, tr);
    }
    if let (Some(b), true) = (p.image_bytes, spec.max_bytes > 0) {
        if b > spec.max_bytes {
            let (kb, max) = (b / 1000, spec.max_bytes / 1000);
            warn(
                &mut out,
                l,
                "image-too-heavy",
                format!("The image is {kb} KB; {n} drops images over {max} KB."),
                format!("Görsel {kb} KB; {n} {max} KB üstündeki görselleri göstermez."),
            );
        }
    }
    if let (Some(w), Some(h)) = (p.image_width, p.image_height.filter(|h| *h > 0)) {
        let r = (u64::from(w) * 100 / u64::from(h)) as u32;
        let frame = u32::from(spec.frame);
        if frame > 0 && r.abs_diff(frame) * 10 > frame {
            let (a, b) = (frame / 100, frame % 100);
            warn(
                &mut out,
                l,
                "image-cropped",
                format!("{n} shows the image at {a}.{b:02}:1; this {w}×{h} image will be cropped."),
                format!("{n} görseli {a}.{b:02}:1 oranında gösterir; bu {w}×{h} görsel kırpılır."),
            );
        }
        if spec.max_ratio > 0 && r > u32::from(spec.max_ratio) {
            let m = spec.max_ratio / 100;
            warn(
                &mut out,
                l,
                "image-too-wide",
                format!("{n} takes images up to {m}:1 wide; this {w}×{h} image is wider."),
                format!("{n} en fazla {m}:1 genişlikte görsel alır; bu {w}×{h} görsel daha geniş."),
            );
        }
    }
    for ig in spec.ignores {
        for (tw, og) in TWINS.iter().filter(|(tw, _)| tw.starts_with(ig)) {
            if first_meta(f, tw).is_some() && first_meta(f, og).is_none() {
                warn(
                    &mut out,
                    l,
                    "tag-ignored",
                    format!("{n} does not read {tw} and there is no {og}."),
                    format!("{n} {tw} etiketini okumaz ve {og} yok."),
                );
            }
        }
        if "twitter:card".starts_with(ig) && *ig != "twitter:" {
            if let Some(c) = first_meta(f, "twitter:card").filter(|c| c.value == "summary") {
                let line = c.line;
                warn(&mut out, l, "tag-ignored", format!("{n} ignores twitter:card=summary (line {line}): it has no small card and shows the image large, cropped."), format!("{n} twitter:card=summary etiketini yok sayar (satır {line}): küçük kartı yoktur, görseli büyük ve kırpılmış gösterir."));
            }
        }
    }
    if p.title_truncated && shows("title") {
        let max = p
            .title_max_px
            .map_or(format!("{} characters", p.title_max), |px| format!("{px} px"));
        let max_tr = p
            .title_max_px
            .map_or(format!("{} karakterde", p.title_max), |px| {
                format!("{px} px genişlikte")
            });
        warn(
            &mut out,
            l,
            "title-cut",
            format!("{n} cuts the title at {max}."),
            format!("{n} başlığı {max_tr} keser."),
        );
    }
    if p.description_truncated && shows("description") {
        let max = p.description_max;
        warn(
            &mut out,
            l,
            "description-cut",
            format!("{n} cuts the description at {max} characters."),
            format!("{n} açıklamayı {max} karakterde keser."),
        );
    }
    // (X's large card says it once, below, for the title and the description)
    let x_large = spec.id == "x" && p.card == CardSize::Large;
    if p.description.is_some() && !shows("description") && !spec.description.is_empty() && !x_large {
        warn(
            &mut out,
            l,
            "not-shown",
            format!("{n} does not show the description on the card."),
            format!("{n} kartta açıklamayı göstermez."),
        );
    }
    match spec.id {
        "x" if p.card == CardSize::Large => warn(&mut out, l, "not-shown", "X shows article links as the image with a domain label: no title, no description.".into(), "X makale bağlantılarını yalnızca görsel ve alan adı etiketiyle gösterir: başlık ve açıklama görünmez.".into()),
        "imessage" if p.description.is_none() && first_meta(f, "og:description").or_else(|| meta_description(f)).is_some() => warn(&mut out, l, "not-shown", "iMessage shows no description.".into(), "iMessage açıklama göstermez.".into()),
        "discord" => {
            if let Some(t) = theme_color_tag(f).filter(|_| p.theme_color.is_none()) {
                let at = t.line;
                warn(&mut out, l, "theme-color-invalid", format!("theme-color (line {at}) is not a hex colour (#rgb or #rrggbb): Discord draws the embed's bar in its default grey."), format!("theme-color (satır {at}) onaltılık bir renk değil (#rgb ya da #rrggbb): Discord kartın çubuğunu varsayılan griyle çizer."));
            }
        }
        "whatsapp" => {
            // WhatsApp reads only the first 300 KB of the HTML: a tag that starts
            // later is not seen (the first og:title / og:description / og:image).
            let read = platforms::WHATSAPP_READ_BYTES;
            for tag in ["og:title", "og:description", "og:image"] {
                let Some(m) = f.head.metas.iter().find(|m| m.key() == Some(tag) && m.has_text()) else { continue };
                let Some(at) = m.offset.filter(|at| *at >= read) else { continue };
                let (kb, line) = (at / 1024, m.line);
                warn(&mut out, l, "head-300kb", format!("{tag} (line {line}) starts {kb} KB into the HTML: WhatsApp reads only the first 300 KB and will not see it. Move it to the top of <head>."), format!("{tag} (satır {line}) HTML'in {kb}. KB'ında başlıyor: WhatsApp yalnızca ilk 300 KB'ı okur ve bu etiketi görmez. <head> içinde en üste taşıyın."));
            }
            for tag in ["og:title", "og:description", "og:url"] {
                if first_meta(f, tag).is_none() {
                    warn(&mut out, l, "tag-missing", format!("WhatsApp needs {tag}; it is missing."), format!("WhatsApp {tag} ister; eksik."));
                }
            }
        }
        "mastodon" => {
            if let Some(o) = f.head.links_rel("alternate").find(|k| k.type_.as_deref().is_some_and(|t| t.contains("oembed"))) {
                let line = o.line;
                warn(&mut out, l, "other-source", format!("Mastodon reads the oEmbed document (line {line}) first: its title and image win over og:*."), format!("Mastodon önce oEmbed belgesini (satır {line}) okur: başlığı ve görseli og:* etiketlerinin önüne geçer."));
            }
            if let (Some("json-ld headline"), Some(og)) = (p.title_source, first_meta(f, "og:title")) {
                if p.title.as_deref().map(squash) != Some(squash(og.value)) {
                    warn(&mut out, l, "other-source", "Mastodon shows the JSON-LD headline, not og:title, and they differ.".into(), "Mastodon og:title yerine JSON-LD headline değerini gösterir ve ikisi farklı.".into());
                }
            }
        }
        "pinterest" => {
            let t = first_meta(f, "og:type").map(|t| t.value.to_ascii_lowercase());
            if !matches!(t.as_deref(), Some("article" | "blog")) {
                warn(&mut out, l, "rich-pin-type", "Pinterest makes a Rich Pin only for og:type article (or blog).".into(), "Pinterest yalnızca og:type article (ya da blog) için Rich Pin oluşturur.".into());
            }
            if first_meta(f, "article:author").is_some_and(|a| a.value.starts_with("http")) {
                warn(&mut out, l, "author-url", "Pinterest wants article:author as a plain name; Facebook wants a profile URL: the two conflict.".into(), "Pinterest article:author için düz bir ad ister, Facebook profil adresi: ikisi çelişir.".into());
            }
        }
        _ => {}
    }
    out
}

/// A size in pixels for messages (`?` when unknown).
fn fmt_px(v: Option<u32>) -> String {
    v.map_or("?".to_string(), |v| v.to_string())
}

fn preview(spec: &Spec, f: &Facts, images: &[ImageInfo], l: Locale) -> (Preview, [Option<TagValue>; 3]) {
    let title = spec.title.iter().find_map(|k| text_src(f, k));
    let desc = spec.description.iter().find_map(|k| text_src(f, k));
    let mut pic = spec.image.iter().find_map(|k| image_src(f, k));
    let mut size_source = pic
        .as_ref()
        .and_then(|p| (p.w.is_some() || p.h.is_some()).then_some("declared"));
    let mut image_bytes = None;
    // What is known of the file itself wins over what the tags declare.
    if let Some(p) = pic.as_mut() {
        if let Some(m) = measured(f, images, &p.url) {
            image_bytes = m.bytes;
            if m.width.is_some() || m.height.is_some() {
                (p.w, p.h) = (m.width, m.height);
                size_source = Some("file");
            }
        }
    }
    // (og:url is resolved only when there is no page URL.)
    let domain = match f.page_url.as_ref() {
        Some(u) => super::site_host(u),
        None => f.head.og_url_abs().as_ref().and_then(super::site_host),
    };
    let site = match spec.id {
        "x" => first_meta(f, "twitter:site").map(|s| s.value.to_string()),
        "mastodon" => {
            json_ld_publisher(f).or_else(|| first_meta(f, "og:site_name").map(|s| s.value.to_string()))
        }
        _ if spec.shows.contains(&"siteName") => first_meta(f, "og:site_name").map(|s| s.value.to_string()),
        _ => None,
    };
    let cut = |s: Option<Src>, max: usize| {
        s.map(|s| {
            let t = squash(s.value);
            let shown = truncate(&t, max);
            let truncated = shown != t;
            (shown, s.tag, truncated)
        })
    };
    let (t, title_px) = match (spec.id, title) {
        ("google", Some(s)) => {
            let full = squash(s.value);
            let (shown, cut) =
                platforms::cut_px(&full, platforms::GOOGLE_TITLE_PX, platforms::GOOGLE_TITLE_FONT_PX);
            (
                Some((shown, s.tag, cut)),
                Some(platforms::text_px(&full, platforms::GOOGLE_TITLE_FONT_PX)),
            )
        }
        _ => (cut(title, spec.title_max), None),
    };
    let d = cut(desc, spec.description_max);
    let card = card_size(spec.id, f, t.is_some(), pic.as_ref());
    let keep = [
        title.map(|s| tv_as(spec.id, s.value.into(), s.line)),
        desc.map(|s| tv_as(spec.id, s.value.into(), s.line)),
        pic.as_ref().map(|p| tv_as(spec.id, p.url.to_string(), 0)),
    ];
    let mut p = Preview {
        title_source: t.as_ref().map(|x| x.1),
        title_truncated: t.as_ref().is_some_and(|x| x.2),
        title: t.map(|x| x.0),
        description_source: d.as_ref().map(|x| x.1),
        description_truncated: d.as_ref().is_some_and(|x| x.2),
        description: d.map(|x| x.0),
        image_source: pic.as_ref().map(|i| i.label),
        image_width: pic.as_ref().and_then(|i| i.w),
        image_height: pic.as_ref().and_then(|i| i.h),
        image_size_source: size_source,
        image_bytes,
        theme_color: match spec.id {
            "discord" => theme_color_tag(f).and_then(|t| hex_color(t.value)),
            _ => None,
        },
        image: pic.map(|i| i.url.to_string()),
        site_name: match spec.id {
            // Discord prints og:site_name only when it is set; no domain fallback.
            "discord" => site,
            _ => site.or_else(|| domain.clone()),
        },
        domain,
        card,
        title_max: spec.title_max,
        description_max: spec.description_max,
        title_px,
        title_max_px: title_px.map(|_| platforms::GOOGLE_TITLE_PX),
        shows: match (spec.id, card) {
            ("x", CardSize::Small) => platforms::X_SUMMARY_SHOWS.to_vec(),
            _ => spec.shows.to_vec(),
        },
        source: spec.sources[0],
        warnings: Vec::new(),
    };
    p.warnings = warnings(spec, f, &p, l);
    (p, keep)
}

fn json_ld_publisher(f: &Facts) -> Option<String> {
    f.head.json_ld_objects().find_map(|o| {
        let n = o.get("publisher")?.get("name")?.as_str()?.trim();
        (!n.is_empty()).then(|| n.to_string())
    })
}

fn tv_as(id: &'static str, value: String, line: u32) -> TagValue {
    TagValue {
        tag: id.to_string(),
        value,
        line,
    }
}

pub fn extract(f: &Facts, opts: &Options) -> PreviewFacts {
    extract_with(f, opts, &opts.images)
}

/// The previews with what is known of image files (`images`: the
/// caller's, or a site's files for this page's images).
pub fn extract_with(f: &Facts, opts: &Options, images: &[ImageInfo]) -> PreviewFacts {
    let mut conflicts = conflicts(f);
    let mut all: Vec<(Preview, [Option<TagValue>; 3])> = platforms::ALL
        .iter()
        .map(|s| preview(s, f, images, opts.locale))
        .collect();
    // Platforms disagree: the same field read as different values (one entry per value,
    // the platforms that show it named in `tag`).
    for (i, (field, shown)) in [
        ("platform-title", "title"),
        ("platform-description", "description"),
        ("platform-image", "image"),
    ]
    .into_iter()
    .enumerate()
    {
        let mut groups: Vec<TagValue> = Vec::new();
        for (spec, (_, keep)) in platforms::ALL.iter().zip(&all) {
            // Google's result title is meant to differ from the share title.
            let Some(v) = keep[i]
                .as_ref()
                .filter(|_| spec.shows.contains(&shown) && spec.id != "google")
            else {
                continue;
            };
            let key = squash(&v.value);
            match groups.iter_mut().find(|g| squash(&g.value) == key) {
                Some(g) => {
                    g.tag.push_str(", ");
                    g.tag.push_str(spec.id);
                }
                None => groups.push(v.clone()),
            }
        }
        if groups.len() > 1 {
            conflicts.push(Conflict {
                field,
                values: groups,
            });
        }
    }
    let mut take = |i: usize| std::mem::take(&mut all[i].0);
    PreviewFacts {
        previews: Previews {
            facebook: take(0),
            x: take(1),
            linkedin: take(2),
            slack: take(3),
            discord: take(4),
            whatsapp: take(5),
            telegram: take(6),
            imessage: take(7),
            bluesky: take(8),
            mastodon: take(9),
            threads: take(10),
            pinterest: take(11),
            google: take(12),
            conflicts,
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
                tag: "canonical".into(),
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
        tag: s.tag.into(),
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
        // Conflicts: title and image; the platforms show two images.
        let fields: Vec<&str> = p.conflicts.iter().map(|c| c.field).collect();
        assert_eq!(fields, vec!["title", "image", "platform-image"]);
        assert_eq!(p.conflicts[0].values[1].line, 3);
        let images = &p.conflicts[2].values;
        assert_eq!(images[0].tag, "facebook, linkedin, slack, discord, whatsapp, telegram, imessage, bluesky, mastodon, threads, pinterest");
        assert_eq!(images[1].tag, "x");
        assert_eq!(images[1].value, "https://cdn.example.com/x.jpg");
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

    fn codes(p: &Preview) -> Vec<&'static str> {
        p.warnings.iter().map(|w| w.code).collect()
    }

    #[test]
    fn facebook_and_threads_small_declared_image() {
        let f = facts(
            r#"<head><title>Doc</title><meta property="og:title" content="OG">
<meta property="og:image" content="https://e.com/i.jpg"><meta property="og:image:width" content="150"><meta property="og:image:height" content="150"></head>"#,
            None,
        );
        let p = &f.previews.previews;
        for pv in [&p.facebook, &p.threads] {
            assert_eq!(pv.title.as_deref(), Some("OG"));
            assert_eq!(
                (pv.image_width, pv.image_height, pv.image_bytes),
                (Some(150), Some(150), None)
            );
            assert_eq!(pv.card, CardSize::Small);
            assert_eq!(codes(pv), ["image-too-small", "image-cropped"]);
        }
        assert!(p.facebook.source.starts_with("https://developers.facebook.com/"));
    }

    #[test]
    fn x_summary_card_keeps_its_title_and_description() {
        let f = facts(
            r#"<head><meta name="twitter:card" content="summary">
<meta name="twitter:title" content="X title"><meta name="twitter:description" content="X text.">
<meta name="twitter:image" content="https://e.com/x.jpg"></head>"#,
            None,
        );
        let x = &f.previews.previews.x;
        assert_eq!(x.card, CardSize::Small);
        assert_eq!(x.shows, ["image", "domain", "title", "description"]);
        assert!(!codes(x).contains(&"not-shown"));
    }

    #[test]
    fn x_large_card_is_image_only_linkedin_ignores_twitter_tags() {
        let f = facts(
            r#"<head><title>Doc title</title><meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="X title"><meta name="twitter:image" content="https://e.com/x.jpg">
<meta name="description" content="Meta."></head>"#,
            None,
        );
        let p = &f.previews.previews;
        assert_eq!(p.x.card, CardSize::Large);
        assert_eq!(p.x.shows, ["image", "domain"]);
        assert!(codes(&p.x).contains(&"not-shown"));
        // LinkedIn reads no twitter:*: the <title>, no image, no description shown.
        assert_eq!(p.linkedin.title.as_deref(), Some("Doc title"));
        assert_eq!(p.linkedin.image, None);
        assert_eq!(
            codes(&p.linkedin),
            ["image-missing", "tag-ignored", "tag-ignored", "not-shown"]
        );
    }

    #[test]
    fn slack_discord_telegram_cut_and_fall_back() {
        let long = "word ".repeat(80);
        let f = facts(
            &format!(
                r#"<head><title>Doc</title><meta name="twitter:title" content="{long}"><meta name="twitter:description" content="{long}"></head>"#
            ),
            None,
        );
        let p = &f.previews.previews;
        assert_eq!(p.slack.title_source, Some("twitter:title"));
        assert!(codes(&p.slack).contains(&"title-cut"));
        assert!(codes(&p.discord).contains(&"description-cut"));
        assert_eq!(p.telegram.title_source, Some("twitter:title"));
        // No image: a text-only card, said once per platform that shows images.
        assert_eq!(
            codes(&p.telegram),
            ["image-missing", "title-cut", "description-cut"]
        );
    }

    #[test]
    fn whatsapp_head_rule_ratio_and_required_tags() {
        let pad = "x".repeat(310 * 1024);
        let f = facts(
            &format!(
                r#"<head><meta property="og:title" content="T"><meta property="og:image" content="https://e.com/w.jpg"><meta property="og:image:width" content="2000"><meta property="og:image:height" content="400"></head><body><p>{pad}</p></body>"#
            ),
            None,
        );
        let w = &f.previews.previews.whatsapp;
        assert_eq!(w.image_source, Some("og:image (last)"));
        // The tags sit at the top of a 310 KB page: WhatsApp reads them.
        assert_eq!(codes(w), ["image-too-wide", "tag-missing", "tag-missing"]);
    }

    #[test]
    fn imessage_bluesky_pinterest_rules() {
        let f = facts(
            r#"<head><meta property="og:title" content="T"><meta property="og:description" content="D">
<meta name="twitter:card" content="summary"><meta property="og:image" content="https://e.com/sq.jpg">
<meta property="og:image:width" content="800"><meta property="og:image:height" content="800">
<meta property="article:author" content="https://facebook.com/me"></head>"#,
            None,
        );
        let p = &f.previews.previews;
        assert_eq!(p.imessage.description, None);
        assert_eq!(codes(&p.imessage), ["not-shown"]);
        assert_eq!(p.bluesky.card, CardSize::Large);
        assert_eq!(codes(&p.bluesky), ["image-cropped", "tag-ignored"]);
        assert_eq!(p.pinterest.card, CardSize::Large);
        assert_eq!(
            codes(&p.pinterest),
            ["image-too-small", "rich-pin-type", "author-url"]
        );
        // Mastodon lays a square picture beside the text.
        assert_eq!(p.mastodon.card, CardSize::Small);
    }

    #[test]
    fn mastodon_takes_oembed_then_json_ld_headline() {
        let f = facts(
            r#"<head><title>Doc</title><meta property="og:title" content="OG title">
<link rel="alternate" type="application/json+oembed" href="https://e.com/oembed?u=1">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"The headline","publisher":{"name":"Daily"}}</script></head>"#,
            None,
        );
        let p = &f.previews.previews;
        assert_eq!(p.mastodon.title.as_deref(), Some("The headline"));
        assert_eq!(p.mastodon.title_source, Some("json-ld headline"));
        assert_eq!(p.mastodon.site_name.as_deref(), Some("Daily"));
        assert_eq!(
            codes(&p.mastodon),
            ["image-missing", "other-source", "other-source"]
        );
        let c = p
            .conflicts
            .iter()
            .find(|c| c.field == "platform-title")
            .expect("disagree");
        assert_eq!(c.values[1].tag, "mastodon");
    }

    fn with_images(html: &str, images: Vec<ImageInfo>) -> Facts {
        let opts = Options {
            url: Some("https://example.com/post".into()),
            images,
            ..Default::default()
        };
        crate::facts::from_bytes(html.as_bytes(), &opts).expect("facts")
    }

    fn image(url: &str, bytes: u64, w: u32, h: u32) -> ImageInfo {
        ImageInfo {
            url: url.into(),
            bytes: Some(bytes),
            width: Some(w),
            height: Some(h),
        }
    }

    const DECLARED_CARD: &str = r#"<head><meta property="og:title" content="T"><meta property="og:description" content="D"><meta property="og:url" content="https://example.com/post">
<meta property="og:image" content="/og.png"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630"></head>"#;

    #[test]
    fn declared_sizes_say_so_and_no_bytes_are_known() {
        let f = with_images(DECLARED_CARD, vec![]);
        let p = &f.previews.previews;
        assert_eq!(p.facebook.image_size_source, Some("declared"));
        assert_eq!(p.whatsapp.image_bytes, None);
        assert!(codes(&p.whatsapp).is_empty());
        // No image at all: no size source.
        let f = facts("<title>T</title>", None);
        assert_eq!(f.previews.previews.facebook.image_size_source, None);
    }

    #[test]
    fn a_known_file_gives_real_bytes_and_pixels() {
        // The same image named relative in the option, absolute in the page.
        let f = with_images(DECLARED_CARD, vec![image("/og.png#x", 700_000, 1200, 630)]);
        let p = &f.previews.previews;
        for pv in p.all().into_iter().filter(|pv| pv.image.is_some()) {
            assert_eq!(pv.image_size_source, Some("file"));
            assert_eq!(pv.image_bytes, Some(700_000));
            assert_eq!((pv.image_width, pv.image_height), (Some(1200), Some(630)));
        }
        // WhatsApp drops images over 600 KB; Facebook takes up to 8 MB.
        assert_eq!(codes(&p.whatsapp), ["image-too-heavy"]);
        assert_eq!(
            p.whatsapp.warnings[0].message,
            "The image is 700 KB; WhatsApp drops images over 600 KB."
        );
        assert!(codes(&p.facebook).is_empty());
        assert!(!codes(&p.bluesky).contains(&"image-too-heavy"));
        let f = with_images(
            DECLARED_CARD,
            vec![image("https://example.com/og.png", 1_200_000, 1200, 630)],
        );
        assert!(codes(&f.previews.previews.bluesky).contains(&"image-too-heavy"));

        // The file is smaller than declared: the file wins (card, warnings).
        let f = with_images(DECLARED_CARD, vec![image("og.png", 20_000, 150, 150)]);
        let p = &f.previews.previews;
        assert_eq!(
            (p.facebook.image_width, p.facebook.image_height),
            (Some(150), Some(150))
        );
        assert_eq!(p.facebook.card, CardSize::Small);
        assert_eq!(codes(&p.facebook), ["image-too-small", "image-cropped"]);
        assert_eq!(
            p.facebook.warnings[0].message,
            "Facebook wants an image at least 200×200 px wide; this one is 150×150 px."
        );
        assert_eq!(codes(&p.whatsapp), ["image-too-small"]);
        assert_eq!(codes(&p.bluesky), ["image-cropped"]);
        // An image the page does not show is not joined.
        let f = with_images(DECLARED_CARD, vec![image("/other.png", 9_000_000, 10, 10)]);
        assert_eq!(f.previews.previews.facebook.image_size_source, Some("declared"));
        assert_eq!(f.previews.previews.facebook.image_bytes, None);
    }

    #[test]
    fn a_file_of_known_bytes_only_keeps_the_declared_pixels() {
        let only_bytes = ImageInfo {
            url: "https://example.com/og.png".into(),
            bytes: Some(650_000),
            width: None,
            height: None,
        };
        let f = with_images(DECLARED_CARD, vec![only_bytes]);
        let w = &f.previews.previews.whatsapp;
        assert_eq!(w.image_size_source, Some("declared"));
        assert_eq!(w.image_bytes, Some(650_000));
        assert_eq!(codes(w), ["image-too-heavy"]);
    }

    #[test]
    fn whatsapp_300kb_rule_is_by_where_the_tags_start() {
        let script = format!("<script>var pad = \"{}\";</script>", "x".repeat(400 * 1024));
        let tags = r#"<meta property="og:title" content="T"><meta property="og:description" content="D"><meta property="og:url" content="https://e.com/"><meta property="og:image" content="https://e.com/w.jpg">"#;
        // A 1 MB page whose tags come first: WhatsApp sees them.
        let body = format!("<p>{}</p>", "y ".repeat(512 * 1024));
        let f = facts(
            &format!("<html><head>{tags}{script}</head><body>{body}</body></html>"),
            None,
        );
        assert!(f.html_bytes > 1024 * 1024);
        assert!(!codes(&f.previews.previews.whatsapp).contains(&"head-300kb"));
        // The tags after 400 KB of inline script (on one line, then on lines of their own).
        for sep in ["", "\n"] {
            let html = format!(
                "<html><head><meta property=\"og:title\" content=\"T\">{sep}{script}{sep}{}</head><body>{body}</body></html>",
                tags.replace("<meta property=\"og:title\" content=\"T\">", "").replace("><", &format!(">{sep}<"))
            );
            let f = facts(&html, None);
            let w = &f.previews.previews.whatsapp;
            assert_eq!(codes(w), ["head-300kb", "head-300kb"], "{sep:?}");
            assert!(
                w.warnings[0].message.starts_with("og:description (line "),
                "{}",
                w.warnings[0].message
            );
            assert!(
                w.warnings[0].message.contains("400 KB into the HTML"),
                "{}",
                w.warnings[0].message
            );
            assert!(w.warnings[1].message.starts_with("og:image (line "));
        }
        // A small page has no offsets to read.
        let f = facts(tags, None);
        assert!(f.head.metas.iter().all(|m| m.offset.is_none()));
    }

    #[test]
    fn meta_offsets_are_where_the_tags_start() {
        let pad = "z".repeat(310 * 1024);
        let html = format!("<head><meta charset=utf-8>\n<script>\"<meta property=og:title>\"</script><meta\n  property=\"og:title\"\n content=\"T\"><!--{pad}--><META NAME=description content=d></head>");
        let f = facts(&html, None);
        let at = |i: usize| f.head.metas[i].offset.expect("located");
        assert_eq!(at(0), 6);
        // The tag that spans lines starts at its `<meta`, not the string in the script.
        assert_eq!(&html[at(1)..at(1) + 5], "<meta");
        assert!(at(1) > html.find("</script>").unwrap());
        assert_eq!(&html[at(2)..at(2) + 5], "<META");
        assert!(at(2) > 310 * 1024);
    }

    #[test]
    fn discord_theme_color() {
        for (v, want) in [
            ("#ABC", Some("#aabbcc")),
            (" #12ab9F ", Some("#12ab9f")),
            ("#12345", None),
            ("#12345678", None),
            ("red", None),
            ("rgb(1,2,3)", None),
            ("#ggg", None),
            ("", None),
        ] {
            assert_eq!(hex_color(v).as_deref(), want, "{v}");
        }
        let f = facts(
            r##"<meta name="theme-color" content="#FF5500"><meta name="theme-color" content="#000">"##,
            None,
        );
        let p = &f.previews.previews;
        assert_eq!(p.discord.theme_color.as_deref(), Some("#ff5500"));
        assert!(!codes(&p.discord).contains(&"theme-color-invalid"));
        assert_eq!(p.slack.theme_color, None);
        let f = facts(r#"<meta name="theme-color" content="tomato">"#, None);
        let d = &f.previews.previews.discord;
        assert_eq!(d.theme_color, None);
        assert!(codes(d).contains(&"theme-color-invalid"));
        assert!(d
            .warnings
            .iter()
            .any(|w| w.message.contains("theme-color (line 1)")));
        // None at all: null and no warning.
        let f = facts("<title>T</title>", None);
        assert_eq!(f.previews.previews.discord.theme_color, None);
        assert!(!codes(&f.previews.previews.discord).contains(&"theme-color-invalid"));
    }

    #[test]
    fn google_title_is_cut_by_pixel_width() {
        let title = "Wide Words With Many Wide Letters: WWW MMM WWW MMM WWW MMM Welcome";
        let opts = Options {
            locale: Locale::Tr,
            ..Default::default()
        };
        let f = crate::facts::from_bytes(format!("<title>{title}</title>").as_bytes(), &opts).expect("facts");
        let g = &f.previews.previews.google;
        assert!(g.title_truncated);
        assert!(g.title_px.unwrap_or(0) > 600);
        assert_eq!(g.title_max_px, Some(600));
        assert!(platforms::text_px(g.title.as_deref().unwrap_or(""), 20) <= 600);
        // Same length in narrow letters fits.
        assert_eq!(codes(g), ["title-cut"]);
        assert_eq!(g.warnings[0].message, "Google başlığı 600 px genişlikte keser.");
        let f = facts(&format!("<title>{}</title>", "i".repeat(title.len())), None);
        assert!(!f.previews.previews.google.title_truncated);
    }
}
