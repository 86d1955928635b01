//! Share facts on real-world markup, written the way each service's own
//! snippet looks.

use crate::catalog::ServiceKind;
use crate::facts::test_util::facts;

fn nets(html: &str) -> Vec<&'static str> {
    facts(html, Some("https://example.com/blog/post"))
        .share
        .networks()
        .into_iter()
        .collect()
}

fn services(html: &str) -> Vec<&'static str> {
    facts(html, Some("https://example.com/blog/post"))
        .share
        .services
        .iter()
        .map(|s| s.id)
        .collect()
}

#[test]
fn share_links_and_networks() {
    let html = r#"<div class="share">
<a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.com%2Fblog%2Fpost" target="_blank">Facebook</a>
<a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fexample.com%2Fblog%2Fpost&text=Hi">Tweet</a>
<a href="whatsapp://send?text=https%3A%2F%2Fexample.com%2Fblog%2Fpost" data-action="share/whatsapp/share">WhatsApp</a>
<a href="mailto:?subject=Look&amp;body=https%3A%2F%2Fexample.com%2Fblog%2Fpost">E-mail</a>
</div>"#;
    assert_eq!(nets(html), vec!["email", "facebook", "whatsapp", "x"]);
}

#[test]
fn addtoany_snippet() {
    let html = r#"<!-- AddToAny BEGIN -->
<div class="a2a_kit a2a_kit_size_32 a2a_default_style">
<a class="a2a_dd" href="https://www.addtoany.com/share"></a>
<a class="a2a_button_facebook"></a>
<a class="a2a_button_x"></a>
<a class="a2a_button_whatsapp"></a>
</div>
<script async src="https://static.addtoany.com/menu/page.js"></script>
<!-- AddToAny END -->"#;
    assert!(services(html).contains(&"addtoany"));
    assert_eq!(nets(html), vec!["facebook", "whatsapp", "x"]);
}

#[test]
fn sharethis_shareaholic_elfsight_widgets() {
    let st = r#"<script type="text/javascript" src="https://platform-api.sharethis.com/js/sharethis.js#property=5f1&product=inline-share-buttons" async="async"></script>
<div class="sharethis-inline-share-buttons"></div>"#;
    let f = facts(st, None);
    assert!(f
        .share
        .services
        .iter()
        .any(|s| s.id == "sharethis" && s.kind == ServiceKind::Share));
    assert!(f
        .share
        .share_networks
        .iter()
        .any(|n| n.network == "sharethis" && n.via == "widget"));
    assert!(services(r#"<div class="shareaholic-canvas" data-app="share_buttons" data-app-id="33"></div><script src="https://cdn.shareaholic.net/assets/pub/shareaholic.js" data-shr-siteid="x" async></script>"#).contains(&"shareaholic"));
    assert!(services(r#"<script src="https://static.elfsight.com/platform/platform.js" async></script><div class="elfsight-app-0b7e1c7a-1111-2222-3333-444455556666" data-elfsight-app-lazy></div>"#).contains(&"elfsight"));
}

#[test]
fn wordpress_share_plugins() {
    let jetpack = r#"<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>
<li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-42" class="share-facebook sd-button share-icon" href="https://example.com/blog/post/?share=facebook" target="_blank" title="Click to share on Facebook"><span>Facebook</span></a></li>
<li class="share-twitter"><a rel="nofollow noopener noreferrer" data-shared="sharing-twitter-42" class="share-twitter sd-button share-icon" href="https://example.com/blog/post/?share=twitter" target="_blank" title="Click to share on Twitter"><span>Twitter</span></a></li>
</ul></div></div></div>"#;
    assert!(services(jetpack).contains(&"jetpack-sharing"));
    assert_eq!(nets(jetpack), vec!["facebook", "x"]);

    let swp = r#"<div class="swp_social_panel swp_horizontal_panel"><div class="nc_tweetContainer swp_share_button swp_facebook" data-network="facebook"><a class="nc_tweet swp_share_link" rel="nofollow noreferrer noopener" target="_blank" href="https://www.facebook.com/share.php?u=https%3A%2F%2Fexample.com%2Fblog%2Fpost" data-link="https://www.facebook.com/share.php?u=https%3A%2F%2Fexample.com%2Fblog%2Fpost"><span class="swp_share">Share</span></a></div>
<div class="nc_tweetContainer swp_share_button swp_pinterest" data-network="pinterest"><a rel="nofollow noreferrer noopener" class="nc_tweet swp_share_link noPop" href="https://pinterest.com/pin/create/button/?url=https%3A%2F%2Fexample.com%2Fblog%2Fpost"><span class="swp_share">Pin</span></a></div></div>"#;
    assert!(services(swp).contains(&"social-warfare"));
    assert_eq!(nets(swp), vec!["facebook", "pinterest"]);

    let sassy = r#"<div class="heateor_sss_sharing_container heateor_sss_horizontal_sharing" data-heateor-sss-href="https://example.com/blog/post"><div class="heateor_sss_sharing_ul"><a aria-label="Facebook" class="heateor_sss_facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.com%2Fblog%2Fpost" title="Facebook" rel="nofollow noopener" target="_blank"></a><a aria-label="Whatsapp" class="heateor_sss_whatsapp" href="https://api.whatsapp.com/send?text=Post%20https%3A%2F%2Fexample.com%2Fblog%2Fpost" title="Whatsapp" rel="nofollow noopener" target="_blank"></a></div></div>"#;
    assert!(services(sassy).contains(&"sassy-social-share"));
    assert_eq!(nets(sassy), vec!["facebook", "whatsapp"]);
}

#[test]
fn official_buttons() {
    assert_eq!(
        nets(
            r#"<div class="fb-share-button" data-href="https://example.com/blog/post" data-layout="button_count"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/en_US/sdk.js#xfbml=1&version=v19.0"></script>"#
        ),
        vec!["facebook"]
    );
    assert_eq!(
        nets(
            r#"<a href="https://twitter.com/share?ref_src=twsrc%5Etfw" class="twitter-share-button" data-show-count="false">Tweet</a><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>"#
        ),
        vec!["x"]
    );
    assert_eq!(
        nets(
            r#"<script src="https://platform.linkedin.com/in.js" type="text/javascript">lang: en_US</script><script type="IN/Share" data-url="https://example.com/blog/post"></script>"#
        ),
        vec!["linkedin"]
    );
    assert_eq!(
        nets(
            r#"<a data-pin-do="buttonBookmark" href="https://www.pinterest.com/pin/create/button/"></a><script async defer src="//assets.pinterest.com/js/pinit.js"></script>"#
        ),
        vec!["pinterest"]
    );
    assert_eq!(
        nets(
            r#"<button data-sharer="telegram" data-url="https://example.com/blog/post">Telegram</button><script src="https://cdn.jsdelivr.net/npm/sharer.js@latest/sharer.min.js"></script>"#
        ),
        vec!["telegram"]
    );
}

#[test]
fn web_share_api_and_onclick_buttons() {
    let f = facts(
        r#"<button id="share-btn" aria-label="Share">⤴</button><script>document.getElementById('share-btn').addEventListener('click', () => navigator.share({title: document.title, url: location.href}));</script>"#,
        None,
    );
    assert!(f.share.share_networks.iter().any(|n| n.via == "webshare"));
    let f = facts(
        r#"<button onclick="navigator.share({url: location.href})">Paylaş</button>"#,
        None,
    );
    assert!(f.share.share_networks.iter().any(|n| n.via == "webshare"));
    let f = facts(
        r#"<button class="btn" onclick="window.open('https://www.linkedin.com/sharing/share-offsite/?url='+encodeURIComponent(location.href),'_blank')">LinkedIn</button>"#,
        None,
    );
    assert!(f
        .share
        .share_networks
        .iter()
        .any(|n| n.network == "linkedin" && n.via == "button"));
    // A button that does not share is not a share control.
    let f = facts(
        r#"<button onclick="openMenu()">Menu</button><script>navigator.share && 1</script>"#,
        None,
    );
    assert!(f.share.share_networks.is_empty());
}

#[test]
fn profiles_feeds_and_same_as() {
    let f = facts(
        r#"<head><link rel="alternate" type="application/rss+xml" title="Blog" href="/feed.xml">
<link rel="alternate" type="application/atom+xml" href="/atom.xml">
<link rel="alternate" hreflang="tr" href="/tr/">
<script type="application/ld+json">{"@type":"Organization","sameAs":["https://www.instagram.com/brand","https://www.youtube.com/@brand"]}</script></head>
<footer><a href="https://twitter.com/brand">X</a><a href="https://www.facebook.com/sharer.php?u=x">share</a><a href="https://github.com/brand/repo">repo</a></footer>"#,
        Some("https://example.com/"),
    );
    let p: Vec<(&str, &str, &str)> = f
        .share
        .profiles
        .iter()
        .map(|p| (p.network, p.handle.as_str(), p.source))
        .collect();
    assert_eq!(
        p,
        vec![
            ("x", "brand", "link"),
            ("instagram", "brand", "sameAs"),
            ("youtube", "brand", "sameAs")
        ]
    );
    assert_eq!(f.share.feeds.len(), 2);
    assert_eq!(f.share.feeds[0].href, "https://example.com/feed.xml");
}

#[test]
fn comment_and_newsletter_forms() {
    let f = facts(
        r#"<div id="respond" class="comment-respond"><form action="https://example.com/wp-comments-post.php" method="post" id="commentform" class="comment-form"><textarea id="comment" name="comment"></textarea><input id="email" name="email" type="email"><p style="display: none !important;"><input type="hidden" id="ak_js_1" name="ak_js" value="1"></p></form></div>
<form action="https://example.us1.list-manage.com/subscribe/post?u=1&amp;id=2" method="post" id="mc-embedded-subscribe-form"><input type="email" name="EMAIL" placeholder="Your e-mail"><input type="submit" value="Subscribe"></form>
<form action="/login"><input type="email" name="email"><input type="password" name="pw"></form>
<form action="/contact"><input type="email" name="email"><textarea name="message"></textarea></form>"#,
        None,
    );
    assert_eq!(f.share.comment_forms, vec![0]);
    assert_eq!(f.share.newsletter_forms, vec![1]);
    assert!(!f.share.honeypots.is_empty());
    let ids: Vec<&str> = f.share.services.iter().map(|s| s.id).collect();
    assert!(
        ids.contains(&"wp-comments") && ids.contains(&"mailchimp") && ids.contains(&"akismet"),
        "{ids:?}"
    );
}

#[test]
fn analytics_pixels_comments_captcha_dead() {
    let html = r#"<head><script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC123"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-ABC123');</script>
<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){};t=b.createElement(e);t.src=v;}(window, document,'script','https://connect.facebook.net/en_US/fbevents.js'); fbq('init', '123'); fbq('track', 'PageView');</script>
<script defer data-domain="example.com" src="https://plausible.io/js/script.js"></script>
<script type="text/javascript">_linkedin_partner_id = "1";</script>
</head><body><div id="disqus_thread"></div><script>var disqus_config = function () {}; (function() { var d = document, s = d.createElement('script'); s.src = 'https://example.disqus.com/embed.js'; })();</script>
<div class="g-recaptcha" data-sitekey="x"></div><script src="https://www.google.com/recaptcha/api.js" async defer></script>
<div class="addthis_inline_share_toolbox"></div><script type="text/javascript" src="//s7.addthis.com/js/300/addthis_widget.js#pubid=ra-1"></script>
<div class="g-plusone" data-size="medium"></div>
<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="YouTube video player"></iframe>
<script src="https://giscus.app/client.js" data-repo="a/b" async></script>
<script src="https://challenges.cloudflare.com/turnstile/v0/api.js" async defer></script></body>"#;
    let s = services(html);
    for id in [
        "ga4",
        "meta-pixel",
        "plausible",
        "linkedin-insight",
        "disqus",
        "recaptcha",
        "addthis",
        "googleplus",
        "youtube",
        "giscus",
        "turnstile",
    ] {
        assert!(s.contains(&id), "{id} not in {s:?}");
    }
    assert!(!s.contains(&"gtm"));
}

#[test]
fn more_services_by_their_snippets() {
    let cases: &[(&str, &str)] = &[
        (
            "gtm",
            r#"<script>(function(w,d,s,l,i){var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.src='https://www.googletagmanager.com/gtm.js?id='+i;})(window,document,'script','dataLayer','GTM-XXXX');</script>"#,
        ),
        (
            "matomo",
            r#"<script>var _paq = window._paq = window._paq || []; _paq.push(['trackPageView']);</script>"#,
        ),
        (
            "fathom",
            r#"<script src="https://cdn.usefathom.com/script.js" data-site="ABCDEFG" defer></script>"#,
        ),
        (
            "umami",
            r#"<script defer src="https://cloud.umami.is/script.js" data-website-id="94db1cb1-74f4-4a40-ad6c-962362670409"></script>"#,
        ),
        (
            "yandex-metrica",
            r#"<script>(function(m,e,t,r,i,k,a){})(window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym"); ym(1, "init", {});</script>"#,
        ),
        (
            "cloudflare-analytics",
            r#"<script defer src='https://static.cloudflareinsights.com/beacon.min.js' data-cf-beacon='{"token": "x"}'></script>"#,
        ),
        (
            "simple-analytics",
            r#"<script async defer src="https://scripts.simpleanalyticscdn.com/latest.js"></script>"#,
        ),
        (
            "x-pixel",
            r#"<script>!function(e,t,n,s,u,a){a=t.createElement(n),a.src='https://static.ads-twitter.com/uwt.js'}(window,document,'script'); twq('config','o1');</script>"#,
        ),
        (
            "tiktok-pixel",
            r#"<script>!function (w, d, t) { ttq.load('C1'); ttq.page(); }(window, document, 'ttq');</script>"#,
        ),
        (
            "pinterest-tag",
            r#"<script>!function(e){}("https://s.pinimg.com/ct/core.js"); pintrk('load', '261');</script>"#,
        ),
        (
            "hcaptcha",
            r#"<div class="h-captcha" data-sitekey="x"></div><script src="https://js.hcaptcha.com/1/api.js" async defer></script>"#,
        ),
        (
            "fb-comments",
            r#"<div class="fb-comments" data-href="https://example.com/blog/post" data-width="" data-numposts="5"></div>"#,
        ),
        (
            "utterances",
            r#"<script src="https://utteranc.es/client.js" repo="a/b" issue-term="pathname" theme="github-light" crossorigin="anonymous" async></script>"#,
        ),
        (
            "commento",
            r#"<div id="commento"></div><script defer src="https://cdn.commento.io/js/commento.js"></script>"#,
        ),
        (
            "hyvor",
            r#"<script async src="https://talk.hyvor.com/embed/embed.js" type="module"></script><hyvor-talk-comments website-id="1" page-id=""></hyvor-talk-comments>"#,
        ),
        (
            "substack",
            r#"<iframe src="https://example.substack.com/embed" width="480" height="320" frameborder="0" scrolling="no"></iframe>"#,
        ),
        (
            "mailerlite",
            r#"<div class="ml-embedded" data-form="AbCdE"></div>"#,
        ),
        (
            "brevo",
            r#"<div class="sib-form"><form id="sib-form" method="POST" action="https://abc.sibforms.com/serve/MUIF"></form></div>"#,
        ),
        (
            "convertkit",
            r#"<form action="https://app.convertkit.com/forms/123/subscriptions" class="seva-form formkit-form" method="post" data-sv-form="123"></form>"#,
        ),
        (
            "vimeo",
            r#"<iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e" width="640" height="360" allow="autoplay; fullscreen"></iframe>"#,
        ),
        (
            "fb-share-legacy",
            r#"<fb:share-button href="https://example.com/" type="button_count"></fb:share-button>"#,
        ),
        ("stumbleupon", r#"<su:badge layout="1"></su:badge>"#),
    ];
    for (id, html) in cases {
        assert!(services(html).contains(id), "{id} not found in its own snippet");
    }
}

#[test]
fn endpoint_in_a_data_attribute() {
    // La Nación style: the site's script reads the endpoint from data-evento.
    let html = r##"<button class="icon-facebook" data-evento="LN.Compartir.popUpRedSocial('http://www.facebook.com/sharer.php?s=100&amp;u=http://www.example.com/1')" title="Compartir en Facebook"></button>
<a href="#" data-share="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.com%2F1">in</a>"##;
    assert_eq!(nets(html), vec!["facebook", "linkedin"]);
}

#[test]
fn networks_named_in_data_attributes() {
    assert_eq!(
        nets(r##"<div class="post-actions" data-share="twitter,facebook,linkedin"></div>"##),
        vec!["facebook", "linkedin", "x"]
    );
    // Shariff's JSON list, entities and all.
    assert_eq!(
        nets(
            r##"<div class="shariff" data-services="[&quot;twitter&quot;,&quot;whatsapp&quot;,&quot;mail&quot;,&quot;info&quot;]"></div>"##
        ),
        vec!["email", "whatsapp", "x"]
    );
    assert_eq!(
        nets(
            r##"<button data-share-id="facebook"></button><span role="button" data-network="telegram"></span>"##
        ),
        vec!["facebook", "telegram"]
    );
    assert_eq!(
        nets(r##"<button data-action="share-on-twitter">Tw</button>"##),
        vec!["x"]
    );
    // A title in data-share is not a list of networks.
    assert!(nets(r##"<a href="#" data-share="Why I left Facebook">Share</a>"##).is_empty());
    // Follow counters are not share buttons.
    assert!(nets(r##"<li class="shareButton" data-service="twitterFollowers"></li>"##).is_empty());
}

#[test]
fn class_names_as_whole_segments() {
    assert_eq!(
        nets(
            r##"<a href="#" class="facebook-share"></a><a href="#" class="whatsapp_share"></a><a href="#" class="c-share__link c-share__link--reddit"></a>"##
        ),
        vec!["facebook", "reddit", "whatsapp"]
    );
    // `sharepoint`, `shared-drive` and a close button `share-x` name no network.
    assert!(nets(
        r##"<div class="sharepoint-docs"><a href="#" class="facebook">Facebook</a></div><div class="shared-drive"><button>Email</button></div><button class="share-x">×</button>"##
    )
    .is_empty());
    // ShareThis spans count once ShareThis is loaded, from any of its hosts.
    let st = r##"<script src="https://ws.sharethis.com/button/buttons.js"></script><span class="st_facebook_large"></span><span class="st_email_large"></span>"##;
    assert_eq!(nets(st), vec!["email", "facebook"]);
    assert!(nets(r##"<span class="st_facebook_large"></span>"##).is_empty());
    assert_eq!(
        nets(r##"<a class="addthis_button_email"></a><a class="addthis_button_google_plusone_share"></a>"##),
        vec!["email", "googleplus"]
    );
    assert_eq!(
        nets(r##"<a class="a2a_button_x"></a><a class="a2a_button_facebook_messenger"></a>"##),
        vec!["messenger", "x"]
    );
}

#[test]
fn labelled_buttons_inside_a_share_container_only() {
    let html = r##"<div role="dialog" aria-label="Share this article"><button>Facebook</button><button>Email</button><a href="#" title="WhatsApp"></a><button>Copy link</button></div>
<footer><a href="#">Facebook</a><button>Twitter</button></footer>"##;
    assert_eq!(nets(html), vec!["email", "facebook", "whatsapp"]);
    assert_eq!(
        nets(
            r##"<div class="artikel-teilen"><a href="#" role="button">E-Mail</a></div><ul aria-label="Paylaş"><li><button>Twitter</button></li></ul>"##
        ),
        vec!["email", "x"]
    );
    // Outside a container the label has to say share.
    assert_eq!(
        nets(r##"<button title="Share on LinkedIn"></button>"##),
        vec!["linkedin"]
    );
    // Follow links in a share-named block stay follow links.
    assert!(nets(
        r##"<div class="share-bar"><a href="https://www.facebook.com/brand" class="facebook">Facebook</a><button>Follow us on Twitter</button></div>"##
    )
    .is_empty());
    // A button beside two share links is in their container.
    assert_eq!(
        nets(
            r##"<div><a href="https://www.facebook.com/sharer/sharer.php?u=x">f</a><a href="https://twitter.com/intent/tweet?url=x">t</a><button class="icon-mail" title="Enviar por mail"></button></div>"##
        ),
        vec!["email", "facebook", "x"]
    );
}

#[test]
fn flipboard_pinterest_find_and_versioned_facebook_dialog() {
    assert_eq!(
        nets(
            r##"<a href="https://share.flipboard.com/bookmarklet/popout?v=2&amp;url=https%3A%2F%2Fexample.com%2Fpost">Flip</a><a href="https://www.pinterest.com/pin/find/?url=https%3A%2F%2Fexample.com%2Fpost">Pin</a><a href="https://www.facebook.com/v2.7/dialog/feed?app_id=1&amp;link=https%3A%2F%2Fexample.com%2Fpost">f</a>"##
        ),
        vec!["facebook", "flipboard", "pinterest"]
    );
    // A script button with no href at all, the endpoint in onclick.
    assert_eq!(
        nets(
            r##"<a rel="nofollow" title="facebook" onclick="popupCenter(&quot;https://www.facebook.com/sharer/sharer.php?u=https://example.com/post&quot;)"></a>"##
        ),
        vec!["facebook"]
    );
}

#[test]
fn markup_named_links_and_buttons_are_controls() {
    let f = facts(
        r##"<div class="a2a_kit"><a class="a2a_button_x"></a><a class="a2a_button_email" title="Email"></a></div>
<div class="share"><button data-share="facebook">Facebook</button></div>"##,
        None,
    );
    let c: Vec<(&str, Option<&str>)> = f
        .share
        .controls
        .iter()
        .map(|c| (c.network, c.name.as_deref()))
        .collect();
    assert_eq!(
        c,
        // The button by its data attribute first (the button pass), then the widget's links.
        vec![
            ("facebook", Some("Facebook")),
            ("x", None),
            ("email", Some("Email"))
        ]
    );
}
