//! `comments`: a comment section on articles.

use crate::catalog::ServiceKind;
use crate::checks::{ev, ev_line, Category, Check, Ctx, Outcome, RuleDoc, Text};
use crate::facts::PageKind;

pub static CHECK: Check = Check {
    id: "comments",
    category: Category::Engagement,
    weight: 2,
    title: Text { en: "Comments", tr: "Yorumlar" },
    help: Text {
        en: "Open a discussion under the article: your CMS's comment form, or a system such as Giscus, Disqus or Hyvor Talk.",
        tr: "Yazının altında tartışmaya yer açın: CMS'inizin yorum formu ya da Giscus, Disqus, Hyvor Talk gibi bir sistem.",
    },
    doc: RuleDoc {
        what: "Pass: a comment form (a form with a textarea inside a comments area, or whose id / class / action names comments, e.g. WordPress #commentform → wp-comments-post.php), or a comment system from the catalogue (Disqus, Facebook comments, Giscus, utterances, Commento, Hyvor Talk, Remark42, Cusdis, Isso, Coral, OpenWeb, Viafoura, Vuukle, ...). Warn: none on an article. Skip: other page kinds.",
        why: "Rule 7 of social media optimization: discussion keeps visitors from social networks on the page and gives them a reason to come back and share again.",
        fix: "Enable comments on articles, or embed a comment system.",
        example: "<section id=\"comments\"><form id=\"commentform\" action=\"/comments\" method=\"post\"><textarea name=\"comment\" aria-label=\"Comment\"></textarea><button>Send</button></form></section>",
        sources: &["https://giscus.app", "https://wordpress.org/documentation/article/comments-in-wordpress/"],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let f = ctx.facts;
    if let Some(s) = f.share.services_of(ServiceKind::Comments).next() {
        return Outcome::pass(ctx.t(
            format!("Comment section: {}.", s.name),
            format!("Yorum bölümü: {}.", s.name),
        ))
        .evidence(ev_line(&s.via, s.name, s.line));
    }
    if let Some(form) = f.share.comment_forms.first().and_then(|&i| f.body.forms.get(i)) {
        return Outcome::pass(ctx.t("The page has a comment form.", "Sayfada yorum formu var."))
            .evidence(ev(&form.loc, form.action.as_deref().unwrap_or("<form>")));
    }
    if ctx.kind() == PageKind::Article {
        Outcome::warn(ctx.t(
            "This article has no comment section.",
            "Bu yazıda yorum bölümü yok.",
        ))
    } else {
        Outcome::skip(ctx.t(
            "No comments; only expected on articles.",
            "Yorum yok; yalnızca yazılarda beklenir.",
        ))
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn comments_paths() {
        assert_eq!(
            run_on(
                &super::CHECK,
                r#"<script src="https://giscus.app/client.js" data-repo="a/b" async></script>"#,
                None
            )
            .status,
            Status::Pass
        );
        assert_eq!(
            run_on(
                &super::CHECK,
                r#"<div id="comments"><form action="/c"><textarea name="body"></textarea></form></div>"#,
                None
            )
            .status,
            Status::Pass
        );
        // A contact form is not a comment section.
        assert_eq!(run_on(&super::CHECK, r#"<meta property="og:type" content="article"><form action="/contact"><textarea name="msg"></textarea></form>"#, None).status, Status::Warn);
        assert_eq!(run_on(&super::CHECK, "<p>x</p>", None).status, Status::Skip);
    }
}
