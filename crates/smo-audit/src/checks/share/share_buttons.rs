//! `share-buttons`: can a visitor share the page to a network in one click?

use crate::catalog::network_name;
use crate::checks::{ev_line, Category, Check, Ctx, Outcome, Param, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "share-buttons",
    category: Category::Share,
    weight: 3,
    title: Text { en: "Share buttons", tr: "Paylaşım düğmeleri" },
    help: Text {
        en: "Add share links for the networks your readers use (e.g. https://www.facebook.com/sharer/sharer.php?u=URL, https://x.com/intent/post?url=URL, https://api.whatsapp.com/send?text=URL) or a button calling navigator.share().",
        tr: "Okurlarınızın kullandığı ağlar için paylaşım bağlantıları ekleyin (ör. https://www.facebook.com/sharer/sharer.php?u=URL, https://x.com/intent/post?url=URL, https://api.whatsapp.com/send?text=URL) ya da navigator.share() çağıran bir düğme koyun.",
    },
    doc: RuleDoc {
        what: "Counts the networks the page offers a share control for: links to share endpoints (Facebook sharer, X intent, LinkedIn, Pinterest, WhatsApp, Telegram, Reddit, VK, OK.ru, Tumblr, Threads, Bluesky, Mastodon, `mailto:?body=`, ...), buttons that open one, known share widgets (AddToAny, AddThis, ShareThis from any of its hosts, Shariff, Shareaholic, Jetpack, Social Warfare, Sassy Social Share, Elfsight, Gigya, the official Facebook / X / LinkedIn / Pinterest buttons, ...), networks named by the markup of script buttons (data attributes such as `data-share=\"twitter,facebook\"`, Shariff's `data-services`, `data-share-id`, `data-network`; class names read as whole segments such as `facebook-share`, `share__tool--email`, `st_facebook_large`, `addthis_button_email`, `a2a_button_x`; buttons labelled \"Facebook\" or \"Email\" inside a share container, or \"Share on …\" anywhere), and buttons wired to the Web Share API (`navigator.share`). Follow links and like buttons do not count. Pass: `min` (2) networks or more, a Web Share button, or a share widget whose networks are configured in its dashboard; warn: one network; fail: none.",
        why: "Rule 5 of social media optimization: the easier it is to pass a page on, the more it travels. Visitors rarely copy an address by hand; a share control in view turns a reader into a distributor.",
        fix: "Add share links next to the content (top or bottom of the article) for the networks your audience uses, or a single Share button calling navigator.share() on mobile.",
        example: "<a href=\"https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.com%2Fpost\">Facebook</a>\n<a href=\"https://x.com/intent/post?url=https%3A%2F%2Fexample.com%2Fpost\">X</a>",
        sources: &[
            "https://developers.facebook.com/docs/plugins/share-button/",
            "https://developer.x.com/en/docs/x-for-websites/tweet-button/guides/web-intent",
            "https://developer.mozilla.org/en-US/docs/Web/API/Navigator/share",
        ],
    },
    params: &[Param::count("min")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let s = &ctx.facts.share;
    let min = ctx.param("min", 2.0).max(1.0) as usize;
    let nets = s.networks();
    let webshare = s.share_networks.iter().find(|n| n.via == "webshare");
    let widget = s
        .share_networks
        .iter()
        .find(|n| n.via == "widget" && !crate::catalog::NETWORKS.iter().any(|k| k.id == n.network));
    let names: Vec<&str> = nets.iter().map(|n| network_name(n)).collect();
    let list = names.join(", ");
    let evidence = s.share_networks.iter().map(|n| {
        ev_line(
            &n.selector,
            format!("{} ({})", network_name(n.network), n.via),
            n.line,
        )
    });
    let out = if nets.len() >= min {
        Outcome::pass(ctx.t(
            format!("Share controls for {} networks: {}.", nets.len(), list),
            format!("{} ağ için paylaşım düğmesi var: {}.", nets.len(), list),
        ))
    } else if webshare.is_some() {
        Outcome::pass(ctx.t(
            "A share button uses the Web Share API (the phone's own share sheet).",
            "Bir paylaşım düğmesi Web Share API'yi (telefonun kendi paylaşım menüsünü) kullanıyor.",
        ))
    } else if let Some(w) = widget {
        let name = crate::catalog::service(w.network)
            .map(|x| x.name)
            .unwrap_or(w.network);
        Outcome::pass(ctx.t(
            format!("Share widget {} found (its networks are set in the widget's settings, not visible in the HTML).", name),
            format!("{} paylaşım eklentisi bulundu (ağları eklentinin ayarlarında seçiliyor, HTML'de görünmüyor).", name),
        ))
    } else if !nets.is_empty() {
        Outcome::warn(ctx.t(
            format!("Only {} can be shared to; add at least one more network.", list),
            format!(
                "Yalnızca {} ile paylaşılabiliyor; en az bir ağ daha ekleyin.",
                list
            ),
        ))
    } else {
        Outcome::fail(ctx.t(
            "No share buttons: no links to share endpoints, no share widget, no Web Share button.",
            "Paylaşım düğmesi yok: paylaşım adresine bağlantı, paylaşım eklentisi ya da Web Share düğmesi bulunamadı.",
        ))
    };
    out.evidence_all(evidence)
        .detail("networks", nets.iter().map(|n| n.to_string()).collect::<Vec<_>>())
        .detail("webShare", webshare.is_some())
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn none_fails() {
        assert_eq!(run_on(&super::CHECK, "<p>Hello</p>", None).status, Status::Fail);
    }

    #[test]
    fn one_network_warns() {
        let o = run_on(
            &super::CHECK,
            r#"<a href="https://t.me/share/url?url=https%3A%2F%2Fexample.com%2F">Telegram</a>"#,
            None,
        );
        assert_eq!(o.status, Status::Warn);
        assert!(o.message.contains("Telegram"));
    }

    #[test]
    fn two_networks_pass() {
        let o = run_on(
            &super::CHECK,
            r#"<a href="https://vk.com/share.php?url=x">VK</a><a href="https://connect.ok.ru/offer?url=x">OK</a>"#,
            None,
        );
        assert_eq!(o.status, Status::Pass);
        assert_eq!(o.evidence.len(), 2);
    }

    #[test]
    fn web_share_and_widget_pass() {
        let o = run_on(
            &super::CHECK,
            r#"<button onclick="navigator.share({url: location.href})">Share</button>"#,
            None,
        );
        assert_eq!(o.status, Status::Pass);
        let o = run_on(
            &super::CHECK,
            r#"<div class="sharethis-inline-share-buttons"></div><script src="https://platform-api.sharethis.com/js/sharethis.js#property=1" async></script>"#,
            None,
        );
        assert_eq!(o.status, Status::Pass);
        assert!(o.message.contains("ShareThis"));
    }
}
