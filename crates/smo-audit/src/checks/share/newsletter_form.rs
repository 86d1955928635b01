//! `newsletter-form`: an e-mail subscription form or newsletter embed.

use crate::catalog::ServiceKind;
use crate::checks::{ev, ev_line, Category, Check, Ctx, Outcome, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "newsletter-form",
    category: Category::Share,
    weight: 1,
    title: Text { en: "Newsletter sign-up", tr: "Bülten kaydı" },
    help: Text {
        en: "Add an e-mail sign-up form (your newsletter provider's embed, or a form with an <input type=\"email\">).",
        tr: "Bir e-posta kayıt formu ekleyin (bülten sağlayıcınızın hazır formu ya da <input type=\"email\"> içeren bir form).",
    },
    doc: RuleDoc {
        what: "Pass: a form with a visible e-mail field and at most 4 visible inputs, without a password field (login), a textarea (contact / comment) or a search role; or a known newsletter embed (Mailchimp, Substack, MailerLite, Brevo, Kit/ConvertKit, beehiiv, Buttondown, Campaign Monitor, AWeber, GetResponse, Klaviyo, HubSpot forms, MailPoet). Warn: none.",
        why: "A newsletter is the outgoing channel you own: a visitor from a social feed who subscribes can be reached again without paying the network.",
        fix: "Embed your provider's sign-up form near the end of the content or in the footer.",
        example: "<form action=\"https://example.us1.list-manage.com/subscribe/post?u=…&id=…\" method=\"post\"><input type=\"email\" name=\"EMAIL\" aria-label=\"E-mail\"><button>Subscribe</button></form>",
        sources: &["https://mailchimp.com/help/add-a-signup-form-to-your-website/"],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let f = ctx.facts;
    let providers: Vec<_> = f.share.services_of(ServiceKind::Newsletter).collect();
    let forms: Vec<_> = f
        .share
        .newsletter_forms
        .iter()
        .filter_map(|&i| f.body.forms.get(i))
        .collect();
    if providers.is_empty() && forms.is_empty() {
        return Outcome::warn(ctx.t(
            "No e-mail subscription form or newsletter embed.",
            "E-posta abonelik formu ya da bülten eklentisi yok.",
        ));
    }
    let names: Vec<&str> = providers.iter().map(|p| p.name).collect();
    let msg = if names.is_empty() {
        ctx.t(
            format!("{} e-mail sign-up form(s).", forms.len()),
            format!("{} e-posta kayıt formu var.", forms.len()),
        )
    } else {
        ctx.t(
            format!("Newsletter sign-up: {}.", names.join(", ")),
            format!("Bülten kaydı: {}.", names.join(", ")),
        )
    };
    Outcome::pass(msg)
        .evidence_all(providers.iter().map(|p| ev_line(&p.via, p.name, p.line)))
        .evidence_all(
            forms
                .iter()
                .map(|x| ev(&x.loc, x.action.as_deref().unwrap_or("<form>"))),
        )
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn signup_passes_login_and_comment_warn() {
        assert_eq!(run_on(&super::CHECK, r#"<form action="/subscribe"><input type="email" name="email"><button>Abone ol</button></form>"#, None).status, Status::Pass);
        assert_eq!(
            run_on(
                &super::CHECK,
                r#"<iframe src="https://brand.substack.com/embed"></iframe>"#,
                None
            )
            .status,
            Status::Pass
        );
        assert_eq!(run_on(&super::CHECK, r#"<form action="/login"><input type="email" name="email"><input type="password" name="p"></form>"#, None).status, Status::Warn);
        assert_eq!(run_on(&super::CHECK, r#"<form id="commentform"><input type="email" name="email"><textarea name="comment"></textarea></form>"#, None).status, Status::Warn);
    }
}
