//! `twitter-card`: how X (Twitter) renders a shared link.

use super::common::{first_ev, first_value};
use crate::checks::{Category, Check, Ctx, Outcome, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "twitter-card",
    category: Category::Opengraph,
    weight: 2,
    title: Text {
        en: "X (Twitter) card",
        tr: "X (Twitter) kartı",
    },
    help: Text {
        en: "Add <meta name=\"twitter:card\" content=\"summary_large_image\"> and <meta name=\"twitter:site\" content=\"@yourbrand\">.",
        tr: "<meta name=\"twitter:card\" content=\"summary_large_image\"> ve <meta name=\"twitter:site\" content=\"@markaniz\"> ekleyin.",
    },
    doc: RuleDoc {
        what: "Reads `twitter:card`, `twitter:site` and `twitter:creator`. Fail: a card type other than summary, summary_large_image, app or player; or a `twitter:site` / `twitter:creator` that is not `@` followed by 1–15 letters, digits or underscores. Warn: no `twitter:card` (X falls back to a small summary card), or no `twitter:site`. Pass otherwise. The message says which og:* tags X will use because its own twitter:title / twitter:description / twitter:image are missing (that is fine, not a failure).",
        why: "Without twitter:card X shows at most a small thumbnail; summary_large_image gets the big picture. twitter:site credits your account in the card. X reads og:title, og:description and og:image when its own tags are missing, so those need not be repeated.",
        fix: "Add twitter:card (summary_large_image when you have a wide image) and twitter:site with your X handle; keep title, description and image in the og:* tags.",
        example: "<meta name=\"twitter:card\" content=\"summary_large_image\">\n<meta name=\"twitter:site\" content=\"@acmecoffee\">",
        sources: &[
            "https://developer.x.com/en/docs/x-for-websites/cards/overview/markup (card types; og:* fallbacks)",
            "https://help.x.com/en/managing-your-account/x-username-rules (usernames: 4–15 characters of letters, digits, underscore; older accounts may be shorter)",
        ],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

pub const CARD_TYPES: &[&str] = &["summary", "summary_large_image", "app", "player"];

/// `@` + 1–15 of `[A-Za-z0-9_]` (the facts' previews read handles the same way).
pub use crate::facts::previews::valid_handle;

fn run(ctx: &Ctx) -> Outcome {
    let h = &ctx.facts.head;
    let mut ev = Vec::new();
    ev.extend(first_ev(h, "twitter:card"));
    ev.extend(first_ev(h, "twitter:site"));
    ev.extend(first_ev(h, "twitter:creator"));
    // og:* fallbacks X will use.
    let mut fallbacks = Vec::new();
    for (tw, og) in [
        ("twitter:title", "og:title"),
        ("twitter:description", "og:description"),
        ("twitter:image", "og:image"),
    ] {
        if first_value(h, tw).is_none() && first_value(h, og).is_some() {
            fallbacks.push(og);
        }
    }
    let (fen, ftr) = if fallbacks.is_empty() {
        (String::new(), String::new())
    } else {
        let l = fallbacks.join(", ");
        (
            format!(" X will use {} from the Open Graph tags.", l),
            format!(" X, Open Graph etiketlerindeki {} değerlerini kullanacak.", l),
        )
    };
    let card = first_value(h, "twitter:card");
    let fallbacks_json: Vec<serde_json::Value> = fallbacks.iter().map(|s| (*s).into()).collect();
    let finish = |o: Outcome| {
        o.evidence_all(ev.clone())
            .detail("ogFallbacks", fallbacks_json.clone())
    };
    if let Some(c) = card {
        if !CARD_TYPES.contains(&c.to_ascii_lowercase().as_str()) {
            return finish(Outcome::fail(ctx.t(
                format!("twitter:card {:?} is not a card type X knows (summary, summary_large_image, app, player).", c),
                format!("twitter:card {:?} X'in tanıdığı bir kart türü değil (summary, summary_large_image, app, player).", c),
            )));
        }
    }
    for key in ["twitter:site", "twitter:creator"] {
        if let Some(v) = first_value(h, key) {
            if !valid_handle(v) {
                return finish(Outcome::fail(ctx.t(
                    format!(
                        "{} {:?} is not an X handle: write @ and 1–15 letters, digits or underscores.",
                        key, v
                    ),
                    format!(
                        "{} {:?} bir X kullanıcı adı değil: @ ve 1–15 harf, rakam ya da alt çizgi yazın.",
                        key, v
                    ),
                )));
            }
        }
    }
    if card.is_none() {
        return finish(Outcome::warn(ctx.t(
            format!("No twitter:card: X shows at most a small summary card.{}", fen),
            format!(
                "twitter:card yok: X en fazla küçük bir özet kartı gösterir.{}",
                ftr
            ),
        )));
    }
    if first_value(h, "twitter:site").is_none() {
        return finish(Outcome::warn(ctx.t(
            format!("No twitter:site: the card does not credit your X account.{}", fen),
            format!("twitter:site yok: kart X hesabınızı göstermiyor.{}", ftr),
        )));
    }
    finish(Outcome::pass(ctx.t(
        format!("X card {} is set.{}", card.unwrap_or(""), fen),
        format!("X kartı {} tanımlı.{}", card.unwrap_or(""), ftr),
    )))
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    fn run(html: &str) -> crate::checks::Outcome {
        run_on(&super::CHECK, html, None)
    }

    #[test]
    fn unknown_card_fails() {
        let o = run(r#"<meta name="twitter:card" content="large">"#);
        assert_eq!(o.status, Status::Fail);
        assert_eq!(o.evidence.len(), 1);
    }

    #[test]
    fn malformed_handles_fail() {
        for bad in [
            "acme",
            "@",
            "@this_is_far_too_long_for_x",
            "@acme coffee",
            "https://x.com/acme",
        ] {
            let o = run(&format!(
                r#"<meta name="twitter:card" content="summary"><meta name="twitter:site" content="{bad}">"#
            ));
            assert_eq!(o.status, Status::Fail, "{bad}");
        }
        let o = run(
            r#"<meta name="twitter:card" content="summary"><meta name="twitter:site" content="@acme"><meta name="twitter:creator" content="@a-b">"#,
        );
        assert_eq!(o.status, Status::Fail);
    }

    #[test]
    fn missing_card_or_site_warns_and_names_fallbacks() {
        let o = run(r#"<meta property="og:title" content="A good title here">"#);
        assert_eq!(o.status, Status::Warn);
        assert!(o.message.contains("og:title"), "{}", o.message);
        let o = run(r#"<meta name="twitter:card" content="summary_large_image">"#);
        assert_eq!(o.status, Status::Warn);
        assert!(o.message.contains("twitter:site"));
    }

    #[test]
    fn complete_passes() {
        let o = run(
            r#"<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@acme_coffee"><meta property="og:image" content="https://e.com/a.jpg">"#,
        );
        assert_eq!(o.status, Status::Pass);
        assert_eq!(o.details["ogFallbacks"][0], "og:image");
    }
}
