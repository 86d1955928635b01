//! `profile-website`: the profile leads back to the brand's own site.

use crate::catalog::platforms::WebsiteKind;
use crate::checks::{ev_line, Category, Check, Ctx, Outcome, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "profile-website",
    category: Category::Profile,
    weight: 2,
    title: Text {
        en: "Website link",
        tr: "Web sitesi bağlantısı",
    },
    help: Text {
        en: "Fill in the profile's website field with your site's address (a landing page with UTM tags, not only a link-in-bio page).",
        tr: "Profilin web sitesi alanına sitenizin adresini yazın (yalnızca bir link-in-bio sayfası değil, UTM etiketli bir açılış sayfası).",
    },
    doc: RuleDoc {
        what: "Looks for links from the profile to a host outside the platform: anchors (the platforms' redirectors such as l.facebook.com/l.php?u=, youtube.com/redirect?q=, vk.com/away.php?to= are unwrapped; X's t.co links are read from their text), h-card `u-url`, JSON-LD `url`, and domains written in the bio. The platform's own hosts, CDNs, help pages, app stores, footers and navigation do not count. Fail: no link outside the platform, or only links to other social networks. Pass: a website; a link-in-bio page (Linktree, Beacons, ...) or a URL shortener passes with a note. Skip: URL-only audit.",
        why: "Social traffic only pays off when it reaches your site. The website field is the one clickable link most platforms allow on a profile; without it every visitor stays on the platform.",
        fix: "Edit profile → Website (Instagram, X, TikTok, Threads, Bluesky, Pinterest, GitHub), Page → About → Website (Facebook, LinkedIn), Channel → Links (YouTube), Profile metadata with a verified rel=me link (Mastodon). Link your own domain, with UTM tags to measure it.",
        example: "https://acmecoffee.com.tr/?utm_source=instagram&utm_medium=social&utm_campaign=bio",
        sources: &[
            "https://help.instagram.com/ (add a link to your bio)",
            "https://docs.joinmastodon.org/user/profile/#verification",
        ],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    super::with_platform_help(ctx, &CHECK.help, judge(ctx))
}

fn judge(ctx: &Ctx) -> Outcome {
    let p = match super::page_profile(ctx) {
        Ok(p) => p,
        Err(o) => return o,
    };
    let plat = super::platform_name(ctx, p);
    let sites: Vec<_> = p
        .websites
        .iter()
        .filter(|w| w.kind != WebsiteKind::Social)
        .collect();
    let evidence = |w: &crate::facts::profile::Website| ev_line(w.via, &w.url, w.line);
    if sites.is_empty() {
        if let Some(s) = p.websites.first() {
            return Outcome::fail(ctx.t(
                format!(
                    "The profile only links to other social networks ({}), not to a website of its own.",
                    s.host
                ),
                format!(
                    "Profil yalnızca başka sosyal ağlara bağlantı veriyor ({}), kendi web sitesine değil.",
                    s.host
                ),
            ))
            .evidence_all(p.websites.iter().map(evidence));
        }
        return Outcome::fail(ctx.t(
            format!(
                "No link to a website outside {}: visitors cannot reach your site from the profile.",
                plat
            ),
            format!(
                "{} dışında bir web sitesine bağlantı yok: ziyaretçiler profilden sitenize ulaşamıyor.",
                plat
            ),
        ));
    }
    let first = sites[0];
    let hosts: Vec<&str> = sites.iter().map(|w| w.host.as_str()).collect();
    let out = if sites.iter().any(|w| w.kind == WebsiteKind::Site) {
        Outcome::pass(ctx.t(
            format!("The profile links to {}.", hosts.join(", ")),
            format!("Profil şuraya bağlantı veriyor: {}.", hosts.join(", ")),
        ))
    } else if first.kind == WebsiteKind::LinkInBio {
        Outcome::pass(ctx.t(
            format!("The profile links to a link-in-bio page ({}); put your own site first on it, or link your site directly.", first.host),
            format!("Profil bir link-in-bio sayfasına bağlanıyor ({}); sitenizi orada en üste koyun ya da doğrudan sitenize bağlantı verin.", first.host),
        ))
    } else {
        Outcome::pass(ctx.t(
            format!("The profile links through a URL shortener ({}), which hides your domain; a link to your own domain earns more trust.", first.host),
            format!("Profil bir kısaltıcı üzerinden bağlanıyor ({}); bu alan adınızı gizler, kendi alan adınıza bağlantı daha çok güven verir.", first.host),
        ))
    };
    out.evidence_all(sites.iter().map(|w| evidence(w)))
        .detail("websites", hosts.len())
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    const URL: &str = "https://x.com/acme";
    const HEAD: &str = r#"<meta property="og:type" content="profile"><meta property="og:title" content="Acme (@acme) on X">"#;

    #[test]
    fn site_link_passes() {
        let html = format!(
            r#"{HEAD}<main><a href="https://t.co/AbC123" title="https://acmecoffee.com.tr">acmecoffee.com.tr</a></main>"#
        );
        let o = run_on(&super::CHECK, &html, Some(URL));
        assert_eq!(o.status, Status::Pass, "{}", o.message);
        assert!(o.message.contains("acmecoffee.com.tr"));
    }

    #[test]
    fn linktree_passes_with_note() {
        let html = format!(r#"{HEAD}<main><a href="https://linktr.ee/acme">links</a></main>"#);
        let o = run_on(&super::CHECK, &html, Some(URL));
        assert_eq!(o.status, Status::Pass);
        assert!(o.message.contains("link-in-bio"));
    }

    #[test]
    fn platform_and_footer_links_do_not_count() {
        let html = format!(
            r#"{HEAD}<main><a href="https://x.com/acme/followers">1 Follower</a><a href="https://pbs.twimg.com/a.jpg">img</a></main>
<footer><a href="https://acme-partner.com">partner</a></footer>"#
        );
        let o = run_on(&super::CHECK, &html, Some(URL));
        assert_eq!(o.status, Status::Fail, "{}", o.message);
    }

    #[test]
    fn only_social_fails() {
        let html = format!(r#"{HEAD}<main><a href="https://www.instagram.com/acme/">Instagram</a></main>"#);
        let o = run_on(&super::CHECK, &html, Some(URL));
        assert_eq!(o.status, Status::Fail);
        assert!(o.message.contains("other social networks"));
    }
}
