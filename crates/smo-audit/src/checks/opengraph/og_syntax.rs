//! `og-syntax`: Open Graph and card tags written so that every crawler reads them.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::common::meta_ev;
use crate::checks::{Category, Check, Ctx, Outcome, RuleDoc, Text};
use crate::facts::{is_og_prefixed, MetaTag};

pub static CHECK: Check = Check {
    id: "og-syntax",
    category: Category::Opengraph,
    weight: 2,
    title: Text {
        en: "Social tag syntax",
        tr: "Sosyal etiketlerin yazımı",
    },
    help: Text {
        en: "Write each tag once, in <head>, as <meta property=\"og:…\" content=\"…\"> with plain text in content (escaped once).",
        tr: "Her etiketi bir kez, <head> içinde, <meta property=\"og:…\" content=\"…\"> olarak ve content içinde bir kez kaçışlanmış düz metinle yazın.",
    },
    doc: RuleDoc {
        what: "Looks at every Open Graph (`og:`, `article:`, `fb:`, `profile:`, `product:`, ...) and `twitter:` meta tag. Fail: a tag with an empty or missing `content`; or a single-valued property (og:title, og:description, og:url, og:type, og:site_name, og:locale, og:determiner, twitter:card, twitter:title, twitter:description, twitter:site, twitter:creator, twitter:url) given twice with different values. Warn: an `og:` tag written with `name=` instead of `property=`; an X card tag with `value=` instead of `content=` (`<meta name=\"twitter:site\" value=\"@brand\">`: X reads it, so the audit reads it too, but other crawlers read only `content`; on an Open Graph tag `value=` is not read at all and fails as an empty tag); social tags outside `<head>`; content escaped twice (after HTML decoding it still holds `&amp;`, `&quot;`, `&#39;`, `&lt;`, ... — the source said `&amp;amp;`). Pass otherwise. Skip: no social tags at all (og-title reports that).",
        why: "Crawlers differ in how forgiving they are: Facebook takes the first of two og:title tags, Slack whichever comes first, LinkedIn sometimes the last, so duplicates give different titles on different networks. Tags in <body> are ignored by several crawlers, `name=\"og:…\"` is not what the protocol says (Facebook accepts it, others may not), and double-escaped text shows up as a literal `&amp;` in the card.",
        fix: "Let one place (your SEO plugin or theme, not both) print the tags, once, in <head>, with property= for og:* and name= for twitter:*, the text in content=; escape the text once.",
        example: "<meta property=\"og:title\" content=\"Tom &amp; Jerry\">  <!-- shows: Tom & Jerry -->",
        sources: &[
            "https://ogp.me/#metadata (property attribute, RDFa)",
            "https://developers.facebook.com/tools/debug/ (Sharing Debugger warnings on duplicate properties)",
            "https://developer.x.com/en/docs/x-for-websites/cards/overview/markup",
        ],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

const SINGLE: &[&str] = &[
    "og:title",
    "og:description",
    "og:url",
    "og:type",
    "og:site_name",
    "og:locale",
    "og:determiner",
    "twitter:card",
    "twitter:title",
    "twitter:description",
    "twitter:site",
    "twitter:creator",
    "twitter:url",
];

fn double_escaped(s: &str) -> bool {
    if !s.contains('&') {
        return false;
    }
    static RE: OnceLock<Option<regex_lite::Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        regex_lite::Regex::new(r"&(?:amp|quot|apos|lt|gt|nbsp|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});").ok()
    })
    .as_ref()
    .is_some_and(|re| re.is_match(s))
}

fn is_social(m: &MetaTag) -> bool {
    m.key()
        .is_some_and(|k| is_og_prefixed(k) || k.starts_with("twitter:"))
        || m.name.as_deref().is_some_and(is_og_prefixed)
}

fn run(ctx: &Ctx) -> Outcome {
    let h = &ctx.facts.head;
    let tags: Vec<&MetaTag> = h.metas.iter().filter(|m| is_social(m)).collect();
    if tags.is_empty() {
        return Outcome::skip(ctx.t(
            "No Open Graph or X card tags to check.",
            "Denetlenecek Open Graph ya da X kart etiketi yok.",
        ));
    }
    let mut fails: Vec<(String, String, &MetaTag)> = Vec::new(); // (en, tr, tag)
    let mut warns: Vec<(String, String, &MetaTag)> = Vec::new();
    let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
    let mut dup_reported: Vec<&str> = Vec::new();
    for m in &tags {
        let key = m
            .name
            .as_deref()
            .filter(|n| is_og_prefixed(n) && m.property.is_none())
            .or(m.key())
            .unwrap_or("");
        let content = m.content.as_deref().map(str::trim);
        match content {
            None if m.from_value => fails.push((
                format!(
                    "{} uses value= instead of content= (line {}): Open Graph crawlers read only content.",
                    key, m.line
                ),
                format!(
                    "{} content= yerine value= ile yazılmış (satır {}): Open Graph tarayıcı botları yalnızca content okur.",
                    key, m.line
                ),
                m,
            )),
            None | Some("") => fails.push((
                format!("{} has an empty content (line {}).", key, m.line),
                format!("{} etiketinin content değeri boş (satır {}).", key, m.line),
                m,
            )),
            Some(c) => {
                if SINGLE.contains(&key) {
                    match seen.get(key) {
                        Some(prev) if *prev != c && !dup_reported.contains(&key) => {
                            dup_reported.push(key);
                            fails.push((
                                format!("{} is given twice with different values (line {}): platforms pick different ones.", key, m.line),
                                format!("{} iki kez ve farklı değerlerle verilmiş (satır {}): platformlar farklı olanı seçer.", key, m.line),
                                m,
                            ));
                        }
                        Some(_) => {}
                        None => {
                            seen.insert(key, c);
                        }
                    }
                }
                if double_escaped(c) {
                    warns.push((
                        format!("{} is escaped twice (line {}): the card will show a literal entity such as &amp;.", key, m.line),
                        format!("{} iki kez kaçışlanmış (satır {}): kartta &amp; gibi bir varlık olduğu gibi görünür.", key, m.line),
                        m,
                    ));
                }
            }
        }
        if m.from_value && m.content.is_some() {
            warns.push((
                format!(
                    "{} uses value= instead of content= (line {}): X reads it, the protocol and other crawlers do not.",
                    key, m.line
                ),
                format!(
                    "{} content= yerine value= ile yazılmış (satır {}): X okur, protokol ve diğer tarayıcı botlar okumaz.",
                    key, m.line
                ),
                m,
            ));
        }
        if m.property.is_none() && m.name.as_deref().is_some_and(is_og_prefixed) {
            warns.push((
                format!("{} uses name= instead of property= (line {}).", key, m.line),
                format!("{} property= yerine name= ile yazılmış (satır {}).", key, m.line),
                m,
            ));
        }
        if !m.in_head {
            warns.push((
                format!(
                    "{} is outside <head> (line {}); several crawlers ignore it there.",
                    key, m.line
                ),
                format!(
                    "{} <head> dışında (satır {}); birçok tarayıcı bot onu orada yok sayar.",
                    key, m.line
                ),
                m,
            ));
        }
    }
    let n_fail = fails.len();
    let n_warn = warns.len();
    let (list, status_fail) = if !fails.is_empty() {
        (fails, true)
    } else {
        (warns, false)
    };
    if list.is_empty() {
        return Outcome::pass(ctx.t(
            format!("{} social tags, all well formed.", tags.len()),
            format!("{} sosyal etiketin hepsi düzgün yazılmış.", tags.len()),
        ))
        .detail("tags", tags.len());
    }
    let first = &list[0];
    let more = list.len() - 1;
    let msg = ctx.t(
        if more > 0 {
            format!("{} (+{} more)", first.0, more)
        } else {
            first.0.clone()
        },
        if more > 0 {
            format!("{} (+{} sorun daha)", first.1, more)
        } else {
            first.1.clone()
        },
    );
    let out = if status_fail {
        Outcome::fail(msg)
    } else {
        Outcome::warn(msg)
    };
    let problems: Vec<serde_json::Value> = list
        .iter()
        .map(|p| serde_json::Value::String(ctx.t(p.0.clone(), p.1.clone())))
        .collect();
    out.evidence_all(list.iter().map(|p| meta_ev(p.2)))
        .detail("errors", n_fail)
        .detail("warnings", n_warn)
        .detail("problems", problems)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    fn run(html: &str) -> crate::checks::Outcome {
        run_on(&super::CHECK, html, None)
    }

    #[test]
    fn skips_without_social_tags() {
        assert_eq!(
            run(r#"<meta name="description" content="x">"#).status,
            Status::Skip
        );
    }

    #[test]
    fn empty_content_fails() {
        let o = run(r#"<meta property="og:title" content=""><meta property="og:image">"#);
        assert_eq!(o.status, Status::Fail);
        assert_eq!(o.details["errors"], 2);
    }

    #[test]
    fn conflicting_duplicate_fails_identical_passes() {
        let o = run(
            "<head>\n<meta property=\"og:title\" content=\"A\">\n<meta property=\"og:title\" content=\"B\">",
        );
        assert_eq!(o.status, Status::Fail);
        assert_eq!(o.evidence[0].line, Some(3));
        let o = run(r#"<meta property="og:title" content="A"><meta property="og:title" content="A">"#);
        assert_eq!(o.status, Status::Pass);
        // og:image is an array: several are fine.
        let o = run(
            r#"<meta property="og:image" content="https://e.com/1.jpg"><meta property="og:image" content="https://e.com/2.jpg">"#,
        );
        assert_eq!(o.status, Status::Pass);
    }

    #[test]
    fn value_instead_of_content_warns_with_the_tag_as_written() {
        let o = run(
            r#"<head><meta name="twitter:card" content="summary"><meta name="twitter:site" value="@brand"></head>"#,
        );
        assert_eq!(o.status, Status::Warn);
        assert!(o.message.contains("value= instead of content="), "{}", o.message);
        assert_eq!(
            o.evidence[0].snippet.as_deref(),
            Some(r#"<meta name="twitter:site" value="@brand">"#)
        );
        // The value is read: it is not an empty tag.
        assert_eq!(o.details["errors"], 0);
        // On an Open Graph tag nobody reads value=: a failure, shown as written.
        let o = run(r#"<head><meta property="og:title" value="A title"></head>"#);
        assert_eq!(o.status, Status::Fail);
        assert!(o.message.contains("value= instead of content="), "{}", o.message);
        assert_eq!(
            o.evidence[0].snippet.as_deref(),
            Some(r#"<meta property="og:title" value="A title">"#)
        );
    }

    #[test]
    fn name_attr_body_and_double_escape_warn() {
        let o = run(r#"<head><meta name="og:title" content="A title"></head>"#);
        assert_eq!(o.status, Status::Warn);
        assert!(o.message.contains("name="));
        let o = run(r#"<head></head><body><p>x</p><meta property="og:title" content="A title"></body>"#);
        assert_eq!(o.status, Status::Warn);
        assert!(o.message.contains("outside <head>"));
        let o = run(r#"<head><meta property="og:title" content="Tom &amp;amp; Jerry"></head>"#);
        assert_eq!(o.status, Status::Warn);
        assert!(o.message.contains("escaped twice"));
        // Escaped once is correct.
        let o = run(
            r#"<head><meta property="og:title" content="Tom &amp; Jerry"><meta name="twitter:card" content="summary"></head>"#,
        );
        assert_eq!(o.status, Status::Pass);
    }
}
