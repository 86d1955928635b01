//! `og-site-name`: the brand shown above or beside the title of a shared link.

use super::common::{first_ev, first_value};
use crate::checks::{Category, Check, Ctx, Outcome, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "og-site-name",
    category: Category::Opengraph,
    weight: 1,
    title: Text {
        en: "Open Graph site name",
        tr: "Open Graph site adı",
    },
    help: Text {
        en: "Add <meta property=\"og:site_name\" content=\"Your brand\">.",
        tr: "<meta property=\"og:site_name\" content=\"Markanız\"> ekleyin.",
    },
    doc: RuleDoc {
        what: "Looks for a non-empty `og:site_name`. Warn: missing or empty. Pass otherwise.",
        why: "Slack, Discord and Telegram print og:site_name above the title of a shared link, and Facebook uses it in some layouts; without it they show the bare domain, and the brand stays out of the title only when it has its own place.",
        fix: "Set og:site_name to the brand name and keep the brand out of og:title.",
        example: "<meta property=\"og:site_name\" content=\"Acme Coffee\">",
        sources: &["https://ogp.me/#optional", "https://api.slack.com/reference/messaging/link-unfurling (observed: site name above the title)"],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let h = &ctx.facts.head;
    match first_value(h, "og:site_name") {
        Some(s) => Outcome::pass(ctx.t(
            format!("og:site_name is {:?}.", s),
            format!("og:site_name: {:?}.", s),
        ))
        .evidence_all(first_ev(h, "og:site_name")),
        None => Outcome::warn(ctx.t(
            "No og:site_name: Slack, Discord and Telegram show the bare domain instead of your brand.",
            "og:site_name yok: Slack, Discord ve Telegram markanız yerine çıplak alan adını gösterir.",
        ))
        .evidence_all(first_ev(h, "og:site_name")),
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn missing_or_empty_warns_set_passes() {
        assert_eq!(
            run_on(&super::CHECK, "<title>x</title>", None).status,
            Status::Warn
        );
        let o = run_on(
            &super::CHECK,
            r#"<meta property="og:site_name" content=" ">"#,
            None,
        );
        assert_eq!(o.status, Status::Warn);
        assert_eq!(o.evidence.len(), 1);
        let o = run_on(
            &super::CHECK,
            r#"<meta property="og:site_name" content="Acme">"#,
            None,
        );
        assert_eq!(o.status, Status::Pass);
    }
}
