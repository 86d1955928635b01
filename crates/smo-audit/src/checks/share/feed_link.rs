//! `feed-link`: RSS / Atom / JSON Feed discovery.

use crate::checks::{ev_line, Category, Check, Ctx, Outcome, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "feed-link",
    category: Category::Share,
    weight: 1,
    title: Text { en: "Feed discovery link", tr: "Akış (RSS) bulma bağlantısı" },
    help: Text {
        en: "Add <link rel=\"alternate\" type=\"application/rss+xml\" title=\"…\" href=\"/feed.xml\"> in <head>.",
        tr: "<head> içine <link rel=\"alternate\" type=\"application/rss+xml\" title=\"…\" href=\"/feed.xml\"> ekleyin.",
    },
    doc: RuleDoc {
        what: "Pass: a `<link rel=\"alternate\">` of type `application/rss+xml`, `application/atom+xml`, `application/feed+json` (or `application/json` with a feed URL). Warn: none.",
        why: "Feed readers, podcast apps, Mastodon/Bluesky bots and newsletter tools (RSS-to-email) find new posts through the feed; the discovery link lets them find it from any page.",
        fix: "Publish a feed and announce it in <head> of every page.",
        example: "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Blog\" href=\"https://example.com/feed.xml\">",
        sources: &["https://www.rssboard.org/rss-autodiscovery", "https://www.jsonfeed.org/version/1.1/"],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let feeds = &ctx.facts.share.feeds;
    match feeds.first() {
        None => Outcome::warn(ctx.t(
            "No RSS / Atom / JSON feed is announced in <head>.",
            "<head> içinde duyurulan RSS / Atom / JSON akışı yok.",
        )),
        Some(_) => Outcome::pass(ctx.t(
            format!("{} feed(s) announced.", feeds.len()),
            format!("{} akış duyurulmuş.", feeds.len()),
        ))
        .evidence_all(feeds.iter().map(|f| {
            ev_line(
                "link[rel=\"alternate\"]",
                format!("{} {}", f.type_, f.href),
                f.line,
            )
        })),
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn feed_passes_hreflang_alternate_warns() {
        assert_eq!(
            run_on(
                &super::CHECK,
                r#"<link rel="alternate" type="application/atom+xml" href="/atom.xml">"#,
                None
            )
            .status,
            Status::Pass
        );
        assert_eq!(
            run_on(
                &super::CHECK,
                r#"<link rel="alternate" type="application/feed+json" href="/feed.json">"#,
                None
            )
            .status,
            Status::Pass
        );
        assert_eq!(
            run_on(
                &super::CHECK,
                r#"<link rel="alternate" hreflang="tr" href="/tr/">"#,
                None
            )
            .status,
            Status::Warn
        );
    }
}
