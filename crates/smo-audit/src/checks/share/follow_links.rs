//! `follow-links`: links to the site's own social profiles.

use crate::catalog::network_name;
use crate::checks::{ev_line, Category, Check, Ctx, Outcome, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "follow-links",
    category: Category::Share,
    weight: 2,
    title: Text { en: "Follow links to your profiles", tr: "Profillerinize takip bağlantıları" },
    help: Text {
        en: "Link your social profiles (header or footer), and list them in JSON-LD Organization sameAs.",
        tr: "Sosyal medya profillerinize (üst ya da alt bilgide) bağlantı verin ve bunları JSON-LD Organization sameAs içinde listeleyin.",
    },
    doc: RuleDoc {
        what: "Pass: at least one link to a profile page on a known network (Facebook, Instagram, X, LinkedIn, YouTube, TikTok, Pinterest, Telegram, VK, OK.ru, GitHub, Threads, Bluesky, Mastodon `/@user`, Reddit, Tumblr, Medium), or a JSON-LD `sameAs` with one. Share, intent, hashtag, search and post pages are not profiles. Warn: none. The profiles found are in `facts.profiles`.",
        why: "A visitor who liked the page can follow the brand and come back from their feed; profile links (and sameAs) also tell search engines which accounts are yours.",
        fix: "Add icon links to your profiles in the footer, with aria-labels, and the same URLs in sameAs.",
        example: "<a href=\"https://www.instagram.com/yourbrand\" aria-label=\"Instagram\">…</a>\n<script type=\"application/ld+json\">{\"@type\":\"Organization\",\"sameAs\":[\"https://www.instagram.com/yourbrand\"]}</script>",
        sources: &["https://developers.google.com/search/docs/appearance/structured-data/organization", "https://schema.org/sameAs"],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let p = &ctx.facts.share.profiles;
    if p.is_empty() {
        return Outcome::warn(ctx.t(
            "No links to social profiles and no JSON-LD sameAs.",
            "Sosyal medya profillerine bağlantı ya da JSON-LD sameAs yok.",
        ));
    }
    let list: Vec<String> = p
        .iter()
        .map(|x| format!("{} @{}", network_name(x.network), x.handle))
        .collect();
    Outcome::pass(ctx.t(
        format!("Profiles linked: {}.", list.join(", ")),
        format!("Bağlantı verilen profiller: {}.", list.join(", ")),
    ))
    .evidence_all(p.iter().map(|x| {
        ev_line(
            if x.source == "sameAs" {
                "script[type=\"application/ld+json\"]"
            } else {
                "a[href]"
            },
            &x.url,
            x.line,
        )
    }))
    .detail("profiles", list)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn profile_link_or_same_as_passes_share_link_does_not() {
        assert_eq!(
            run_on(
                &super::CHECK,
                r#"<a href="https://www.tiktok.com/@brand">TikTok</a>"#,
                None
            )
            .status,
            Status::Pass
        );
        assert_eq!(run_on(&super::CHECK, r#"<script type="application/ld+json">{"@type":"Organization","sameAs":"https://www.linkedin.com/company/acme"}</script>"#, None).status, Status::Pass);
        let o = run_on(
            &super::CHECK,
            r#"<a href="https://www.facebook.com/sharer.php?u=x">f</a><a href="https://twitter.com/hashtag/x">#x</a>"#,
            None,
        );
        assert_eq!(o.status, Status::Warn);
    }
}
