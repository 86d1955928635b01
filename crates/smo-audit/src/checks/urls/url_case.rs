//! `url-case`: lower-case addresses.

use super::{page_url, url_evidence};
use crate::checks::{Category, Check, Ctx, Outcome, RuleDoc, Text};
use crate::text::slug::percent_decode;

pub static CHECK: Check = Check {
    id: "url-case",
    category: Category::Urls,
    weight: 1,
    title: Text {
        en: "Lower-case address",
        tr: "Küçük harfli adres",
    },
    help: Text {
        en: "Use lower-case paths and 301-redirect the mixed-case address to the lower-case one.",
        tr: "Yolları küçük harfle yazın ve karışık harfli adresi 301 ile küçük harfli olana yönlendirin.",
    },
    doc: RuleDoc {
        what: "Reads the path of the page URL (percent-escapes decoded, so `%C5%9F` does not count). Warn: upper-case letters in it. Pass otherwise. Skip: no page URL.",
        why: "Paths are case-sensitive on most servers: /Blog/Post and /blog/post are two addresses, which splits share counts and produces 404s when people type the link from a screenshot.",
        fix: "Rename the path to lower case and redirect the old one with a 301.",
        example: "https://example.com/blog/social-media-tips",
        sources: &["https://developers.google.com/search/docs/crawling-indexing/url-structure"],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let url = match page_url(ctx) {
        Ok(u) => u,
        Err(skip) => return skip,
    };
    let path = percent_decode(url.path());
    // The path's segments that hold upper-case letters, as written.
    let upper: String = path
        .split('/')
        .filter(|s| s.chars().any(char::is_uppercase))
        .collect::<Vec<_>>()
        .join(", ");
    let out = if upper.is_empty() {
        Outcome::pass(ctx.t("The path is lower-case.", "Yol küçük harfli."))
    } else {
        Outcome::warn(ctx.t(
            format!("The path has upper-case letters ({upper}); /Page and /page are different addresses to most servers."),
            format!("Yolda büyük harfler var ({upper}); çoğu sunucu için /Sayfa ve /sayfa farklı adreslerdir."),
        ))
        .detail("suggested", path.to_lowercase())
    };
    out.evidence(url_evidence(url))
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn upper_case_warns() {
        let o = run_on(&super::CHECK, "", Some("https://example.com/Blog/MyPost"));
        assert_eq!(o.status, Status::Warn);
        assert!(o.message.contains("(Blog, MyPost)"), "{}", o.message);
    }

    #[test]
    fn lower_case_and_escapes_pass() {
        let o = run_on(
            &super::CHECK,
            "",
            Some("https://EXAMPLE.com/blog/ba%C5%9Fl%C4%B1k?Q=X"),
        );
        assert_eq!(o.status, Status::Pass);
    }

    #[test]
    fn no_url_skips() {
        assert_eq!(run_on(&super::CHECK, "", None).status, Status::Skip);
    }
}
