//! `og-image-alt`: a text description of the share image.

use super::common::{first_ev, first_value};
use crate::checks::{Category, Check, Ctx, Outcome, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "og-image-alt",
    category: Category::Opengraph,
    weight: 1,
    title: Text {
        en: "Share image description",
        tr: "Paylaşım görseli açıklaması",
    },
    help: Text {
        en: "Add <meta property=\"og:image:alt\" content=\"…\"> right after og:image, describing what the picture shows.",
        tr: "og:image satırının hemen ardına görselin ne gösterdiğini anlatan <meta property=\"og:image:alt\" content=\"…\"> ekleyin.",
    },
    doc: RuleDoc {
        what: "Looks for `og:image:alt` or `twitter:image:alt` with text. Warn: neither (or both empty). Pass otherwise. Skip: the page has no og:image and no twitter:image (og-image reports that).",
        why: "Screen-reader users on Facebook, X and LinkedIn hear the alt text of a shared link's picture; without it they hear nothing or a file name.",
        fix: "Describe what the image shows in one short sentence (X allows up to 420 characters), not the page title again.",
        example: "<meta property=\"og:image\" content=\"https://example.com/img/team.jpg\">\n<meta property=\"og:image:alt\" content=\"Our five-person team in the Istanbul office\">",
        sources: &[
            "https://ogp.me/#structured (og:image:alt)",
            "https://developer.x.com/en/docs/x-for-websites/cards/overview/markup (twitter:image:alt, max 420 characters)",
        ],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let h = &ctx.facts.head;
    let has_image = first_value(h, "og:image").is_some()
        || first_value(h, "og:image:url").is_some()
        || first_value(h, "twitter:image").is_some();
    if !has_image {
        return Outcome::skip(ctx.t(
            "No og:image or twitter:image, so there is no image to describe.",
            "og:image ya da twitter:image yok; açıklanacak bir görsel de yok.",
        ));
    }
    if first_value(h, "og:image:alt").is_some() {
        return Outcome::pass(ctx.t(
            "The share image has og:image:alt.",
            "Paylaşım görselinde og:image:alt var.",
        ))
        .evidence_all(first_ev(h, "og:image:alt"));
    }
    if first_value(h, "twitter:image:alt").is_some() {
        return Outcome::pass(ctx.t(
            "The share image has twitter:image:alt (Facebook and LinkedIn read og:image:alt only).",
            "Paylaşım görselinde twitter:image:alt var (Facebook ve LinkedIn yalnızca og:image:alt okur).",
        ))
        .evidence_all(first_ev(h, "twitter:image:alt"));
    }
    Outcome::warn(ctx.t(
        "The share image has no og:image:alt nor twitter:image:alt: screen-reader users get no description of it.",
        "Paylaşım görselinde og:image:alt ya da twitter:image:alt yok: ekran okuyucu kullananlar görselin ne olduğunu duyamaz.",
    ))
    .evidence_all(first_ev(h, "og:image").or_else(|| first_ev(h, "twitter:image")))
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    fn run(html: &str) -> crate::checks::Outcome {
        run_on(&super::CHECK, html, None)
    }

    #[test]
    fn skips_without_image() {
        assert_eq!(run("<title>x</title>").status, Status::Skip);
    }

    #[test]
    fn warns_without_alt_or_with_empty_alt() {
        let o = run(r#"<meta property="og:image" content="https://e.com/a.jpg">"#);
        assert_eq!(o.status, Status::Warn);
        assert_eq!(o.evidence.len(), 1);
        let o = run(
            r#"<meta name="twitter:image" content="https://e.com/a.jpg"><meta property="og:image:alt" content="">"#,
        );
        assert_eq!(o.status, Status::Warn);
    }

    #[test]
    fn passes_with_either_alt() {
        let o = run(
            r#"<meta property="og:image" content="https://e.com/a.jpg"><meta property="og:image:alt" content="A red bicycle">"#,
        );
        assert_eq!(o.status, Status::Pass);
        let o = run(
            r#"<meta property="og:image" content="https://e.com/a.jpg"><meta name="twitter:image:alt" content="A red bicycle">"#,
        );
        assert_eq!(o.status, Status::Pass);
        assert!(o.message.contains("twitter:image:alt"));
    }
}
