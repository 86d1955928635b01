//! `dead-widgets`: scripts and buttons of discontinued services.

use crate::catalog::{network_name, ServiceKind};
use crate::checks::{ev, ev_line, Category, Check, Ctx, Outcome, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "dead-widgets",
    category: Category::Share,
    weight: 2,
    title: Text { en: "No dead share widgets", tr: "Kapanmış paylaşım eklentisi yok" },
    help: Text {
        en: "Remove the discontinued widget's script and markup, and replace it with plain share links or a maintained widget.",
        tr: "Kapanmış eklentinin betiğini ve işaretlemesini kaldırın; yerine düz paylaşım bağlantıları ya da bakımı süren bir eklenti koyun.",
    },
    doc: RuleDoc {
        what: "Fail: the page loads or shows a discontinued service — AddThis (ended 2023-05-31), Google+ buttons and share links (2019-04-02), StumbleUpon (2018), Delicious (2017), Yahoo Buzz (2011), the old Facebook `<fb:share-button>` / FB.Share, Digg buttons, Po.st, Vine embeds, FriendFeed, Revue and TinyLetter forms. Pass otherwise. The list with dates is the catalogue in src/catalog/services.rs.",
        why: "A dead service's script fails or loads nothing, slows the page, and leaves empty or broken buttons where visitors expect to share; some dead domains are re-registered by third parties and can serve anything.",
        fix: "Delete the old snippet. Use plain share links (no script) or a maintained widget.",
        example: "<a href=\"https://x.com/intent/post?url=https%3A%2F%2Fexample.com%2Fpost\">Share on X</a>",
        sources: &["https://www.addthis.com (shutdown notice, 2023-05-31)", "https://support.google.com/googleplus/answer/9195133"],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let s = &ctx.facts.share;
    let dead: Vec<_> = s.services_of(ServiceKind::Dead).collect();
    let dead_links: Vec<_> = s.share_links.iter().filter(|l| l.hit.dead.is_some()).collect();
    if dead.is_empty() && dead_links.is_empty() {
        return Outcome::pass(ctx.t(
            "No discontinued share services found.",
            "Kapanmış paylaşım hizmeti bulunmadı.",
        ));
    }
    let mut names: Vec<String> = dead
        .iter()
        .map(|d| format!("{} ({})", d.name, d.shutdown.unwrap_or("?")))
        .collect();
    for l in &dead_links {
        let net = network_name(l.hit.network);
        let n = format!("{} ({})", net, l.hit.dead.unwrap_or("?"));
        // The same service already listed from its widget (e.g. "StumbleUpon badge").
        if !names.contains(&n) && !dead.iter().any(|d| d.name.starts_with(net)) {
            names.push(n);
        }
    }
    let list = names.join(", ");
    Outcome::fail(ctx.t(
        format!("The page still uses discontinued services: {}.", list),
        format!("Sayfa hâlâ kapanmış hizmetleri kullanıyor: {}.", list),
    ))
    .evidence_all(dead.iter().map(|d| ev_line(&d.via, d.name, d.line)))
    .evidence_all(dead_links.iter().map(|l| ev(&l.loc, &l.href)))
    .detail("services", names)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn addthis_and_google_plus_fail_clean_passes() {
        let o = run_on(
            &super::CHECK,
            r#"<div class="addthis_inline_share_toolbox"></div><script src="//s7.addthis.com/js/300/addthis_widget.js#pubid=ra-1"></script>"#,
            None,
        );
        assert_eq!(o.status, Status::Fail);
        assert!(o.message.contains("AddThis (2023-05-31)"));
        let o = run_on(
            &super::CHECK,
            r#"<a href="https://plus.google.com/share?url=https%3A%2F%2Fexample.com">G+</a>"#,
            None,
        );
        assert_eq!(o.status, Status::Fail);
        assert!(o.message.contains("Google+"));
        assert_eq!(
            run_on(
                &super::CHECK,
                r#"<a href="https://x.com/intent/post?url=x">X</a>"#,
                None
            )
            .status,
            Status::Pass
        );
    }
}
