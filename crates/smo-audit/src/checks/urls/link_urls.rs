//! `link-urls`: the site's internal links use readable addresses.

use url::Url;

use super::rules::{is_asset, readable, Readable};
use crate::checks::{ev, Category, Check, Ctx, Outcome, Param, RuleDoc, Text};
use crate::facts::LinkKind;

pub static CHECK: Check = Check {
    id: "link-urls",
    category: Category::Urls,
    weight: 1,
    title: Text {
        en: "Readable internal links",
        tr: "Okunabilir iç bağlantılar",
    },
    help: Text {
        en: "Link to the word-based addresses of your pages (/blog/social-media-tips), not to ?p=123 or /node/4711.",
        tr: "Sayfalarınızın kelimelerden oluşan adreslerine bağlantı verin (/blog/sosyal-medya-ipuclari); ?p=123 ya da /node/4711 adreslerine değil.",
    },
    doc: RuleDoc {
        what: "Applies the url-readable rules to every distinct internal link of the page (fragments ignored; links to files such as PDFs and images left out). An address named by an id only is unreadable; a script name still counts as readable. Pass: at least `pass_ratio` (0.8) readable. Warn: at least `warn_ratio` (0.5). Fail: fewer. Skip: fewer than `min_links` (3) internal links.",
        why: "Visitors from social networks move on through your links and share the pages they land on; whatever address a link uses is the one that gets copied and shared next. Id addresses in menus and lists spread unreadable links across the web.",
        fix: "Use the CMS's permalink function in templates (WordPress: get_permalink()) instead of building ?p= or /node/ links by hand; redirect the id addresses with 301s.",
        example: "<a href=\"/blog/social-media-tips\">Social media tips</a>",
        sources: &["https://developers.google.com/search/docs/crawling-indexing/url-structure"],
    },
    params: &[Param::count("min_links"), Param::ratio("pass_ratio"), Param::ratio("warn_ratio").at_most("pass_ratio")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let f = ctx.facts;
    let fallback_base = Url::parse("https://page.invalid/").ok();
    let base = f.base_url.as_ref().or(fallback_base.as_ref());
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut unreadable = Vec::new();
    let mut total = 0usize;
    for a in f.body.anchors.iter().filter(|a| a.kind == LinkKind::Internal) {
        let joined;
        let u = match &a.abs {
            Some(u) => u,
            None => {
                joined = a
                    .href
                    .as_deref()
                    .and_then(|h| base.and_then(|b| b.join(h.trim()).ok()));
                match &joined {
                    Some(u) => u,
                    None => continue,
                }
            }
        };
        // One destination per address without its fragment (the rules below read
        // only the path and query, so the fragment never changes their answer).
        let key = u.as_str().split('#').next().unwrap_or("");
        if seen.contains(key) || is_asset(u) {
            continue;
        }
        seen.insert(key.to_string());
        total += 1;
        if let Readable::IdOnly(_) = readable(u) {
            unreadable.push(a);
        }
    }
    let min_links = ctx.param("min_links", 3.0) as usize;
    if total < min_links {
        return Outcome::skip(ctx.t(
            format!("Only {total} internal link(s); at least {min_links} are needed to judge."),
            format!("Yalnızca {total} iç bağlantı var; değerlendirmek için en az {min_links} gerekir."),
        ));
    }
    let pass_ratio = ctx.param("pass_ratio", 0.8);
    let warn_ratio = ctx.param("warn_ratio", 0.5);
    let good = total - unreadable.len();
    let ratio = good as f64 / total as f64;
    let pct = (ratio * 100.0).round() as u32;
    let bad = unreadable.len();
    let out = if ratio >= pass_ratio {
        Outcome::pass(ctx.t(
            format!("{good} of {total} internal links ({pct}%) have readable addresses."),
            format!("{total} iç bağlantının {good} tanesi (%{pct}) okunabilir adres kullanıyor."),
        ))
    } else if ratio >= warn_ratio {
        Outcome::warn(ctx.t(
            format!("{bad} of {total} internal links name pages by an id only; only {pct}% are readable."),
            format!("{total} iç bağlantının {bad} tanesi sayfaları yalnızca kimlikle adlandırıyor; yalnızca %{pct} okunabilir."),
        ))
    } else {
        Outcome::fail(ctx.t(
            format!("Most internal links name pages by an id only ({bad} of {total}); only {pct}% are readable."),
            format!("İç bağlantıların çoğu sayfaları yalnızca kimlikle adlandırıyor ({total} bağlantının {bad} tanesi); yalnızca %{pct} okunabilir."),
        ))
    };
    out.evidence_all(unreadable.iter().map(|a| {
        ev(
            &a.loc,
            format!("<a href=\"{}\">{}</a>", a.href.as_deref().unwrap_or(""), a.text),
        )
    }))
    .detail("internalLinks", total)
    .detail("unreadable", bad)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    fn page(links: &[&str]) -> String {
        links.iter().map(|h| format!("<a href=\"{h}\">x</a>\n")).collect()
    }

    #[test]
    fn readable_links_pass() {
        let html = page(&[
            "/blog/a-b",
            "/about-us",
            "/contact",
            "/?p=5",
            "/blog/c-d",
            "/blog/a-b#x",
            "/files/x.pdf",
        ]);
        let o = run_on(&super::CHECK, &html, Some("https://e.com/blog/"));
        assert_eq!(o.status, Status::Pass, "{}", o.message);
        assert_eq!(o.details["internalLinks"], 5);
        assert_eq!(o.details["unreadable"], 1);
        assert_eq!(o.evidence[0].line, Some(4));
    }

    #[test]
    fn some_id_links_warn_most_fail() {
        let html = page(&["/a-b", "/c-d", "/?p=1", "/node/2"]);
        assert_eq!(
            run_on(&super::CHECK, &html, Some("https://e.com/x")).status,
            Status::Warn
        );
        let html = page(&["/a-b", "/?p=1", "/node/2", "/item.php?id=3"]);
        let o = run_on(&super::CHECK, &html, None);
        assert_eq!(o.status, Status::Fail);
        assert_eq!(o.evidence.len(), 3);
    }

    #[test]
    fn few_internal_links_skip() {
        let html = page(&["/a-b", "https://other.example/x-y", "mailto:a@b.c", "#top"]);
        assert_eq!(
            run_on(&super::CHECK, &html, Some("https://e.com/x")).status,
            Status::Skip
        );
    }
}
