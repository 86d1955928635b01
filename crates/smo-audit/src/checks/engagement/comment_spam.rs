//! `comment-spam`: the comment form is protected from spam.

use crate::catalog::ServiceKind;
use crate::checks::{ev, ev_line, Category, Check, Ctx, Outcome, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "comment-spam",
    category: Category::Engagement,
    weight: 1,
    title: Text { en: "Comment spam protection", tr: "Yorum spam koruması" },
    help: Text {
        en: "Protect the comment form: Akismet / Antispam Bee, a honeypot field, or a captcha (Turnstile, hCaptcha, reCAPTCHA).",
        tr: "Yorum formunu koruyun: Akismet / Antispam Bee, bir bal küpü (honeypot) alanı ya da captcha (Turnstile, hCaptcha, reCAPTCHA).",
    },
    doc: RuleDoc {
        what: "Looks at the page's own comment forms (see `comments`). Pass: a captcha or anti-spam service from the catalogue (reCAPTCHA, hCaptcha, Turnstile, Friendly Captcha, Yandex SmartCaptcha, Akismet, Antispam Bee, WordPress captcha plugins) or a honeypot field (a CSS-hidden input, or a field named honeypot / ak_hp / bot-field / _gotcha, Netlify `data-netlify-honeypot`). Warn: none. Skip: no comment form (hosted systems such as Disqus filter spam themselves).",
        why: "An unprotected comment form fills with spam links within days; spam drives real readers away and can get the page flagged by networks and search engines.",
        fix: "Turn on Akismet or Antispam Bee (WordPress), add a honeypot field, or add an invisible captcha such as Cloudflare Turnstile.",
        example: "<p style=\"display:none\"><label>Leave empty <input name=\"hp_website\" tabindex=\"-1\" autocomplete=\"off\"></label></p>",
        sources: &["https://developers.cloudflare.com/turnstile/", "https://akismet.com/"],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let f = ctx.facts;
    let Some(form) = f.share.comment_forms.first().and_then(|&i| f.body.forms.get(i)) else {
        return Outcome::skip(ctx.t("No comment form on the page.", "Sayfada yorum formu yok."));
    };
    if let Some(s) = f.share.services_of(ServiceKind::Captcha).next() {
        return Outcome::pass(ctx.t(
            format!("The comment form is protected: {}.", s.name),
            format!("Yorum formu korumalı: {}.", s.name),
        ))
        .evidence(ev_line(&s.via, s.name, s.line));
    }
    if let Some(h) = f.share.honeypots.first() {
        return Outcome::pass(ctx.t(
            format!("The comment form has a honeypot field ({}).", h),
            format!("Yorum formunda bal küpü alanı var ({}).", h),
        ))
        .evidence(ev(&form.loc, h));
    }
    Outcome::warn(ctx.t(
        "The comment form has no visible spam protection (no captcha, anti-spam plugin or honeypot).",
        "Yorum formunda görünür bir spam koruması yok (captcha, spam eklentisi ya da bal küpü yok).",
    ))
    .evidence(ev(&form.loc, form.action.as_deref().unwrap_or("<form>")))
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    const FORM: &str =
        r#"<div id="comments"><form id="commentform" action="/c"><textarea name="comment"></textarea>"#;

    #[test]
    fn spam_paths() {
        assert_eq!(
            run_on(
                &super::CHECK,
                &format!(r#"{FORM}<div class="cf-turnstile" data-sitekey="x"></div></form></div>"#),
                None
            )
            .status,
            Status::Pass
        );
        assert_eq!(
            run_on(
                &super::CHECK,
                &format!(r#"{FORM}<input name="website" style="display:none"></form></div>"#),
                None
            )
            .status,
            Status::Pass
        );
        assert_eq!(
            run_on(&super::CHECK, &format!("{FORM}</form></div>"), None).status,
            Status::Warn
        );
        assert_eq!(
            run_on(&super::CHECK, r#"<div id="disqus_thread"></div>"#, None).status,
            Status::Skip
        );
    }
}
