//! `og-title`: the headline every platform shows on a shared link.

use crate::checks::{ev_line, meta_snippet, Category, Check, Ctx, Outcome, Param, RuleDoc, Text};
use crate::text::char_len;

pub static CHECK: Check = Check {
    id: "og-title",
    category: Category::Opengraph,
    weight: 3,
    title: Text {
        en: "Open Graph title",
        tr: "Open Graph başlığı",
    },
    help: Text {
        en: "Add <meta property=\"og:title\" content=\"…\"> in <head>: a 15–70 character headline written for the feed.",
        tr: "<head> içine <meta property=\"og:title\" content=\"…\"> ekleyin: akış için yazılmış 15–70 karakterlik bir başlık.",
    },
    doc: RuleDoc {
        what: "Reads the first `og:title`. Fail: missing or empty. Warn: shorter than 15 or longer than 70 characters. Pass otherwise. Thresholds: `min` (15), `max` (70).",
        why: "Facebook, LinkedIn, Slack, Discord, WhatsApp and (as a fallback) X show og:title as the bold headline of a shared link. Without it each platform guesses from <title> or the first heading, often with the site name or breadcrumbs in it; past about 70 characters feeds cut the title off.",
        fix: "Write a headline for people scrolling a feed: the page's promise in under 70 characters, without the site name (that belongs in og:site_name).",
        example: "<meta property=\"og:title\" content=\"Social media consulting for small shops\">",
        sources: &[
            "https://ogp.me/#metadata",
            "https://developers.facebook.com/docs/sharing/webmasters/",
            "Yoast SEO: social title length guidance (~70 characters)",
        ],
    },
    params: &[Param::count("min").at_most("max"), Param::count("max")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let f = ctx.facts;
    let min = ctx.param("min", 15.0) as usize;
    let max = ctx.param("max", 70.0) as usize;
    let tag = f.head.meta_first("og:title");
    let Some(title) = f.head.og_first("og:title") else {
        return Outcome::fail(ctx.t(
            "No og:title: platforms will guess a headline from <title> or the page text.",
            "og:title yok: platformlar başlığı <title> etiketinden ya da sayfa metninden tahmin edecek.",
        ));
    };
    let line = tag.map(|m| m.line).unwrap_or(0);
    let evidence = ev_line(
        "meta[property=\"og:title\"]",
        meta_snippet("property", "og:title", title),
        line,
    );
    let n = char_len(title.trim());
    if n == 0 {
        return Outcome::fail(ctx.t("og:title is empty.", "og:title boş.")).evidence(evidence);
    }
    let out = if n < min {
        Outcome::warn(ctx.t(
            format!(
                "og:title is {} characters long; under {} says too little in a feed.",
                n, min
            ),
            format!(
                "og:title {} karakter; {} karakterin altı akışta çok az şey anlatır.",
                n, min
            ),
        ))
    } else if n > max {
        Outcome::warn(ctx.t(
            format!(
                "og:title is {} characters long; feeds cut it after about {}.",
                n, max
            ),
            format!(
                "og:title {} karakter; akışlar yaklaşık {} karakterden sonra keser.",
                n, max
            ),
        ))
    } else {
        Outcome::pass(ctx.t(
            format!("og:title is set ({} characters).", n),
            format!("og:title tanımlı ({} karakter).", n),
        ))
    };
    out.evidence(evidence).detail("length", n)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn missing_fails() {
        let o = run_on(&super::CHECK, "<head><title>x</title></head>", None);
        assert_eq!(o.status, Status::Fail);
        assert!(o.message.contains("No og:title"));
    }

    #[test]
    fn empty_fails() {
        let o = run_on(&super::CHECK, r#"<meta property="og:title" content="  ">"#, None);
        assert_eq!(o.status, Status::Fail);
    }

    #[test]
    fn short_and_long_warn() {
        let o = run_on(&super::CHECK, r#"<meta property="og:title" content="Hi">"#, None);
        assert_eq!(o.status, Status::Warn);
        let long = "x".repeat(71);
        let o = run_on(
            &super::CHECK,
            &format!(r#"<meta property="og:title" content="{long}">"#),
            None,
        );
        assert_eq!(o.status, Status::Warn);
    }

    #[test]
    fn good_passes_with_evidence_line() {
        let o = run_on(
            &super::CHECK,
            "<html><head>\n<meta property=\"og:title\" content=\"Sosyal medya danışmanlığı rehberi\">",
            None,
        );
        assert_eq!(o.status, Status::Pass);
        assert_eq!(o.evidence[0].line, Some(2));
    }
}
