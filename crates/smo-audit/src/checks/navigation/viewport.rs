//! `viewport`: a mobile viewport that lets people zoom.

use crate::checks::{ev_line, meta_snippet, Category, Check, Ctx, Outcome, Param, RuleDoc, Text};

pub static CHECK: Check = Check {
    id: "viewport",
    category: Category::Navigation,
    weight: 2,
    title: Text {
        en: "Mobile viewport",
        tr: "Mobil görünüm alanı (viewport)",
    },
    help: Text {
        en: "Add <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"> and do not block zooming.",
        tr: "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"> ekleyin ve yakınlaştırmayı engellemeyin.",
    },
    doc: RuleDoc {
        what: "Reads the first `<meta name=viewport>`. Fail: missing. Warn: `user-scalable=no` (or 0), or `maximum-scale` below `min_max_scale` (2). Pass otherwise.",
        why: "Most social traffic is on phones, inside in-app browsers: without a viewport the page renders as a shrunken desktop page, and blocking zoom locks out readers who need larger text.",
        fix: "Use width=device-width, initial-scale=1 and drop user-scalable=no / maximum-scale=1.",
        example: "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        sources: &[
            "https://developer.chrome.com/docs/lighthouse/pwa/viewport",
            "https://dequeuniversity.com/rules/axe/4.8/meta-viewport",
        ],
    },
    params: &[Param::number("min_max_scale")],
    run: crate::checks::Run::Page(run),
};

fn run(ctx: &Ctx) -> Outcome {
    let Some(vp) = &ctx.facts.nav.viewport else {
        return Outcome::fail(ctx.t(
            "No viewport meta tag: phones show the page as a shrunken desktop page.",
            "Viewport meta etiketi yok: telefonlar sayfayı küçültülmüş masaüstü sayfası olarak gösterir.",
        ));
    };
    let min = ctx.param("min_max_scale", 2.0);
    let e = ev_line(
        "meta[name=\"viewport\"]",
        meta_snippet("name", "viewport", &vp.content),
        vp.line,
    );
    if vp.user_scalable_no {
        return Outcome::warn(ctx.t(
            "The viewport blocks zooming (user-scalable=no).",
            "Viewport yakınlaştırmayı engelliyor (user-scalable=no).",
        ))
        .evidence(e);
    }
    if let Some(m) = vp.maximum_scale.filter(|m| *m < min) {
        return Outcome::warn(ctx.t(
            format!("The viewport limits zoom to {}×; allow at least {}×.", m, min),
            format!(
                "Viewport yakınlaştırmayı {}× ile sınırlıyor; en az {}× izin verin.",
                m, min
            ),
        ))
        .evidence(e);
    }
    Outcome::pass(ctx.t(
        "Mobile viewport set, zoom allowed.",
        "Mobil viewport tanımlı, yakınlaştırma serbest.",
    ))
    .evidence(e)
    .detail("deviceWidth", vp.device_width)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    #[test]
    fn rules() {
        let run = |c: &str| {
            run_on(
                &super::CHECK,
                &format!(r#"<meta name="viewport" content="{c}">"#),
                None,
            )
            .status
        };
        assert_eq!(run("width=device-width, initial-scale=1"), Status::Pass);
        assert_eq!(run("width=device-width, user-scalable=no"), Status::Warn);
        assert_eq!(run("width=device-width; maximum-scale=1.0"), Status::Warn);
        assert_eq!(run("width=device-width, maximum-scale=5"), Status::Pass);
        assert_eq!(
            run_on(&super::CHECK, "<title>x</title>", None).status,
            Status::Fail
        );
    }
}
