//! `broken-links`: internal links to pages or files that do not exist.

use super::{ev_page, SiteCtx, Target};
use crate::checks::{Category, Check, Outcome, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "broken-links",
    category: Category::Site,
    weight: 3,
    title: Text {
        en: "No broken internal links",
        tr: "Kırık iç bağlantı yok",
    },
    help: Text {
        en: "Fix or remove links to pages and files that do not exist in the build (check the path, the file name's case and the extension).",
        tr: "Derlemede olmayan sayfa ve dosyalara giden bağlantıları düzeltin ya da kaldırın (yolu, dosya adındaki büyük/küçük harfi ve uzantıyı kontrol edin).",
    },
    doc: RuleDoc {
        what: "Resolves every same-site `<a href>`, `<img src>`, `<script src>` and `<link href>` (stylesheets, icons, feeds) of every page against the site: a page (`/x/` → `x/index.html`, `/x` → `x.html`), or a file of the build. Fail: any that leads nowhere; each is listed with its page and line. Pass otherwise. Links to other hosts are not fetched. With pages but no file tree, only links to pages are judged.",
        why: "A visitor from a social network who clicks on to a dead page leaves the site: a bounce the share had earned. Missing images and styles make the page look broken in the first seconds.",
        fix: "Correct the address (path, case, extension), restore the missing file, or point the link to the page that replaced it and add a redirect for old shares.",
        example: "<a href=\"/blog/content-calendar/\">Content calendar guide</a>",
        sources: &["https://developers.google.com/search/docs/crawling-indexing/http-network-errors"],
    },
    params: &[],
    run: crate::checks::Run::Site(run),
};

fn run(ctx: &SiteCtx) -> Outcome {
    let d = ctx.data;
    let mut broken = Vec::new();
    let mut checked = 0usize;
    let index = ctx.index();
    for p in d.pages.views() {
        for r in p.refs() {
            match index.lookup(r.url) {
                Target::Outside => {}
                Target::Missing => {
                    checked += 1;
                    broken.push((p.path(), r));
                }
                _ => checked += 1,
            }
        }
    }
    if checked == 0 {
        return Outcome::skip(ctx.t("No internal links to check.", "Denetlenecek iç bağlantı yok."));
    }
    if broken.is_empty() {
        return Outcome::pass(ctx.t(
            format!(
                "All {} internal links and asset references lead somewhere.",
                checked
            ),
            format!(
                "{} iç bağlantı ve dosya başvurusunun tümü bir yere çıkıyor.",
                checked
            ),
        ))
        .detail("checked", checked);
    }
    let message = if d.crawled {
        ctx.t(
            format!(
                "Broken internal links: {}. The pages or files they point to could not be fetched (each says why).",
                broken.len()
            ),
            format!(
                "{} iç bağlantının gittiği sayfa ya da dosya alınamadı (her biri nedenini söylüyor).",
                broken.len()
            ),
        )
    } else {
        ctx.t(
            format!(
                "Broken internal links: {}. The pages or files they point to do not exist.",
                broken.len()
            ),
            format!(
                "{} iç bağlantı var olmayan sayfa ya da dosyalara gidiyor.",
                broken.len()
            ),
        )
    };
    let mut out = Outcome::fail(message)
        .detail("broken", broken.len())
        .detail("checked", checked);
    for (p, r) in &broken {
        let url = ctx.shown(r.url);
        let snippet = match ctx.failure(r.url) {
            Some(why) => format!("<{}> {}: {}", r.tag, url, why),
            None => format!("<{}> {}", r.tag, url),
        };
        out = out.evidence(ev_page(p, snippet, r.line));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{img, run, site};
    use super::*;
    use crate::vocab::Status;

    #[test]
    fn finds_missing_pages_and_assets() {
        let d = site(
            &[
                ("index.html", "<a href=/blog/>b</a>\n<a href=/gone.html>x</a>\n<img src=/images/a.png alt=''><img src=/images/none.png alt=''><a href='https://other.com/x'>o</a>"),
                ("blog/index.html", "<a href=../>home</a>"),
            ],
            &[("images/a.png", img(10, 10))],
            None,
        );
        let o = run(&CHECK, &d);
        assert_eq!(o.status, Status::Fail);
        assert_eq!(o.details["broken"], 2);
        assert_eq!(o.evidence[0].line, Some(2));
        assert_eq!(o.evidence[0].url.as_deref(), Some("index.html"));
        let d = site(
            &[("index.html", "<a href=a>a</a>"), ("a.html", "<a href=/>h</a>")],
            &[],
            None,
        );
        assert_eq!(run(&CHECK, &d).status, Status::Pass);
    }
}
