//! `url-length`: short, shallow addresses.

use super::rules::segments;
use super::{page_url, url_evidence};
use crate::checks::{Category, Check, Ctx, Outcome, Param, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "url-length",
    category: Category::Urls,
    weight: 1,
    title: Text {
        en: "Address length",
        tr: "Adres uzunluğu",
    },
    help: Text {
        en: "Shorten the slug to the 3–5 words that matter and keep the page at most 4 folders deep.",
        tr: "Adresi önemli 3–5 kelimeye indirin ve sayfayı en fazla 4 klasör derinlikte tutun.",
    },
    doc: RuleDoc {
        what: "Measures the page URL as it is shared (scheme, host, path and query, percent-escaped; the #fragment left out) and its depth (path segments before the last one). Pass: ≤ `max_length` (75) characters and ≤ `max_depth` (4) folders. Warn: ≤ `warn_length` (115) characters, or deeper. Fail: longer. Skip: no page URL.",
        why: "Short addresses are shared, pasted and read more easily; chat apps and feeds cut long ones. Backlinko's 11.8 M result study found shorter URLs rank higher, and Moz recommends staying under roughly 75 characters.",
        fix: "Drop dates, category chains and filler words from the path; move the page up the folder tree and redirect the old address with a 301.",
        example: "https://example.com/blog/social-media-tips",
        sources: &[
            "https://backlinko.com/search-engine-ranking (URL length study)",
            "https://moz.com/learn/seo/url (keep URLs under ~75 characters)",
            "https://developers.google.com/search/docs/crawling-indexing/url-structure",
        ],
    },
    params: &[Param::count("max_length").at_most("warn_length"), Param::count("warn_length"), Param::count("max_depth")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let url = match page_url(ctx) {
        Ok(u) => u,
        Err(skip) => return skip,
    };
    let max = ctx.param("max_length", 75.0) as usize;
    let warn_len = ctx.param("warn_length", 115.0) as usize;
    let max_depth = ctx.param("max_depth", 4.0) as usize;
    let mut shared = url.clone();
    shared.set_fragment(None);
    let len = shared.as_str().chars().count();
    let depth = segments(url).len().saturating_sub(1);
    let out = if len > warn_len {
        Outcome::fail(ctx.t(
            format!("The address is {len} characters long; past {warn_len} it is cut in feeds and chats and hard to share."),
            format!("Adres {len} karakter; {warn_len} karakterden sonra akışlarda ve sohbetlerde kesilir, paylaşması zorlaşır."),
        ))
    } else if len > max {
        Outcome::warn(ctx.t(
            format!("The address is {len} characters long; aim for at most {max}."),
            format!("Adres {len} karakter; en fazla {max} karakter hedefleyin."),
        ))
    } else if depth > max_depth {
        Outcome::warn(ctx.t(
            format!("The page is {depth} folders deep; at most {max_depth} keeps the address short and clear."),
            format!("Sayfa {depth} klasör derinlikte; en fazla {max_depth} klasör adresi kısa ve anlaşılır tutar."),
        ))
    } else {
        Outcome::pass(ctx.t(
            format!("The address is {len} characters long and {depth} folders deep."),
            format!("Adres {len} karakter uzunluğunda ve {depth} klasör derinlikte."),
        ))
    };
    out.evidence(url_evidence(url))
        .detail("length", len)
        .detail("depth", depth)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn short_passes() {
        let o = run_on(
            &super::CHECK,
            "",
            Some("https://example.com/blog/social-media-tips#top"),
        );
        assert_eq!(o.status, Status::Pass);
        assert_eq!(o.details["length"], 42);
        assert_eq!(o.details["depth"], 1);
    }

    #[test]
    fn long_warns_longer_fails() {
        let u = format!("https://example.com/{}", "a".repeat(60));
        assert_eq!(run_on(&super::CHECK, "", Some(&u)).status, Status::Warn);
        let u = format!("https://example.com/{}", "a".repeat(100));
        assert_eq!(run_on(&super::CHECK, "", Some(&u)).status, Status::Fail);
    }

    #[test]
    fn deep_warns() {
        let o = run_on(&super::CHECK, "", Some("https://e.com/a/b/c/d/e/post"));
        assert_eq!(o.status, Status::Warn);
        assert_eq!(o.details["depth"], 5);
    }

    #[test]
    fn no_url_skips() {
        assert_eq!(run_on(&super::CHECK, "", None).status, Status::Skip);
    }
}
