//! `sitemap`: a sitemap.xml (or one named in robots.txt).

use super::SiteCtx;
use crate::checks::{Category, Check, Outcome, RuleDoc, Text};
use crate::facts::site::robots::Robots;

pub static CHECK: Check = Check {
    id: "sitemap",
    category: Category::Site,
    weight: 1,
    title: Text {
        en: "Sitemap",
        tr: "Site haritası",
    },
    help: Text {
        en: "Publish /sitemap.xml listing your pages and name it in robots.txt with a Sitemap: line.",
        tr: "Sayfalarınızı listeleyen /sitemap.xml yayımlayın ve robots.txt içinde Sitemap: satırıyla belirtin.",
    },
    doc: RuleDoc {
        what: "Pass: the build has `sitemap.xml` (or `sitemap_index.xml`, `sitemap.xml.gz`) at its root, or robots.txt names a sitemap. Warn: neither. Skip: pages without a file tree.",
        why: "A sitemap tells crawlers about every page, including new posts you are about to share, so the page and its preview are known before the first click arrives.",
        fix: "Have the site generator write sitemap.xml (most do with a plugin) and add `Sitemap: https://example.com/sitemap.xml` to robots.txt.",
        example: "Sitemap: https://example.com/sitemap.xml",
        sources: &["https://www.sitemaps.org/protocol.html", "https://www.rfc-editor.org/rfc/rfc9309#section-2.3.5"],
    },
    params: &[],
    run: crate::checks::Run::Site(run),
};

fn run(ctx: &SiteCtx) -> Outcome {
    let d = ctx.data;
    if !d.has_files {
        return Outcome::skip(ctx.t(
            "No file tree to look for a sitemap in.",
            "Site haritası aranacak bir dosya ağacı yok.",
        ));
    }
    let file = ["sitemap.xml", "sitemap_index.xml", "sitemap.xml.gz"]
        .into_iter()
        .find(|f| d.files.contains_key(*f));
    let named = d
        .robots_txt
        .as_deref()
        .map(|t| Robots::parse(t).sitemaps)
        .unwrap_or_default();
    match (file, named.first()) {
        (Some(f), Some(n)) => Outcome::pass(ctx.t(
            format!("{} is there and robots.txt names {}.", f, n),
            format!("{} mevcut ve robots.txt {} adresini belirtiyor.", f, n),
        )),
        (Some(f), None) => Outcome::pass(ctx.t(
            format!(
                "{} is there (tip: also name it in robots.txt with a Sitemap: line).",
                f
            ),
            format!(
                "{} mevcut (ipucu: robots.txt içinde Sitemap: satırıyla da belirtin).",
                f
            ),
        )),
        (None, Some(n)) => Outcome::pass(ctx.t(
            format!("robots.txt names the sitemap {}.", n),
            format!("robots.txt {} site haritasını belirtiyor.", n),
        )),
        (None, None) => Outcome::warn(ctx.t(
            "No sitemap.xml and no Sitemap: line in robots.txt.",
            "sitemap.xml yok, robots.txt içinde Sitemap: satırı da yok.",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{img, run, site};
    use super::*;
    use crate::vocab::Status;

    #[test]
    fn rules() {
        let d = site(&[("index.html", "")], &[], None);
        assert_eq!(run(&CHECK, &d).status, Status::Warn);
        let d = site(&[("index.html", "")], &[("sitemap.xml", img(0, 0))], None);
        assert_eq!(run(&CHECK, &d).status, Status::Pass);
        let d = site(
            &[("index.html", "")],
            &[],
            Some("Sitemap: https://example.com/s.xml\n"),
        );
        assert_eq!(run(&CHECK, &d).status, Status::Pass);
    }
}
