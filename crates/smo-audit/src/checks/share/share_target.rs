//! `share-target`: do the share links carry this page's address?

use url::Url;

use crate::catalog::{network_name, template_marker};
use crate::checks::{ev, Category, Check, Ctx, Outcome, RuleDoc, Text};
use crate::facts::PageKind;

pub static CHECK: Check = Check {
    id: "share-target",
    category: Category::Share,
    weight: 2,
    title: Text { en: "Share links point to this page", tr: "Paylaşım bağlantıları bu sayfayı gösteriyor" },
    help: Text {
        en: "Put this page's canonical address, URL-encoded, in every share link's url parameter (e.g. ?u=https%3A%2F%2Fexample.com%2Fpost), rendered on the server.",
        tr: "Her paylaşım bağlantısının url parametresine bu sayfanın kanonik adresini URL-kodlu olarak koyun (ör. ?u=https%3A%2F%2Fexample.com%2Fyazi); sunucuda doldurulmuş olsun.",
    },
    doc: RuleDoc {
        what: "Decodes the URL parameter of every share link (`u`, `url`, `href`, `link`, `canonicalUrl`, ...; for WhatsApp, Bluesky, Mastodon and e-mail the URL inside the text) and compares it with the page URL (given URL, canonical, og:url), ignoring scheme, `www.`, a trailing slash, the fragment and the query (sites tag their own share links, e.g. `?CMP=share_btn_fb`; on the site root `/` the query counts, minus `utm_*`). Fail: a link holds an unrendered template (`{{url}}`, `%URL%`, `[url]`, `<?php`, `${...}`), an empty target, or another page of the same site (on the home page such links — per-post share bars in a list — only warn). Warn: a target on another host (a short link such as nyti.ms cannot be followed offline), a relative target, or a target whose own `?` query was not encoded. Skip: no share link carries a URL.",
        why: "A share link that carries the wrong address shares the wrong page (often the home page or a template placeholder), and the preview the network shows is then not this content.",
        fix: "Render the page's canonical URL into each share link on the server, and encode it with encodeURIComponent (or urlencode).",
        example: "<a href=\"https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.com%2Fpost\">LinkedIn</a>",
        sources: &["https://developers.facebook.com/docs/sharing/reference/share-dialog", "https://www.rfc-editor.org/rfc/rfc3986#section-2.1"],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

/// Comparable form: host without www, path without trailing slash; the query
/// only on the site root (`/?p=123`), and never its `utm_*` parameters. Sites tag
/// their own share links (`?CMP=share_btn_fb`, `?ocid=…`): same page.
fn norm(u: &Url) -> String {
    let host = u
        .host_str()
        .unwrap_or("")
        .trim_start_matches("www.")
        .to_ascii_lowercase();
    let path = u.path().trim_end_matches('/');
    if !path.is_empty() {
        return format!("{}{}", host, path);
    }
    let q: Vec<String> = u
        .query_pairs()
        .filter(|(k, _)| !k.to_ascii_lowercase().starts_with("utm_"))
        .map(|(k, v)| format!("{}={}", k, v))
        .collect();
    format!("{}/?{}", host, q.join("&"))
}

fn run(ctx: &Ctx) -> Outcome {
    let f = ctx.facts;
    let mut candidates: Vec<Url> = Vec::new();
    candidates.extend(f.given_url.clone());
    candidates.extend(f.head.canonical_abs());
    candidates.extend(f.head.og_url_abs());
    let own: Vec<String> = candidates.iter().map(norm).collect();
    let site = f.page_url.as_ref().and_then(crate::facts::site_host);
    let (mut fails, mut warns, mut others_same_site, mut checked) = (Vec::new(), Vec::new(), 0usize, 0usize);
    for l in &f.share.share_links {
        let Some(target) = l.hit.target() else { continue };
        checked += 1;
        let net = network_name(l.hit.network);
        if let Some(t) = template_marker(&target) {
            fails.push((
                l,
                ctx.t(
                    format!("{}: unrendered template {}", net, t),
                    format!("{}: doldurulmamış şablon {}", net, t),
                ),
            ));
            continue;
        }
        if target.trim().is_empty() {
            fails.push((
                l,
                ctx.t(format!("{}: empty URL", net), format!("{}: boş adres", net)),
            ));
            continue;
        }
        let parsed = crate::catalog::parse_loose(&target);
        let Some(u) = parsed.filter(|u| matches!(u.scheme(), "http" | "https")) else {
            warns.push((
                l,
                ctx.t(
                    format!("{}: not an absolute URL ({})", net, target),
                    format!("{}: tam adres değil ({})", net, target),
                ),
            ));
            continue;
        };
        if l.href.contains(&format!("={}", target)) && target.contains('?') {
            warns.push((
                l,
                ctx.t(
                    format!("{}: the shared URL is not encoded; its own query may be cut", net),
                    format!(
                        "{}: paylaşılan adres kodlanmamış; kendi sorgu kısmı kesilebilir",
                        net
                    ),
                ),
            ));
        }
        if own.is_empty() || own.contains(&norm(&u)) {
            continue;
        }
        if crate::facts::site_host(&u) != site || site.is_none() {
            // Another host: a short link (nyti.ms, a.msn.com) or a mistake; cannot be verified offline.
            warns.push((
                l,
                ctx.t(
                    format!(
                        "{}: points to another host ({}); make sure it redirects here",
                        net, u
                    ),
                    format!(
                        "{}: başka bir alan adını gösteriyor ({}); buraya yönlendirdiğinden emin olun",
                        net, u
                    ),
                ),
            ));
            continue;
        }
        others_same_site += 1;
        fails.push((
            l,
            ctx.t(
                format!("{}: points to {}", net, u),
                format!("{}: {} adresini gösteriyor", net, u),
            ),
        ));
    }
    if checked == 0 {
        return Outcome::skip(ctx.t(
            "No share link carries a URL to check.",
            "Denetlenecek adres taşıyan paylaşım bağlantısı yok.",
        ));
    }
    let listing = f.kind == PageKind::Home && !fails.is_empty() && others_same_site == fails.len();
    let evidence = |v: &Vec<(&crate::facts::share::ShareLink, String)>| {
        v.iter().map(|(l, _)| ev(&l.loc, &l.href)).collect::<Vec<_>>()
    };
    let msgs = |v: &Vec<(&crate::facts::share::ShareLink, String)>| {
        v.iter()
            .map(|(_, m)| m.clone())
            .take(5)
            .collect::<Vec<_>>()
            .join("; ")
    };
    if !fails.is_empty() && !listing {
        return Outcome::fail(ctx.t(
            format!(
                "{} of {} share links do not carry this page's address: {}.",
                fails.len(),
                checked,
                msgs(&fails)
            ),
            format!(
                "{} / {} paylaşım bağlantısı bu sayfanın adresini taşımıyor: {}.",
                fails.len(),
                checked,
                msgs(&fails)
            ),
        ))
        .evidence_all(evidence(&fails))
        .detail("checked", checked);
    }
    if listing {
        return Outcome::warn(ctx.t(
            format!("{} share links on the home page point to other pages of the site (per-post share bars); check that the page itself can be shared.", fails.len()),
            format!("Ana sayfadaki {} paylaşım bağlantısı sitenin başka sayfalarını gösteriyor (yazı başına paylaşım çubukları); sayfanın kendisinin de paylaşılabildiğini kontrol edin.", fails.len()),
        ))
        .evidence_all(evidence(&fails))
        .detail("checked", checked);
    }
    if !warns.is_empty() {
        return Outcome::warn(ctx.t(
            format!("Share link problems: {}.", msgs(&warns)),
            format!("Paylaşım bağlantısı sorunları: {}.", msgs(&warns)),
        ))
        .evidence_all(evidence(&warns))
        .detail("checked", checked);
    }
    let msg = if own.is_empty() {
        ctx.t(format!("{} share links carry a URL (the page's own address is unknown: pass --url to compare).", checked), format!("{} paylaşım bağlantısı adres taşıyor (sayfanın adresi bilinmiyor: karşılaştırmak için --url verin).", checked))
    } else {
        ctx.t(
            format!("All {} share links carry this page's address.", checked),
            format!(
                "{} paylaşım bağlantısının hepsi bu sayfanın adresini taşıyor.",
                checked
            ),
        )
    };
    Outcome::pass(msg).detail("checked", checked)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;
    const URL: Option<&str> = Some("https://example.com/blog/post");

    #[test]
    fn matching_passes_ignoring_www_slash_utm() {
        let o = run_on(
            &super::CHECK,
            r#"<a href="https://www.facebook.com/sharer.php?u=https%3A%2F%2Fwww.example.com%2Fblog%2Fpost%2F%3Futm_source%3Dfb">f</a><a href="https://api.whatsapp.com/send?text=Read%20https%3A%2F%2Fexample.com%2Fblog%2Fpost">w</a>"#,
            URL,
        );
        assert_eq!(o.status, Status::Pass, "{}", o.message);
    }

    #[test]
    fn template_fails_naming_it() {
        let o = run_on(
            &super::CHECK,
            r#"<a href="https://twitter.com/intent/tweet?url={{ page.url }}">X</a>"#,
            URL,
        );
        assert_eq!(o.status, Status::Fail);
        assert!(o.message.contains("{{ page.url }}"), "{}", o.message);
        let o = run_on(
            &super::CHECK,
            r#"<a href="https://www.facebook.com/sharer.php?u=%URL%">f</a>"#,
            URL,
        );
        assert!(o.message.contains("%URL%"), "{}", o.message);
    }

    #[test]
    fn other_page_and_empty_fail() {
        let o = run_on(
            &super::CHECK,
            r#"<a href="https://www.facebook.com/sharer.php?u=https%3A%2F%2Fexample.com%2F">f</a>"#,
            URL,
        );
        assert_eq!(o.status, Status::Fail);
        let o = run_on(
            &super::CHECK,
            r#"<a href="https://www.reddit.com/submit?url=">r</a>"#,
            URL,
        );
        assert_eq!(o.status, Status::Fail);
    }

    #[test]
    fn relative_warns_and_home_listing_warns() {
        let o = run_on(
            &super::CHECK,
            r#"<a href="https://www.facebook.com/sharer.php?u=/blog/post">f</a>"#,
            URL,
        );
        assert_eq!(o.status, Status::Warn);
        let o = run_on(
            &super::CHECK,
            r#"<a href="https://www.facebook.com/sharer.php?u=https%3A%2F%2Fexample.com%2Fa">f</a><a href="https://www.facebook.com/sharer.php?u=https%3A%2F%2Fexample.com%2Fb">f</a>"#,
            Some("https://example.com/"),
        );
        assert_eq!(o.status, Status::Warn, "{}", o.message);
    }

    #[test]
    fn own_tracking_params_pass_short_links_warn() {
        let o = run_on(
            &super::CHECK,
            r#"<a href="https://www.facebook.com/sharer.php?u=https%3A%2F%2Fexample.com%2Fblog%2Fpost%3FCMP%3Dshare_btn_fb">f</a>"#,
            URL,
        );
        assert_eq!(o.status, Status::Pass, "{}", o.message);
        let o = run_on(
            &super::CHECK,
            r#"<a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fnyti.ms%2F2abc">x</a>"#,
            URL,
        );
        assert_eq!(o.status, Status::Warn, "{}", o.message);
        let o = run_on(
            &super::CHECK,
            r#"<a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fexample.com%2F%3Fp%3D12">x</a>"#,
            URL,
        );
        assert_eq!(o.status, Status::Fail, "{}", o.message);
    }

    #[test]
    fn no_links_skip() {
        assert_eq!(
            run_on(&super::CHECK, r#"<a href="https://vk.com/brand">VK</a>"#, URL).status,
            Status::Skip
        );
    }
}
