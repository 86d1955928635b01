//! Page → Facts: everything the checks need, gathered once.
//!
//! `base` walks the parsed tree once (iteratively, so deep nesting cannot
//! overflow the stack) and records every element a check may ask about, with its
//! line, a short CSS selector and the page regions it sits in. The domain
//! extractors (main content, navigation, share, readability, profile) then work
//! from the same parsed tree and the base facts; checks never see the DOM.
//!
//! Adding a fact: add a field to the domain struct that owns it (or a new domain
//! file) — checks that do not read it are untouched.

pub mod base;
pub mod head;
pub mod kind;
pub mod lexicon;
pub mod main_content;
pub mod navigation;
pub mod platforms;
pub mod previews;
pub mod profile;
pub mod readability;
pub mod share;
pub mod site;
pub mod suggest;

use serde::Serialize;
use url::Url;

use crate::dom::Doc;
use crate::options::Options;

pub use base::*;
pub use head::*;
pub use kind::PageKind;

/// Everything known about one page. Raw element lists are not serialized; the
/// report's `facts` object carries the summaries a user wants to see.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(missing_as_null, hashmap_as_object))]
#[cfg_attr(feature = "tsify", tsify(rename = "PageFacts"))]
#[serde(rename_all = "camelCase")]
pub struct Facts {
    /// The page address the URL checks use: given URL, else canonical, else og:url.
    #[serde(serialize_with = "ser_opt_url")]
    #[cfg_attr(feature = "tsify", tsify(type = "string | null"))]
    pub page_url: Option<Url>,
    /// Where `page_url` came from: `given`, `canonical`, `og:url`, or null.
    pub page_url_source: Option<&'static str>,
    #[serde(skip)]
    pub given_url: Option<Url>,
    /// The URL links are resolved against (`<base href>` or the page URL).
    #[serde(skip)]
    pub base_url: Option<Url>,
    pub kind: PageKind,
    /// Size of the HTML in bytes, and how it was decoded.
    pub html_bytes: usize,
    pub encoding: &'static str,
    #[serde(flatten)]
    pub head: HeadFacts,
    #[serde(skip)]
    pub body: BodyFacts,
    #[serde(flatten)]
    pub main: main_content::MainFacts,
    #[serde(flatten)]
    pub nav: navigation::NavFacts,
    #[serde(flatten)]
    pub share: share::ShareFacts,
    #[serde(flatten)]
    pub readability: readability::ReadabilityFacts,
    #[serde(flatten)]
    pub profile: profile::ProfileFacts,
    #[serde(flatten)]
    pub suggest: suggest::SuggestFacts,
    #[serde(flatten)]
    pub previews: previews::PreviewFacts,
}

fn ser_opt_url<S: serde::Serializer>(u: &Option<Url>, s: S) -> Result<S::Ok, S::Error> {
    match u {
        Some(u) => s.serialize_str(u.as_str()),
        None => s.serialize_none(),
    }
}

/// Parse-free entry: build all facts from a parsed document.
/// `source` is the text the document was parsed from (tag offsets are read in it).
pub fn extract(doc: &Doc, source: &str, html_bytes: usize, encoding: &'static str, opts: &Options) -> Facts {
    let given_url = opts.url.as_deref().and_then(|u| Url::parse(u).ok());
    let (mut head, mut body) = base::walk(doc);
    if source.len() > head::LOCATE_FROM {
        head::locate_metas(&mut head.metas, source);
    }
    // Page URL: given, else canonical, else og:url (absolute http(s) only).
    let (page_url, page_url_source) = if let Some(u) = &given_url {
        (Some(u.clone()), Some("given"))
    } else if let Some(u) = head.canonical_abs() {
        (Some(u), Some("canonical"))
    } else if let Some(u) = head.og_url_abs() {
        (Some(u), Some("og:url"))
    } else {
        (None, None)
    };
    // Links resolve against <base href> (itself resolved against the page URL).
    let base_url = match (&head.base_href, &page_url) {
        (Some(b), Some(p)) => p.join(b).ok().or_else(|| Some(p.clone())),
        (Some(b), None) => Url::parse(b).ok(),
        (None, p) => p.clone(),
    };
    base::resolve(&mut head, &mut body, base_url.as_ref(), page_url.as_ref());

    let mut facts = Facts {
        page_url,
        page_url_source,
        given_url,
        base_url,
        kind: PageKind::Page,
        html_bytes,
        encoding,
        head,
        body,
        main: Default::default(),
        nav: Default::default(),
        share: Default::default(),
        readability: Default::default(),
        profile: Default::default(),
        suggest: Default::default(),
        previews: Default::default(),
    };
    facts.main = main_content::extract(doc, &mut facts);
    if opts.include_text {
        facts.main.shown = Some(main_content::ShownText {
            headline: facts.main.headline.clone(),
            main_text: facts.main.text(),
        });
    }
    facts.nav = navigation::extract(doc, &facts);
    facts.share = share::extract(doc, &facts);
    facts.kind = kind::detect(&facts, opts.kind);
    facts.readability = readability::extract(doc, &facts, opts);
    facts.profile = profile::extract(doc, &facts);
    facts.suggest = suggest::extract(&facts, opts);
    facts.previews = previews::extract(&facts, opts);
    facts
}

impl Facts {
    /// The language used for text analysis (BCP 47 primary tag), when known:
    /// the `language` option, else `<html lang>`, else og:locale / Content-Language,
    /// else the language detected in the main text (see `readability.rs`).
    pub fn readability_language(&self) -> Option<String> {
        self.readability.readability.language.clone()
    }
}

/// Decode, parse once, and gather the facts of one page.
pub fn from_bytes(bytes: &[u8], opts: &crate::options::Options) -> Result<Facts, crate::options::Error> {
    crate::options::validate(opts)?;
    let decoded = crate::input::decode(bytes, opts.content_type.as_deref(), opts.max_bytes)?;
    crate::input::check_nesting(&decoded.text, opts.max_depth)?;
    let doc = crate::dom::Doc::parse(&decoded.text);
    Ok(extract(&doc, &decoded.text, bytes.len(), decoded.encoding, opts))
}

#[cfg(test)]
mod tests {
    /// A charset `<meta>` after 1,024 bytes of head re-decodes the page: the
    /// title of a windows-1250 and a gb2312 page reads right.
    #[test]
    fn late_charset_meta_titles() {
        for (label, title, name) in [
            ("windows-1250", "Žluťoučký kůň úpěl ďábelské ódy", "windows-1250"),
            ("gb2312", "中文网页标题", "GBK"),
        ] {
            let enc = encoding_rs::Encoding::for_label(label.as_bytes()).unwrap();
            let css = "p.lead { font: 1.1em/1.5 Georgia, serif; color: #222; }\n".repeat(25);
            assert!(css.len() > 1024);
            let html = format!(
                "<!doctype html><html><head><style>{css}</style><meta charset={label}><title>{title}</title></head><body><h1>{title}</h1></body></html>"
            );
            let bytes = enc.encode(&html).0.into_owned();
            let f = super::from_bytes(&bytes, &Default::default()).unwrap();
            assert_eq!(f.head.title.as_deref(), Some(title), "{label}");
            assert_eq!(f.encoding, name);
        }
    }
}

/// Helpers for the facts layer's tests (and the layers above).
#[cfg(test)]
pub mod test_util {
    use super::Facts;
    use crate::options::Options;

    /// Facts for an HTML snippet (and an optional page URL).
    pub fn facts(html: &str, url: Option<&str>) -> Facts {
        let opts = Options {
            url: url.map(str::to_string),
            ..Default::default()
        };
        super::from_bytes(html.as_bytes(), &opts).expect("facts")
    }
}
