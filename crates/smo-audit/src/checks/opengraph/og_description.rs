//! `og-description`: the line of text under the headline of a shared link.

use super::common::first_ev;
use crate::checks::{Category, Check, Ctx, Outcome, Param, RuleDoc, Text};
use crate::text::char_len;

pub static CHECK: Check = Check {
    id: "og-description",
    category: Category::Opengraph,
    weight: 2,
    title: Text {
        en: "Open Graph description",
        tr: "Open Graph açıklaması",
    },
    help: Text {
        en: "Add <meta property=\"og:description\" content=\"…\"> in <head>: one or two sentences (50–200 characters) that make people click.",
        tr: "<head> içine <meta property=\"og:description\" content=\"…\"> ekleyin: tıklatan bir iki cümle (50–200 karakter).",
    },
    doc: RuleDoc {
        what: "Reads the first `og:description`. Fail: missing or empty. Warn: shorter than 50 or longer than 200 characters. Pass otherwise. Thresholds: `min` (50), `max` (200).",
        why: "Facebook, LinkedIn, Slack, Discord, WhatsApp and Telegram show og:description under the title of a shared link (X uses it when twitter:description is missing). Without it they take the meta description or a random piece of page text; X cuts descriptions at 200 characters.",
        fix: "Write one or two sentences that tell a reader in a feed what they get from the page; keep it between 50 and 200 characters.",
        example: "<meta property=\"og:description\" content=\"Five practical steps to get more shares from your blog posts, with examples from small shops.\">",
        sources: &[
            "https://ogp.me/#optional",
            "https://developers.facebook.com/docs/sharing/webmasters/",
            "https://developer.x.com/en/docs/x-for-websites/cards/overview/markup (description: maximum 200 characters)",
        ],
    },
    params: &[Param::count("min").at_most("max"), Param::count("max")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let f = ctx.facts;
    let min = ctx.param("min", 50.0) as usize;
    let max = ctx.param("max", 200.0) as usize;
    let Some(desc) = f.head.og_first("og:description") else {
        return Outcome::fail(ctx.t(
            "No og:description: platforms will show the meta description or a random piece of page text, or nothing.",
            "og:description yok: platformlar meta açıklamayı, sayfadan rastgele bir metni ya da hiçbir şey göstermeyecek.",
        ));
    };
    let evidence = first_ev(&f.head, "og:description");
    let n = char_len(desc.trim());
    let out = if n == 0 {
        Outcome::fail(ctx.t("og:description is empty.", "og:description boş."))
    } else if n < min {
        Outcome::warn(ctx.t(
            format!(
                "og:description is {} characters long; under {} gives readers little reason to click.",
                n, min
            ),
            format!(
                "og:description {} karakter; {} karakterin altı okura tıklamak için pek sebep vermez.",
                n, min
            ),
        ))
    } else if n > max {
        Outcome::warn(ctx.t(
            format!(
                "og:description is {} characters long; platforms cut it after about {}.",
                n, max
            ),
            format!(
                "og:description {} karakter; platformlar yaklaşık {} karakterden sonra keser.",
                n, max
            ),
        ))
    } else {
        Outcome::pass(ctx.t(
            format!("og:description is set ({} characters).", n),
            format!("og:description tanımlı ({} karakter).", n),
        ))
    };
    out.evidence_all(evidence).detail("length", n)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    fn run(html: &str) -> crate::checks::Outcome {
        run_on(&super::CHECK, html, None)
    }

    #[test]
    fn missing_and_empty_fail() {
        assert_eq!(run("<title>x</title>").status, Status::Fail);
        let o = run(r#"<meta property="og:description" content=" ">"#);
        assert_eq!(o.status, Status::Fail);
        assert!(o.message.contains("empty"));
    }

    #[test]
    fn short_and_long_warn() {
        assert_eq!(
            run(r#"<meta property="og:description" content="Too short.">"#).status,
            Status::Warn
        );
        let long = "word ".repeat(50);
        let o = run(&format!(r#"<meta property="og:description" content="{long}">"#));
        assert_eq!(o.status, Status::Warn);
        assert!(o.message.contains("cut"));
    }

    #[test]
    fn good_passes_with_line() {
        let o = run("<head>\n\n<meta property=\"og:description\" content=\"Beş adımda blog yazılarınızdan daha fazla paylaşım almanın yolları.\">");
        assert_eq!(o.status, Status::Pass);
        assert_eq!(o.evidence[0].line, Some(3));
    }
}
