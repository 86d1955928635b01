//! `og-type`: what kind of object the page is (website, article, product, ...).

use super::common::first_ev;
use crate::checks::{Category, Check, Ctx, Outcome, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "og-type",
    category: Category::Opengraph,
    weight: 1,
    title: Text {
        en: "Open Graph type",
        tr: "Open Graph türü",
    },
    help: Text {
        en: "Add <meta property=\"og:type\" content=\"website\"> (or article on posts, product on product pages).",
        tr: "<meta property=\"og:type\" content=\"website\"> ekleyin (yazılarda article, ürün sayfalarında product).",
    },
    doc: RuleDoc {
        what: "Reads the first `og:type`. Warn: missing (platforms assume `website`). Fail: not one of the known types — the ogp.me global types (website, article, book, profile, music.song, music.album, music.playlist, music.radio_station, video.movie, video.episode, video.tv_show, video.other) and the object types Facebook still documents (product, product.group, product.item, place, business.business, books.book, books.author, books.genre, fitness.course, game.achievement, restaurant.restaurant, restaurant.menu, restaurant.menu_item, restaurant.menu_section). Compared case-insensitively. Pass otherwise.",
        why: "og:type tells Facebook and LinkedIn how to treat the link; an unknown type (including the retired custom `app:object` types) makes the Sharing Debugger report an error and the card may lose its article details.",
        fix: "Use `website` for the home page and ordinary pages, `article` for blog posts and news, `product` for product pages, `profile` for a person's page.",
        example: "<meta property=\"og:type\" content=\"article\">",
        sources: &[
            "https://ogp.me/#types",
            "https://developers.facebook.com/docs/sharing/opengraph/object-properties/ (object types)",
        ],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

/// Open Graph object types: ogp.me global types plus Facebook's documented object types.
pub const KNOWN_TYPES: &[&str] = &[
    "website",
    "article",
    "book",
    "profile",
    "music.song",
    "music.album",
    "music.playlist",
    "music.radio_station",
    "video.movie",
    "video.episode",
    "video.tv_show",
    "video.other",
    "product",
    "product.group",
    "product.item",
    "place",
    "business.business",
    "books.book",
    "books.author",
    "books.genre",
    "fitness.course",
    "game.achievement",
    "restaurant.restaurant",
    "restaurant.menu",
    "restaurant.menu_item",
    "restaurant.menu_section",
];

fn run(ctx: &Ctx) -> Outcome {
    let h = &ctx.facts.head;
    let ev = first_ev(h, "og:type");
    let Some(t) = h.og_first("og:type").map(str::trim).filter(|t| !t.is_empty()) else {
        return Outcome::warn(ctx.t(
            "No og:type: platforms assume \"website\".",
            "og:type yok: platformlar \"website\" varsayar.",
        ))
        .evidence_all(ev);
    };
    let lower = t.to_ascii_lowercase();
    if !KNOWN_TYPES.contains(&lower.as_str()) {
        return Outcome::fail(ctx.t(
            format!("og:type {:?} is not a known Open Graph type; use website, article, product, profile, ...", t),
            format!("og:type {:?} bilinen bir Open Graph türü değil; website, article, product, profile, ... kullanın.", t),
        ))
        .evidence_all(ev)
        .detail("type", t);
    }
    Outcome::pass(ctx.t(format!("og:type is {}.", lower), format!("og:type: {}.", lower)))
        .evidence_all(ev)
        .detail("type", lower)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    fn run(html: &str) -> crate::checks::Outcome {
        run_on(&super::CHECK, html, None)
    }

    #[test]
    fn missing_warns() {
        assert_eq!(run("<title>x</title>").status, Status::Warn);
        assert_eq!(
            run(r#"<meta property="og:type" content="">"#).status,
            Status::Warn
        );
    }

    #[test]
    fn unknown_fails() {
        let o = run(r#"<meta property="og:type" content="blog">"#);
        assert_eq!(o.status, Status::Fail);
        assert_eq!(
            run(r#"<meta property="og:type" content="myapp:recipe">"#).status,
            Status::Fail
        );
    }

    #[test]
    fn known_pass() {
        for t in ["website", "Article", "music.song", "video.other", "product"] {
            let o = run(&format!(r#"<meta property="og:type" content="{t}">"#));
            assert_eq!(o.status, Status::Pass, "{t}");
        }
    }
}
