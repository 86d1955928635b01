//! Catalogue tests: every share endpoint variant real sites use, profile
//! shapes, and the non-profile pages that must not be taken for profiles.

use super::*;

fn hit(href: &str) -> Option<ShareHit> {
    share_endpoint(&parse_loose(href).expect("url"))
}

fn net(href: &str) -> &'static str {
    hit(href).map(|h| h.network).unwrap_or("none")
}

fn target(href: &str) -> Option<String> {
    hit(href).and_then(|h| h.target())
}

const PAGE: &str = "https://example.com/blog/post";

#[test]
fn facebook_variants() {
    for h in [
        "https://www.facebook.com/sharer.php?u=https%3A%2F%2Fexample.com%2Fblog%2Fpost",
        "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.com%2Fblog%2Fpost",
        "https://m.facebook.com/sharer.php?u=https://example.com/blog/post",
        "//www.facebook.com/share.php?u=https%3A%2F%2Fexample.com%2Fblog%2Fpost",
        "https://www.facebook.com/dialog/share?app_id=123&display=popup&href=https%3A%2F%2Fexample.com%2Fblog%2Fpost",
        "https://www.facebook.com/dialog/feed?app_id=1&link=https%3A%2F%2Fexample.com%2Fblog%2Fpost",
    ] {
        assert_eq!(net(h), "facebook", "{h}");
        assert_eq!(target(h).as_deref(), Some(PAGE), "{h}");
    }
    assert_eq!(
        net("fb-messenger://share?link=https%3A%2F%2Fexample.com%2Fblog%2Fpost"),
        "messenger"
    );
    assert_eq!(net("https://www.facebook.com/examplebrand"), "none");
}

#[test]
fn x_variants() {
    for h in [
        "https://twitter.com/share?url=https%3A%2F%2Fexample.com%2Fblog%2Fpost&text=Hi",
        "https://twitter.com/intent/tweet?text=Read&url=https%3A%2F%2Fexample.com%2Fblog%2Fpost&via=brand",
        "https://x.com/intent/post?url=https%3A%2F%2Fexample.com%2Fblog%2Fpost",
        "https://x.com/intent/tweet?url=https%3A%2F%2Fexample.com%2Fblog%2Fpost",
    ] {
        assert_eq!(net(h), "x", "{h}");
        assert_eq!(target(h).as_deref(), Some(PAGE), "{h}");
    }
    // Text-only intent: the URL sits in the text.
    assert_eq!(
        target(
            "https://twitter.com/intent/tweet?text=Great%20read%20https%3A%2F%2Fexample.com%2Fblog%2Fpost"
        )
        .as_deref(),
        Some(PAGE)
    );
    assert_eq!(net("https://twitter.com/brand"), "none");
}

#[test]
fn linkedin_pinterest_reddit_vk_ok() {
    let cases = [
        ("https://www.linkedin.com/shareArticle?mini=true&url=https%3A%2F%2Fexample.com%2Fblog%2Fpost&title=T", "linkedin"),
        ("https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.com%2Fblog%2Fpost", "linkedin"),
        ("https://www.linkedin.com/cws/share?url=https%3A%2F%2Fexample.com%2Fblog%2Fpost", "linkedin"),
        ("https://pinterest.com/pin/create/button/?url=https%3A%2F%2Fexample.com%2Fblog%2Fpost&media=https%3A%2F%2Fexample.com%2Fi.jpg&description=D", "pinterest"),
        ("https://www.pinterest.com/pin/create/link/?url=https%3A%2F%2Fexample.com%2Fblog%2Fpost", "pinterest"),
        ("https://www.reddit.com/submit?url=https%3A%2F%2Fexample.com%2Fblog%2Fpost&title=T", "reddit"),
        ("https://vk.com/share.php?url=https%3A%2F%2Fexample.com%2Fblog%2Fpost", "vk"),
        ("https://connect.ok.ru/offer?url=https%3A%2F%2Fexample.com%2Fblog%2Fpost&title=T", "ok"),
        ("https://connect.ok.ru/dk?st.cmd=WidgetSharePreview&st.shareUrl=https%3A%2F%2Fexample.com%2Fblog%2Fpost", "ok"),
        ("https://www.tumblr.com/widgets/share/tool?canonicalUrl=https%3A%2F%2Fexample.com%2Fblog%2Fpost", "tumblr"),
        ("https://www.threads.net/intent/post?url=https%3A%2F%2Fexample.com%2Fblog%2Fpost&text=T", "threads"),
        ("https://t.me/share/url?url=https%3A%2F%2Fexample.com%2Fblog%2Fpost&text=T", "telegram"),
        ("tg://msg_url?url=https%3A%2F%2Fexample.com%2Fblog%2Fpost", "telegram"),
        ("https://news.ycombinator.com/submitlink?u=https%3A%2F%2Fexample.com%2Fblog%2Fpost&t=T", "hackernews"),
        ("https://getpocket.com/save?url=https%3A%2F%2Fexample.com%2Fblog%2Fpost", "pocket"),
        ("https://social-plugins.line.me/lineit/share?url=https%3A%2F%2Fexample.com%2Fblog%2Fpost", "line"),
        ("https://www.xing.com/spi/shares/new?url=https%3A%2F%2Fexample.com%2Fblog%2Fpost", "xing"),
        ("https://mastodonshare.com/?text=T&url=https%3A%2F%2Fexample.com%2Fblog%2Fpost", "mastodon"),
    ];
    for (h, n) in cases {
        assert_eq!(net(h), n, "{h}");
        assert_eq!(target(h).as_deref(), Some(PAGE), "{h}");
    }
}

#[test]
fn text_carrying_endpoints() {
    let cases = [
        (
            "https://api.whatsapp.com/send?text=Read%20this%20https%3A%2F%2Fexample.com%2Fblog%2Fpost",
            "whatsapp",
        ),
        (
            "https://wa.me/?text=https%3A%2F%2Fexample.com%2Fblog%2Fpost",
            "whatsapp",
        ),
        (
            "whatsapp://send?text=https%3A%2F%2Fexample.com%2Fblog%2Fpost",
            "whatsapp",
        ),
        (
            "https://web.whatsapp.com/send?text=https%3A%2F%2Fexample.com%2Fblog%2Fpost",
            "whatsapp",
        ),
        (
            "https://bsky.app/intent/compose?text=Look%20https%3A%2F%2Fexample.com%2Fblog%2Fpost",
            "bluesky",
        ),
        (
            "https://mastodon.social/share?text=Look%20https%3A%2F%2Fexample.com%2Fblog%2Fpost",
            "mastodon",
        ),
        (
            "mailto:?subject=Look&body=https%3A%2F%2Fexample.com%2Fblog%2Fpost",
            "email",
        ),
        (
            "viber://forward?text=https%3A%2F%2Fexample.com%2Fblog%2Fpost",
            "viber",
        ),
    ];
    for (h, n) in cases {
        assert_eq!(net(h), n, "{h}");
        assert_eq!(target(h).as_deref(), Some(PAGE), "{h}");
    }
    // A chat link to a phone number and a contact address are not shares.
    assert_eq!(net("https://wa.me/905551112233"), "none");
    assert_eq!(net("mailto:info@example.com?subject=Hello"), "none");
    assert_eq!(net("mailto:info@example.com"), "none");
}

#[test]
fn dead_endpoints_are_marked() {
    let h = hit("https://plus.google.com/share?url=https%3A%2F%2Fexample.com%2F").unwrap();
    assert_eq!(h.network, "googleplus");
    assert!(h.dead.is_some());
    assert!(hit("http://www.stumbleupon.com/submit?url=x")
        .unwrap()
        .dead
        .is_some());
    assert!(hit("https://twitter.com/intent/tweet?url=x")
        .unwrap()
        .dead
        .is_none());
}

#[test]
fn templates_are_found() {
    assert_eq!(
        template_marker("{{ page.url }}").as_deref(),
        Some("{{ page.url }}")
    );
    assert_eq!(template_marker("%URL%").as_deref(), Some("%URL%"));
    assert_eq!(template_marker("[url]").as_deref(), Some("[url]"));
    assert_eq!(
        template_marker("<?php the_permalink(); ?>").as_deref(),
        Some("<?php the_permalink(); ?>")
    );
    assert_eq!(
        template_marker("${location.href}").as_deref(),
        Some("${location.href}")
    );
    assert_eq!(
        template_marker("{shareURL}?tid=sm_btn_su").as_deref(),
        Some("{shareURL}")
    );
    assert_eq!(template_marker("https://example.com/a%20b"), None);
    assert_eq!(template_marker("https://[::1]/x"), None);
    assert_eq!(template_marker(PAGE), None);
}

fn prof(u: &str) -> Option<(String, String, bool)> {
    profile_from_url(&Url::parse(u).unwrap()).map(|p| (p.network.to_string(), p.handle, p.id_based))
}

fn p(n: &str, h: &str, id: bool) -> Option<(String, String, bool)> {
    Some((n.to_string(), h.to_string(), id))
}

#[test]
fn profiles_are_recognised() {
    assert_eq!(
        prof("https://www.facebook.com/examplebrand/"),
        p("facebook", "examplebrand", false)
    );
    assert_eq!(
        prof("https://www.facebook.com/john.smith"),
        p("facebook", "john.smith", false)
    );
    assert_eq!(
        prof("https://www.facebook.com/profile.php?id=100012345678"),
        p("facebook", "100012345678", true)
    );
    assert_eq!(
        prof("https://www.instagram.com/nat.geo/"),
        p("instagram", "nat.geo", false)
    );
    assert_eq!(prof("https://twitter.com/brand"), p("x", "brand", false));
    assert_eq!(prof("https://x.com/@brand"), p("x", "brand", false));
    assert_eq!(
        prof("https://www.linkedin.com/in/jane-doe/"),
        p("linkedin", "jane-doe", false)
    );
    assert_eq!(
        prof("https://www.linkedin.com/company/acme"),
        p("linkedin", "acme", false)
    );
    assert_eq!(
        prof("https://www.linkedin.com/company/12345/"),
        p("linkedin", "12345", true)
    );
    assert_eq!(
        prof("https://www.youtube.com/@brand"),
        p("youtube", "brand", false)
    );
    assert_eq!(
        prof("https://www.youtube.com/c/Brand"),
        p("youtube", "Brand", false)
    );
    assert_eq!(
        prof("https://www.youtube.com/user/brand"),
        p("youtube", "brand", false)
    );
    assert_eq!(
        prof("https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv"),
        p("youtube", "UCabcdefghijklmnopqrstuv", true)
    );
    assert_eq!(prof("https://www.tiktok.com/@brand"), p("tiktok", "brand", false));
    assert_eq!(
        prof("https://www.pinterest.com/brand/"),
        p("pinterest", "brand", false)
    );
    assert_eq!(
        prof("https://t.me/brandchannel"),
        p("telegram", "brandchannel", false)
    );
    assert_eq!(prof("https://vk.com/brand"), p("vk", "brand", false));
    assert_eq!(prof("https://vk.com/club12345"), p("vk", "club12345", true));
    assert_eq!(
        prof("https://github.com/rust-lang"),
        p("github", "rust-lang", false)
    );
    assert_eq!(
        prof("https://www.threads.net/@brand"),
        p("threads", "brand", false)
    );
    assert_eq!(
        prof("https://bsky.app/profile/brand.bsky.social"),
        p("bluesky", "brand.bsky.social", false)
    );
    assert_eq!(
        prof("https://mastodon.social/@Gargron"),
        p("mastodon", "Gargron@mastodon.social", false)
    );
    assert_eq!(
        prof("https://fosstodon.org/@rust"),
        p("mastodon", "rust@fosstodon.org", false)
    );
    assert_eq!(prof("https://medium.com/@writer"), p("medium", "writer", false));
}

#[test]
fn non_profiles_are_rejected() {
    for u in [
        "https://www.facebook.com/sharer/sharer.php?u=x",
        "https://www.facebook.com/sharer.php?u=x",
        "https://www.facebook.com/hashtag/rust",
        "https://www.facebook.com/brand/posts/123456",
        "https://www.facebook.com/groups/rustaceans",
        "https://twitter.com/intent/tweet?url=x",
        "https://twitter.com/share?url=x",
        "https://twitter.com/search?q=x",
        "https://twitter.com/hashtag/rust",
        "https://twitter.com/brand/status/12345",
        "https://x.com/i/web/status/1",
        "https://www.instagram.com/p/Cabc123/",
        "https://www.instagram.com/explore/tags/rust/",
        "https://www.linkedin.com/shareArticle?mini=true&url=x",
        "https://www.linkedin.com/feed/",
        "https://www.linkedin.com/posts/jane_activity-1",
        "https://www.youtube.com/watch?v=abc",
        "https://www.youtube.com/embed/abc",
        "https://www.youtube.com/results?search_query=x",
        "https://www.tiktok.com/@brand/video/123",
        "https://pinterest.com/pin/create/button/?url=x",
        "https://www.pinterest.com/pin/12345/",
        "https://t.me/share/url?url=x",
        "https://t.me/joinchat/AAAA",
        "https://vk.com/share.php?url=x",
        "https://github.com/rust-lang/rust",
        "https://github.com/about",
        "https://bsky.app/profile/brand.bsky.social/post/3k",
        "https://bsky.app/intent/compose?text=x",
        "https://www.threads.net/@brand/post/C1",
        "https://example.com/about",
        "mailto:x@example.com",
    ] {
        assert_eq!(prof(u), None, "{u}");
    }
}

#[test]
fn every_service_row_is_complete() {
    let mut ids = std::collections::HashSet::new();
    for s in SERVICES {
        assert!(ids.insert(s.id), "duplicate service {}", s.id);
        assert!(
            !s.sigs.is_empty() && !s.note.is_empty() && !s.name.is_empty(),
            "{}",
            s.id
        );
        assert_eq!(s.kind == ServiceKind::Dead, s.shutdown.is_some(), "{}", s.id);
    }
    for e in SHARE_ENDPOINTS {
        assert!(!e.note.is_empty());
        assert!(NETWORKS.iter().any(|n| n.id == e.network), "{}", e.network);
    }
    assert!(service("addthis").unwrap().shutdown == Some("2023-05-31"));
}

#[test]
fn odd_input_does_not_panic() {
    for u in [
        "https://x.com/%FF%FE",
        "https://t.me/%",
        "https://facebook.com/profile.php?id=",
        "data:text/html,hi",
    ] {
        if let Ok(u) = Url::parse(u) {
            let _ = profile_from_url(&u);
            let _ = share_endpoint(&u);
        }
    }
    let _ = template_marker("%");
    let _ = template_marker("{{");
    let _ = template_marker("ş%ğ%ü[");
    assert_eq!(percent_decode("%"), "%");
    assert_eq!(percent_decode("a%2"), "a%2");
}
