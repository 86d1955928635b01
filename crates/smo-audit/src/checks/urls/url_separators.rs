//! `url-separators`: hyphens between the words of an address.

use super::rules::{is_id_like, segments, strip_extension};
use super::{page_url, url_evidence};
use crate::checks::{Category, Check, Ctx, Outcome, RuleDoc, Text};
use crate::text::slug::{percent_decode, separators, slugify};

pub static CHECK: Check = Check {
    id: "url-separators",
    category: Category::Urls,
    weight: 2,
    title: Text {
        en: "Hyphens between words",
        tr: "Kelimeler arasında tire",
    },
    help: Text {
        en: "Separate the words of the address with hyphens: /social-media-tips, not /social_media_tips or /socialMediaTips.",
        tr: "Adresteki kelimeleri tireyle ayırın: /sosyal-medya-ipuclari; /sosyal_medya_ipuclari ya da /sosyalMedyaIpuclari değil.",
    },
    doc: RuleDoc {
        what: "Reads each path segment of the page URL (extensions like .html and id segments left out). Fail: words joined by underscores, spaces (`%20`) or `+`. Warn: camelCase (`socialMediaTips`). Pass: hyphens, or one-word segments. Skip: no page URL, or a path without words (the home page).",
        why: "Google reads hyphens as word separators but underscores join words (social_media is one token); spaces turn into %20 in every share and break when pasted in chats; camelCase is hard to read and to type, and case-sensitive.",
        fix: "Rename the slug with hyphens and lower case, and 301-redirect the old address.",
        example: "https://example.com/blog/social-media-tips",
        sources: &[
            "https://developers.google.com/search/docs/crawling-indexing/url-structure (use hyphens, not underscores)",
            "https://yoast.com/slug/",
        ],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let url = match page_url(ctx) {
        Ok(u) => u,
        Err(skip) => return skip,
    };
    let segs: Vec<&str> = segments(url).into_iter().filter(|s| !is_id_like(s)).collect();
    if segs
        .iter()
        .all(|s| !percent_decode(s).chars().any(char::is_alphabetic))
    {
        return Outcome::skip(ctx.t(
            "The path has no words to separate.",
            "Yolda ayrılacak kelime yok.",
        ));
    }
    let mut bad = Vec::new();
    let mut camel = Vec::new();
    for s in &segs {
        let sep = separators(strip_extension(s));
        if sep.underscore || sep.space || sep.plus {
            bad.push(percent_decode(s));
        } else if sep.camel {
            camel.push(percent_decode(s));
        }
    }
    let lang = ctx.facts.suggest.slug_language.as_deref();
    let out = if !bad.is_empty() {
        // The words slugged, the file extension (.html) kept as it is.
        let better: Vec<String> = bad
            .iter()
            .map(|s| {
                let stem = strip_extension(s);
                format!("{}{}", slugify(stem, lang), &s[stem.len()..])
            })
            .collect();
        Outcome::fail(ctx.t(
            format!(
                "Words in the address are joined by underscores, spaces or '+' ({}); use hyphens: {}.",
                bad.join(", "),
                better.join(", ")
            ),
            format!(
                "Adresteki kelimeler alt çizgi, boşluk ya da '+' ile ayrılmış ({}); tire kullanın: {}.",
                bad.join(", "),
                better.join(", ")
            ),
        ))
        .detail("segments", bad)
        .detail("suggested", better)
    } else if !camel.is_empty() {
        let better: Vec<String> = camel
            .iter()
            .map(|s| crate::text::slug::split_slug(s).join("-").to_lowercase())
            .collect();
        Outcome::warn(ctx.t(
            format!(
                "The address uses camelCase ({}); hyphens read better: {}.",
                camel.join(", "),
                better.join(", ")
            ),
            format!(
                "Adreste camelCase kullanılmış ({}); tireler daha iyi okunur: {}.",
                camel.join(", "),
                better.join(", ")
            ),
        ))
        .detail("segments", camel)
        .detail("suggested", better)
    } else {
        Outcome::pass(ctx.t(
            "Words in the address are separated by hyphens.",
            "Adresteki kelimeler tireyle ayrılmış.",
        ))
    };
    out.evidence(url_evidence(url))
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn underscores_spaces_plus_fail() {
        for u in [
            "https://e.com/blog/social_media_tips",
            "https://e.com/social%20media",
            "https://e.com/social+media",
        ] {
            let o = run_on(&super::CHECK, "", Some(u));
            assert_eq!(o.status, Status::Fail, "{u}");
        }
        let o = run_on(&super::CHECK, "", Some("https://e.com/sosyal_medya_danışmanlığı"));
        assert!(o.message.contains("sosyal-medya-danismanligi"), "{}", o.message);
    }

    #[test]
    fn camel_case_warns() {
        let o = run_on(&super::CHECK, "", Some("https://e.com/blog/socialMediaTips"));
        assert_eq!(o.status, Status::Warn);
        assert!(o.message.contains("social-media-tips"));
    }

    #[test]
    fn hyphens_pass_and_root_skips() {
        let o = run_on(
            &super::CHECK,
            "",
            Some("https://e.com/blog/social-media-tips.html"),
        );
        assert_eq!(o.status, Status::Pass);
        assert_eq!(
            run_on(&super::CHECK, "", Some("https://e.com/")).status,
            Status::Skip
        );
        assert_eq!(
            run_on(&super::CHECK, "", Some("https://e.com/123")).status,
            Status::Skip
        );
        assert_eq!(run_on(&super::CHECK, "", None).status, Status::Skip);
    }
}
