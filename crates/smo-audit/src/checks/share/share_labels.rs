//! `share-labels`: every share control has an accessible name.

use crate::catalog::network_name;
use crate::checks::{ev, Category, Check, Ctx, Outcome, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "share-labels",
    category: Category::Share,
    weight: 1,
    title: Text { en: "Share buttons have names", tr: "Paylaşım düğmelerinin adı var" },
    help: Text {
        en: "Give icon-only share links a name: aria-label=\"Share on Facebook\" (or visible text, a title, or an alt on the icon image).",
        tr: "Yalnızca simgeden oluşan paylaşım bağlantılarına bir ad verin: aria-label=\"Facebook'ta paylaş\" (ya da görünür metin, title veya simge görselinde alt).",
    },
    doc: RuleDoc {
        what: "Looks at every share link and share button found by share-buttons and computes its accessible name (aria-label, text, image alt, title). Pass: all have one; warn: some don't; skip: no share controls in the HTML (widgets that draw their buttons with JavaScript cannot be checked).",
        why: "Share bars are usually icon-only. Without a name, screen readers announce \"link\" and voice control cannot target the button; visitors who rely on them cannot share.",
        fix: "Add aria-label to each icon-only share link, naming the action and the network.",
        example: "<a href=\"https://www.facebook.com/sharer/sharer.php?u=…\" aria-label=\"Share on Facebook\"><svg aria-hidden=\"true\">…</svg></a>",
        sources: &["https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context.html", "https://www.w3.org/TR/accname-1.2/"],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let c = &ctx.facts.share.controls;
    if c.is_empty() {
        return Outcome::skip(ctx.t(
            "No share links or buttons in the HTML.",
            "HTML'de paylaşım bağlantısı ya da düğmesi yok.",
        ));
    }
    let unnamed: Vec<_> = c
        .iter()
        .filter(|x| x.name.as_deref().is_none_or(|n| n.trim().is_empty()))
        .collect();
    if unnamed.is_empty() {
        return Outcome::pass(ctx.t(
            format!("All {} share controls have a name.", c.len()),
            format!("{} paylaşım düğmesinin hepsinin adı var.", c.len()),
        ));
    }
    let nets: Vec<&str> = unnamed.iter().map(|x| network_name(x.network)).collect();
    Outcome::warn(ctx.t(
        format!(
            "{} of {} share controls have no accessible name ({}).",
            unnamed.len(),
            c.len(),
            nets.join(", ")
        ),
        format!(
            "{} / {} paylaşım düğmesinin erişilebilir adı yok ({}).",
            unnamed.len(),
            c.len(),
            nets.join(", ")
        ),
    ))
    .evidence_all(unnamed.iter().map(|x| ev(&x.loc, network_name(x.network))))
    .detail("unnamed", unnamed.len())
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn named_pass_unnamed_warn_none_skip() {
        let o = run_on(
            &super::CHECK,
            r#"<a href="https://vk.com/share.php?url=x" aria-label="VK"><svg></svg></a><a href="https://t.me/share/url?url=x"><img src="t.svg" alt="Telegram"></a>"#,
            None,
        );
        assert_eq!(o.status, Status::Pass);
        let o = run_on(
            &super::CHECK,
            r#"<a href="https://vk.com/share.php?url=x"><svg></svg></a><a href="https://t.me/share/url?url=x" title="Telegram"><i class="icon"></i></a>"#,
            None,
        );
        assert_eq!(o.status, Status::Warn);
        assert!(o.message.contains("VK"));
        assert_eq!(run_on(&super::CHECK, "<p>x</p>", None).status, Status::Skip);
    }
}
