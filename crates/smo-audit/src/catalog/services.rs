//! Widgets and web services a page embeds: share widgets, discontinued
//! services, comment systems, newsletter providers, analytics and tag managers,
//! social pixels, captchas / anti-spam, and video hosts.
//!
//! Each row is data: a service, what kind it is, the signatures that reveal it
//! (script src, iframe src, class, id, data attribute, inline script text, form
//! action, custom tag, link href) and a short note of where the signature comes
//! from (the service's own embed snippet). Adding a service is adding a row.

/// What a service does on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum ServiceKind {
    /// Renders share buttons.
    Share,
    /// Discontinued: its buttons are dead weight.
    Dead,
    Comments,
    Newsletter,
    Analytics,
    /// Tag manager (counts as measurement).
    TagManager,
    /// Social network conversion pixel.
    Pixel,
    /// Captcha or anti-spam.
    Captcha,
    /// Video host / player.
    Video,
}

impl ServiceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ServiceKind::Share => "share",
            ServiceKind::Dead => "dead",
            ServiceKind::Comments => "comments",
            ServiceKind::Newsletter => "newsletter",
            ServiceKind::Analytics => "analytics",
            ServiceKind::TagManager => "tagmanager",
            ServiceKind::Pixel => "pixel",
            ServiceKind::Captcha => "captcha",
            ServiceKind::Video => "video",
        }
    }
}

/// One way a service shows itself in the HTML. Strings are lower-case.
#[derive(Debug, Clone, Copy)]
pub enum Sig {
    /// `<script src>` contains this.
    Script(&'static str),
    /// Inline `<script>` code contains this (case-sensitive: code is matched as written).
    Inline(&'static str),
    /// `<iframe>` / `<embed>` / `<object>` / `<video>`/`<source>` src contains this.
    Frame(&'static str),
    /// A class token equals this.
    Class(&'static str),
    /// A class token starts with this.
    ClassPrefix(&'static str),
    /// An element id equals this.
    Id(&'static str),
    /// A `data-*` attribute name (without `data-`) equals this.
    Data(&'static str),
    /// A `<form action>` contains this.
    FormAction(&'static str),
    /// A custom element name equals this (e.g. `fb:share-button`, `disqus-comments`).
    Tag(&'static str),
    /// A `<link href>` in the page contains this (stylesheets, preconnect, alternate).
    Link(&'static str),
}

#[derive(Debug, Clone, Copy)]
pub struct Service {
    pub id: &'static str,
    pub name: &'static str,
    pub kind: ServiceKind,
    pub sigs: &'static [Sig],
    /// For share widgets bound to one network (the official buttons).
    pub network: Option<&'static str>,
    /// For discontinued services: the shutdown date.
    pub shutdown: Option<&'static str>,
    pub note: &'static str,
}

use ServiceKind::*;
use Sig::*;

macro_rules! svc {
    ($id:expr, $name:expr, $kind:expr, [$($sig:expr),* $(,)?], $note:expr) => {
        Service { id: $id, name: $name, kind: $kind, sigs: &[$($sig),*], network: None, shutdown: None, note: $note }
    };
    ($id:expr, $name:expr, $kind:expr, net $net:expr, [$($sig:expr),* $(,)?], $note:expr) => {
        Service { id: $id, name: $name, kind: $kind, sigs: &[$($sig),*], network: Some($net), shutdown: None, note: $note }
    };
    ($id:expr, $name:expr, dead $date:expr, [$($sig:expr),* $(,)?], $note:expr) => {
        Service { id: $id, name: $name, kind: Dead, sigs: &[$($sig),*], network: None, shutdown: Some($date), note: $note }
    };
}

pub static SERVICES: &[Service] = &[
    // ---- share widgets ----
    svc!("addtoany", "AddToAny", Share, [Script("static.addtoany.com/menu/page.js"), Class("a2a_kit"), Class("a2a_dd"), ClassPrefix("a2a_button_")], "addtoany.com/buttons/customize: <div class=\"a2a_kit\"> + static.addtoany.com/menu/page.js"),
    svc!("sharethis", "ShareThis", Share, [Script("platform-api.sharethis.com/js/sharethis.js"), Script("w.sharethis.com/button/"), Script(".sharethis.com/"), Frame(".sharethis.com/"), Inline("stLight.options"), Class("sharethis-inline-share-buttons"), Class("sharethis-sticky-share-buttons"), Class("st-btn")], "sharethis.com/platform/share-buttons: sharethis.js + .sharethis-inline-share-buttons; the older buttons.js from ws.sharethis.com / w.sharethis.com (any ShareThis host) with stLight.options and <span class=\"st_facebook_large\">"),
    svc!("shareaholic", "Shareaholic", Share, [Script("cdn.shareaholic.net"), Script("apps.shareaholic.com"), Class("shareaholic-canvas")], "shareaholic.com: <div class=\"shareaholic-canvas\" data-app=\"share_buttons\">"),
    svc!("jetpack-sharing", "Jetpack Sharing", Share, [Class("sd-sharing-enabled"), Class("sd-social-icon"), Class("sd-social-icon-text"), Class("sd-button")], "jetpack.com/support/sharing: div.sharedaddy.sd-sharing-enabled (a bare .sharedaddy is also the Likes block, so not a signature), a.share-facebook.sd-button"),
    svc!("social-warfare", "Social Warfare", Share, [Class("swp_social_panel"), Class("swp_share_button"), Script("social-warfare")], "warfareplugins.com: div.swp_social_panel > div.swp_share_button"),
    svc!("sassy-social-share", "Sassy Social Share", Share, [Class("heateor_sss_sharing_container"), ClassPrefix("heateor_sss_"), Script("sassy-social-share")], "wordpress.org/plugins/sassy-social-share: .heateor_sss_sharing_container"),
    svc!("elfsight", "Elfsight (widget platform)", Share, [Script("static.elfsight.com/platform/platform.js"), Script("apps.elfsight.com/p/platform.js"), ClassPrefix("elfsight-app-")], "elfsight.com/social-share-buttons-widget: platform.js + <div class=\"elfsight-app-…\"> (the app type is set in Elfsight's dashboard)"),
    svc!("shareaholic-sumo", "Sumo Share", Share, [Script("load.sumo.com"), Script("load.sumome.com")], "sumo.com: load.sumo.com script"),
    svc!("monarch", "Monarch (Elegant Themes)", Share, [Class("et_social_inline"), Class("et_social_sidebar_networks"), ClassPrefix("et_social_")], "elegantthemes.com/plugins/monarch: .et_social_inline"),
    svc!("shared-counts", "Shared Counts", Share, [Class("shared-counts-wrap"), Class("shared-counts-button")], "wordpress.org/plugins/shared-counts: .shared-counts-wrap"),
    svc!("novashare", "Novashare", Share, [Class("ns-buttons"), Class("ns-inline"), Script("novashare")], "novashare.io: div.ns-buttons"),
    svc!("grow-social", "Grow Social (Social Pug)", Share, [Class("dpsp-content-wrapper"), ClassPrefix("dpsp-share-"), Class("dpsp-networks-btns-wrapper")], "wordpress.org/plugins/social-pug: .dpsp-networks-btns-wrapper"),
    svc!("ssba", "Simple Share Buttons Adder", Share, [Class("ssba"), Class("ssba-wrap"), ClassPrefix("ssba-")], "wordpress.org/plugins/simple-share-buttons-adder: div.ssba"),
    svc!("ultimate-social", "Ultimate Social Media (sfsi)", Share, [ClassPrefix("sfsi_"), Class("sfsi_widget")], "wordpress.org/plugins/ultimate-social-media-icons: .sfsi_widget"),
    svc!("kiwi", "Kiwi Social Share", Share, [Class("kiwi-article-bar")], "wordpress.org/plugins/kiwi-social-share: .kiwi-article-bar"),
    svc!("scriptless", "Scriptless Social Sharing", Share, [Class("scriptless-social-sharing"), Class("scriptlesssocialsharing")], "wordpress.org/plugins/scriptless-social-sharing: .scriptlesssocialsharing"),
    svc!("shariff", "Shariff", Share, [Class("shariff"), Script("shariff")], "github.com/heiseonline/shariff: <div class=\"shariff\" data-services=…>"),
    svc!("sharingbuttons-io", "sharingbuttons.io", Share, [Class("resp-sharing-button__link"), Class("resp-sharing-button")], "sharingbuttons.io generated markup: a.resp-sharing-button__link"),
    svc!("sharer-js", "sharer.js", Share, [Script("sharer.min.js"), Script("sharer.js"), Data("sharer")], "github.com/ellisonleao/sharer.js: <button data-sharer=\"facebook\" data-url=…>"),
    svc!("fb-share", "Facebook share button", Share, net "facebook", [Class("fb-share-button")], "developers.facebook.com/docs/plugins/share-button: <div class=\"fb-share-button\" data-href=…>"),
    svc!("x-share", "X (Twitter) share button", Share, net "x", [Class("twitter-share-button")], "developer.x.com/en/docs/twitter-for-websites/tweet-button: <a class=\"twitter-share-button\">"),
    svc!("linkedin-share", "LinkedIn share plugin", Share, net "linkedin", [Inline("IN/Share"), Script("platform.linkedin.com/in.js")], "LinkedIn share plugin: <script type=\"IN/Share\" data-url=…>"),
    svc!("pinterest-save", "Pinterest Save button", Share, net "pinterest", [Script("assets.pinterest.com/js/pinit"), Data("pin-do")], "developers.pinterest.com/docs/web-features/save: pinit.js + data-pin-do"),
    svc!("vk-share", "VK share button", Share, net "vk", [Inline("VK.Share.button"), Script("vk.com/js/api/share.js")], "dev.vk.com/widgets/share: VK.Share.button()"),
    svc!("ok-share", "OK.ru share widget", Share, net "ok", [Inline("OK.CONNECT.insertShareWidget"), Script("connect.ok.ru/connect.js")], "apiok.ru/ext/like: OK.CONNECT.insertShareWidget"),
    svc!("telegram-share", "Telegram share button", Share, net "telegram", [Script("telegram.org/js/telegram-widget.js"), Data("telegram-share-url")], "core.telegram.org/widgets/share: telegram-widget.js data-telegram-share-url"),
    svc!("line-share", "LINE share button", Share, net "line", [Class("line-it-button"), Script("d.line-scdn.net/r/web/social-plugin/js/thirdparty/loader")], "developers.line.biz/en/docs/line-social-plugins/install-guide/using-line-share-buttons"),
    svc!("ya-share", "Yandex Share (ya-share2)", Share, [Class("ya-share2"), Script("yastatic.net/share2/share.js")], "yandex.ru/dev/share: <div class=\"ya-share2\" data-services=…>"),
    // ---- discontinued ----
    svc!("addthis", "AddThis", dead "2023-05-31", [Script("addthis.com/js"), Script("s7.addthis.com"), Script("addthis_widget.js"), ClassPrefix("addthis_"), ClassPrefix("at-svc-"), Inline("addthis_config"), Inline("addthis_share")], "Oracle ended AddThis on 2023-05-31 (addthis.com notice); snippet: s7.addthis.com/js/300/addthis_widget.js + .addthis_inline_share_toolbox"),
    svc!("googleplus", "Google+ buttons", dead "2019-04-02", [Script("apis.google.com/js/plusone.js"), Class("g-plusone"), Class("g-plus"), Tag("g:plusone"), Tag("g:plus")], "Google+ for consumers shut down 2019-04-02; its +1 / share buttons stopped working"),
    svc!("stumbleupon", "StumbleUpon badge", dead "2018-06-30", [Script("stumbleupon.com"), Tag("su:badge"), Class("stumbleupon")], "StumbleUpon closed 2018-06-30 (moved to Mix)"),
    svc!("delicious", "Delicious bookmarklet", dead "2017-06-01", [Script("delicious.com/static/js"), Script("del.icio.us")], "Delicious sold to Pinboard 2017 and made read-only"),
    svc!("yahoo-buzz", "Yahoo Buzz", dead "2011-04-21", [Script("d.yimg.com/ds/badge"), Script("buzz.yahoo.com")], "Yahoo! Buzz closed 2011-04-21"),
    svc!("fb-share-legacy", "old Facebook Share (fb:share_button)", dead "2011-01-01", [Tag("fb:share-button"), Tag("fb:share_button"), Script("static.ak.fbcdn.net/connect.php/js/fb.share"), Class("fb_share_button")], "The FBML <fb:share-button> and FB.Share script were deprecated 2010-2011 (replaced by the Share button plugin)"),
    svc!("digg-widget", "Digg button", dead "2012-07-31", [Script("widgets.digg.com/buttons.js"), Class("diggthis")], "Digg's buttons ended with the 2012 relaunch"),
    svc!("po-st", "Po.st", dead "2019-12-31", [Script("i.po.st/static"), ClassPrefix("pw-button-")], "Po.st (RhythmOne) sharing closed 2019"),
    svc!("vine", "Vine embed", dead "2017-01-17", [Frame("vine.co/v/"), Script("platform.vine.co")], "Vine stopped hosting new videos 2017-01-17"),
    svc!("friendfeed", "FriendFeed", dead "2015-04-09", [Script("friendfeed.com")], "FriendFeed closed 2015-04-09"),
    // ---- comment systems ----
    svc!("disqus", "Disqus", Comments, [Id("disqus_thread"), Inline("disqus.com/embed.js"), Script(".disqus.com/embed.js"), Inline("disqus_config")], "disqus.com universal embed: <div id=\"disqus_thread\"> + embed.js"),
    svc!("fb-comments", "Facebook comments", Comments, [Class("fb-comments"), Tag("fb:comments")], "developers.facebook.com/docs/plugins/comments: <div class=\"fb-comments\" data-href=…>"),
    svc!("giscus", "Giscus", Comments, [Script("giscus.app/client.js"), Class("giscus"), Tag("giscus-widget")], "giscus.app: <script src=\"https://giscus.app/client.js\" data-repo=…>"),
    svc!("utterances", "utterances", Comments, [Script("utteranc.es/client.js"), Class("utterances")], "utteranc.es: <script src=\"https://utteranc.es/client.js\" repo=…>"),
    svc!("commento", "Commento", Comments, [Script("cdn.commento.io/js/commento.js"), Id("commento")], "commento.io: <div id=\"commento\"> + commento.js"),
    svc!("hyvor", "Hyvor Talk", Comments, [Script("talk.hyvor.com"), Tag("hyvor-talk-comments"), Id("hyvor-talk-view")], "talk.hyvor.com/docs: <hyvor-talk-comments website-id=…>"),
    svc!("remark42", "Remark42", Comments, [Id("remark42"), Inline("remark_config")], "remark42.com/docs: <div id=\"remark42\"> + remark_config"),
    svc!("cusdis", "Cusdis", Comments, [Id("cusdis_thread"), Script("cusdis.com/js/cusdis")], "cusdis.com: <div id=\"cusdis_thread\">"),
    svc!("isso", "Isso", Comments, [Id("isso-thread"), Script("/isso/js/embed"), Data("isso")], "isso-comments.de: <section id=\"isso-thread\">"),
    svc!("coral", "Coral Talk", Comments, [Id("coral_thread"), Inline("Coral.createStreamEmbed")], "docs.coralproject.net: Coral.createStreamEmbed"),
    svc!("openweb", "OpenWeb (Spot.IM)", Comments, [Script("launcher.spot.im"), Data("spotim-module")], "openweb.com: launcher.spot.im + data-spotim-module"),
    svc!("viafoura", "Viafoura", Comments, [Script("cdn.viafoura.net"), Class("viafoura"), Tag("vf-conversations")], "viafoura.com: <vf-conversations>"),
    svc!("vuukle", "Vuukle", Comments, [Script("cdn.vuukle.com"), Id("vuukle-comments")], "vuukle.com: <div id=\"vuukle-comments\">"),
    svc!("hypercomments", "HyperComments", Comments, [Id("hypercomments_widget"), Inline("hypercomments")], "hypercomments.com widget"),
    svc!("cackle", "Cackle", Comments, [Id("mc-container"), Inline("cackle.me")], "cackle.me widget: <div id=\"mc-container\">"),
    svc!("graphcomment", "GraphComment", Comments, [Id("graphcomment"), Inline("graphcomment.com")], "graphcomment.com: <div id=\"graphcomment\">"),
    svc!("commentbox", "CommentBox.io", Comments, [Script("commentbox.io"), Inline("commentbox.io")], "commentbox.io: <div class=\"commentbox\">"),
    svc!("wp-comments", "WordPress comments", Comments, [FormAction("wp-comments-post.php"), Id("commentform"), Id("respond")], "WordPress comment_form(): <form id=\"commentform\" action=\"…/wp-comments-post.php\">"),
    // ---- newsletter providers ----
    svc!("mailchimp", "Mailchimp", Newsletter, [FormAction("list-manage.com/subscribe"), Id("mc_embed_signup"), Script("chimpstatic.com/mcjs-connected"), Script("s3.amazonaws.com/downloads.mailchimp.com")], "mailchimp.com embedded form: <div id=\"mc_embed_signup\"> form action=…list-manage.com/subscribe/post"),
    svc!("substack", "Substack", Newsletter, [Frame("substack.com/embed"), FormAction("substack.com/api/v1/free")], "substack.com embed: <iframe src=\"https://NAME.substack.com/embed\">"),
    svc!("mailerlite", "MailerLite", Newsletter, [Script("assets.mailerlite.com/js/universal.js"), Script("static.mailerlite.com"), ClassPrefix("ml-embedded"), ClassPrefix("ml-form-embed"), FormAction("assets.mailerlite.com/jsonp")], "mailerlite.com embedded form: <div class=\"ml-embedded\" data-form=…>"),
    svc!("brevo", "Brevo (Sendinblue)", Newsletter, [FormAction("sibforms.com"), Script("sibforms.com"), Frame("sibforms.com"), Id("sib-form")], "brevo.com form: action=\"https://….sibforms.com/serve/…\""),
    svc!("convertkit", "Kit (ConvertKit)", Newsletter, [Script("f.convertkit.com"), Script(".ck.page"), FormAction("app.convertkit.com/forms"), Class("formkit-form"), Data("sv-form")], "kit.com embed: <form class=\"formkit-form\" action=\"https://app.convertkit.com/forms/…\">"),
    svc!("beehiiv", "beehiiv", Newsletter, [Frame("embeds.beehiiv.com"), Script("subscribe-forms.beehiiv.com")], "beehiiv.com embed: <iframe src=\"https://embeds.beehiiv.com/…\">"),
    svc!("buttondown", "Buttondown", Newsletter, [FormAction("buttondown.email/api/emails/embed-subscribe"), FormAction("buttondown.com/api/emails/embed-subscribe")], "buttondown.com embed form action"),
    svc!("campaign-monitor", "Campaign Monitor", Newsletter, [FormAction("createsend.com"), Script("js.createsend1.com")], "campaignmonitor.com subscribe form: action=…createsend.com"),
    svc!("aweber", "AWeber", Newsletter, [FormAction("aweber.com/scripts/addlead"), Script("forms.aweber.com")], "aweber.com: form action=https://www.aweber.com/scripts/addlead.pl"),
    svc!("getresponse", "GetResponse", Newsletter, [FormAction("app.getresponse.com/add_subscriber"), Script("app.getresponse.com/view_webform")], "getresponse.com web form"),
    svc!("klaviyo", "Klaviyo", Newsletter, [Script("static.klaviyo.com/onsite/js/klaviyo.js"), ClassPrefix("klaviyo-form-")], "klaviyo.com sign-up form: <div class=\"klaviyo-form-XXXX\">"),
    svc!("hubspot-forms", "HubSpot forms", Newsletter, [Script("js.hsforms.net/forms"), Inline("hbspt.forms.create")], "hubspot.com embed: hbspt.forms.create"),
    svc!("mailpoet", "MailPoet", Newsletter, [Class("mailpoet_form"), ClassPrefix("mailpoet_")], "wordpress.org/plugins/mailpoet: form.mailpoet_form"),
    svc!("revue", "Revue (Twitter)", dead "2023-01-18", [FormAction("getrevue.co"), Frame("getrevue.co")], "Revue newsletters shut down 2023-01-18"),
    svc!("tinyletter", "TinyLetter", dead "2024-02-29", [FormAction("tinyletter.com")], "Mailchimp closed TinyLetter 2024-02-29"),
    // ---- analytics & tag managers ----
    svc!("ga4", "Google Analytics (gtag.js)", Analytics, [Script("googletagmanager.com/gtag/js"), Inline("gtag('config'"), Inline("gtag(\"config\"")], "developers.google.com/analytics/devguides/collection/ga4: gtag.js"),
    svc!("ua", "Universal Analytics (analytics.js, ended 2023-07-01)", Analytics, [Script("google-analytics.com/analytics.js"), Script("google-analytics.com/ga.js"), Inline("google-analytics.com/analytics.js"), Inline("google-analytics.com/ga.js"), Inline("_gaq.push")], "analytics.js / ga.js; Google stopped processing UA hits 2023-07-01"),
    svc!("gtm", "Google Tag Manager", TagManager, [Script("googletagmanager.com/gtm.js"), Inline("googletagmanager.com/gtm.js"), Frame("googletagmanager.com/ns.html")], "developers.google.com/tag-platform/tag-manager/web: gtm.js + ns.html noscript"),
    svc!("matomo", "Matomo", Analytics, [Script("matomo.js"), Script("piwik.js"), Inline("_paq.push"), Script("cdn.matomo.cloud")], "matomo.org tracking code: var _paq = window._paq"),
    svc!("plausible", "Plausible", Analytics, [Script("plausible.io/js/"), Script("/js/plausible")], "plausible.io/docs/plausible-script: <script defer data-domain=… src=\"https://plausible.io/js/script.js\">"),
    svc!("fathom", "Fathom", Analytics, [Script("cdn.usefathom.com/script.js"), Script("usefathom.com")], "usefathom.com/docs: <script src=\"https://cdn.usefathom.com/script.js\" data-site=…>"),
    svc!("umami", "Umami", Analytics, [Data("website-id"), Script("umami.js"), Script("analytics.umami.is")], "umami.is/docs: <script defer src=…/script.js data-website-id=…>"),
    svc!("yandex-metrica", "Yandex Metrica", Analytics, [Script("mc.yandex.ru/metrika"), Inline("mc.yandex.ru/metrika")], "yandex.com/support/metrica: mc.yandex.ru/metrika/tag.js + ym(ID, 'init')"),
    svc!("cloudflare-analytics", "Cloudflare Web Analytics", Analytics, [Script("static.cloudflareinsights.com/beacon.min.js"), Data("cf-beacon")], "developers.cloudflare.com/web-analytics: beacon.min.js data-cf-beacon"),
    svc!("simple-analytics", "Simple Analytics", Analytics, [Script("scripts.simpleanalyticscdn.com"), Script("simpleanalytics.com")], "docs.simpleanalytics.com: scripts.simpleanalyticscdn.com/latest.js"),
    svc!("goatcounter", "GoatCounter", Analytics, [Script("gc.zgo.at/count.js"), Data("goatcounter")], "goatcounter.com: <script data-goatcounter=… src=\"//gc.zgo.at/count.js\">"),
    svc!("adobe-analytics", "Adobe Analytics / Launch", TagManager, [Script("assets.adobedtm.com"), Script("omniture")], "Adobe Experience Platform tags: assets.adobedtm.com"),
    svc!("tealium", "Tealium", TagManager, [Script("tags.tiqcdn.com"), Inline("tags.tiqcdn.com")], "tealium.com: tags.tiqcdn.com/utag"),
    svc!("segment", "Segment", Analytics, [Inline("cdn.segment.com/analytics.js"), Script("cdn.segment.com")], "segment.com analytics.js snippet"),
    svc!("hotjar", "Hotjar", Analytics, [Inline("static.hotjar.com"), Script("static.hotjar.com")], "hotjar.com tracking code: static.hotjar.com/c/hotjar-"),
    svc!("clarity", "Microsoft Clarity", Analytics, [Inline("clarity.ms/tag"), Script("clarity.ms/tag")], "learn.microsoft.com/clarity: www.clarity.ms/tag/"),
    svc!("chartbeat", "Chartbeat", Analytics, [Script("static.chartbeat.com"), Inline("_sf_async_config")], "chartbeat.com: _sf_async_config + chartbeat.js"),
    svc!("parsely", "Parse.ly", Analytics, [Script("cdn.parsely.com"), Script("parsely.com/keys"), Id("parsely-cfg")], "parse.ly tracker: cdn.parsely.com/keys/…/p.js"),
    svc!("comscore", "Comscore", Analytics, [Script("scorecardresearch.com"), Inline("scorecardresearch.com"), Inline("_comscore")], "comscore tag: sb.scorecardresearch.com/beacon.js"),
    svc!("liveinternet", "LiveInternet", Analytics, [Inline("counter.yadro.ru")], "liveinternet.ru counter: counter.yadro.ru/hit"),
    svc!("wp-stats", "Jetpack Stats", Analytics, [Script("stats.wp.com/e-"), Inline("_stq.push")], "jetpack.com/support/jetpack-stats: stats.wp.com/e-*.js"),
    svc!("statcounter", "StatCounter", Analytics, [Script("statcounter.com/counter/counter.js"), Inline("sc_project")], "statcounter.com: sc_project + counter.js"),
    svc!("mixpanel", "Mixpanel", Analytics, [Script("cdn.mxpnl.com"), Inline("cdn.mxpnl.com")], "mixpanel.com snippet: cdn.mxpnl.com/libs/mixpanel"),
    svc!("heap", "Heap", Analytics, [Inline("cdn.heapanalytics.com"), Script("cdn.heapanalytics.com")], "heap.io snippet: cdn.heapanalytics.com"),
    svc!("posthog", "PostHog", Analytics, [Inline("posthog.init"), Script("posthog")], "posthog.com snippet: posthog.init"),
    // ---- social pixels ----
    svc!("meta-pixel", "Meta (Facebook) Pixel", Pixel, [Inline("connect.facebook.net/en_US/fbevents.js"), Inline("fbevents.js"), Inline("fbq('init'"), Script("fbevents.js")], "developers.facebook.com/docs/meta-pixel: fbq('init', …) + fbevents.js"),
    svc!("linkedin-insight", "LinkedIn Insight Tag", Pixel, [Inline("_linkedin_partner_id"), Script("snap.licdn.com/li.lms-analytics/insight.min.js"), Inline("snap.licdn.com/li.lms-analytics")], "linkedin.com/help/lms/answer/a427660: _linkedin_partner_id + insight.min.js"),
    svc!("x-pixel", "X (Twitter) Pixel", Pixel, [Inline("static.ads-twitter.com/uwt.js"), Script("static.ads-twitter.com/uwt.js"), Inline("twq('config'"), Inline("twq('init'")], "business.x.com pixel: static.ads-twitter.com/uwt.js + twq()"),
    svc!("tiktok-pixel", "TikTok Pixel", Pixel, [Inline("analytics.tiktok.com/i18n/pixel"), Inline("ttq.load"), Script("analytics.tiktok.com")], "ads.tiktok.com pixel: ttq.load(…)"),
    svc!("pinterest-tag", "Pinterest Tag", Pixel, [Inline("s.pinimg.com/ct/core.js"), Inline("pintrk('load'"), Script("s.pinimg.com/ct/core.js")], "help.pinterest.com Pinterest tag: pintrk('load', …) + s.pinimg.com/ct/core.js"),
    svc!("snap-pixel", "Snap Pixel", Pixel, [Inline("sc-static.net/scevent.min.js"), Inline("snaptr('init'")], "businesshelp.snapchat.com Snap Pixel: snaptr('init')"),
    svc!("reddit-pixel", "Reddit Pixel", Pixel, [Inline("redditstatic.com/ads/pixel.js"), Inline("rdt('init'")], "reddit ads pixel: rdt('init', …)"),
    svc!("vk-pixel", "VK Pixel", Pixel, [Inline("vk.com/js/api/openapi.js"), Inline("VK.Retargeting")], "vk.com ads pixel: VK.Retargeting.Init"),
    // ---- captcha / anti-spam ----
    svc!("recaptcha", "Google reCAPTCHA", Captcha, [Script("google.com/recaptcha/"), Script("recaptcha.net/recaptcha/"), Script("gstatic.com/recaptcha"), Class("g-recaptcha"), Frame("google.com/recaptcha/")], "developers.google.com/recaptcha: api.js + <div class=\"g-recaptcha\">"),
    svc!("hcaptcha", "hCaptcha", Captcha, [Script("hcaptcha.com/1/api.js"), Script("js.hcaptcha.com"), Class("h-captcha")], "docs.hcaptcha.com: <div class=\"h-captcha\" data-sitekey=…>"),
    svc!("turnstile", "Cloudflare Turnstile", Captcha, [Script("challenges.cloudflare.com/turnstile"), Class("cf-turnstile")], "developers.cloudflare.com/turnstile: <div class=\"cf-turnstile\">"),
    svc!("friendly-captcha", "Friendly Captcha", Captcha, [Class("frc-captcha"), Script("friendly-challenge"), Script("friendlycaptcha")], "docs.friendlycaptcha.com: <div class=\"frc-captcha\">"),
    svc!("yandex-captcha", "Yandex SmartCaptcha", Captcha, [Script("smartcaptcha.yandexcloud.net"), Class("smart-captcha")], "yandex.cloud/docs/smartcaptcha: <div class=\"smart-captcha\">"),
    svc!("akismet", "Akismet", Captcha, [Id("ak_js_1"), Script("akismet"), Inline("ak_js_1")], "Akismet adds <input type=\"hidden\" id=\"ak_js_1\" name=\"ak_js\"> to comment forms"),
    svc!("antispam-bee", "Antispam Bee", Captcha, [Class("antispam-bee"), Script("antispam-bee")], "wordpress.org/plugins/antispam-bee"),
    svc!("wpcaptcha", "Math / WP captcha", Captcha, [ClassPrefix("cptch_"), Class("wpcf7-quiz")], "WordPress captcha plugins (cptch_*, Contact Form 7 quiz)"),
    // ---- video hosts ----
    svc!("youtube", "YouTube", Video, [Frame("youtube.com/embed/"), Frame("youtube-nocookie.com/embed/"), Tag("lite-youtube"), Frame("youtube.com/v/")], "developers.google.com/youtube/iframe_api_reference: youtube.com/embed/ID"),
    svc!("vimeo", "Vimeo", Video, [Frame("player.vimeo.com/video/"), Tag("lite-vimeo")], "vimeo embed: player.vimeo.com/video/ID"),
    svc!("dailymotion", "Dailymotion", Video, [Frame("dailymotion.com/embed/"), Frame("geo.dailymotion.com/player"), Script("geo.dailymotion.com/player")], "dailymotion embed"),
    svc!("wistia", "Wistia", Video, [Script("fast.wistia.com"), Frame("fast.wistia.net/embed"), ClassPrefix("wistia_embed")], "wistia embed: fast.wistia.com + .wistia_embed"),
    svc!("jwplayer", "JW Player", Video, [Script("jwplayer"), Script("cdn.jwplayer.com"), Frame("cdn.jwplayer.com/players")], "jwplayer.com embed"),
    svc!("brightcove", "Brightcove", Video, [Frame("players.brightcove.net"), Script("players.brightcove.net"), Tag("video-js")], "brightcove player: players.brightcove.net"),
    svc!("vidyard", "Vidyard", Video, [Script("play.vidyard.com"), Class("vidyard-player-embed")], "vidyard embed"),
    svc!("loom", "Loom", Video, [Frame("loom.com/embed/")], "loom embed: loom.com/embed/ID"),
    svc!("twitch", "Twitch", Video, [Frame("player.twitch.tv"), Frame("clips.twitch.tv/embed")], "twitch embed"),
    svc!("tiktok-embed", "TikTok embed", Video, [Class("tiktok-embed"), Script("tiktok.com/embed.js"), Frame("tiktok.com/embed")], "tiktok embed: blockquote.tiktok-embed + embed.js"),
    svc!("fb-video", "Facebook video", Video, [Class("fb-video"), Frame("facebook.com/plugins/video.php")], "developers.facebook.com/docs/plugins/embedded-video-player"),
    svc!("rutube", "Rutube", Video, [Frame("rutube.ru/play/embed")], "rutube embed"),
    svc!("vk-video", "VK Video", Video, [Frame("vk.com/video_ext.php"), Frame("vkvideo.ru/video_ext.php")], "vk video embed: video_ext.php"),
];

/// A service by id.
pub fn service(id: &str) -> Option<&'static Service> {
    SERVICES.iter().find(|s| s.id == id)
}
