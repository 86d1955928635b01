//! URL-only profile audit: `smo-audit --kind profile --url https://x.com/acme`
//! with no HTML. The handle check runs on the address; every other check skips
//! and says what to give for a full audit (the saved profile page).

use url::Url;

use crate::options::{Error, Options};
use crate::report::{score_categories, score_checks, Report, Status};
use crate::vocab::PageKind;

/// Checks that need only the profile address.
pub const URL_ONLY_CHECKS: &[&str] = &["profile-handle"];

/// Audit a social profile from its address alone.
///
/// Errors when the address is not an absolute http(s) URL, or not a profile
/// address of a network the catalogue knows.
pub fn audit_profile_url(url: &str, opts: &Options) -> Result<Report, Error> {
    let u = url.trim();
    let parsed = Url::parse(u).map_err(|e| Error::BadUrl(u.to_string(), e.to_string()))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(Error::BadUrl(
            u.to_string(),
            format!("the scheme is {}, not http or https", parsed.scheme()),
        ));
    }
    if crate::catalog::profile_from_url(&parsed).is_none() {
        return Err(Error::BadUrl(
            u.to_string(),
            "it is not a profile address of a known network; give one such as https://x.com/yourbrand, https://www.instagram.com/yourbrand/, https://www.linkedin.com/company/yourbrand/ or https://mastodon.social/@yourbrand".into(),
        ));
    }
    let opts = Options {
        url: Some(u.to_string()),
        kind: Some(PageKind::Profile),
        ..opts.clone()
    };
    // No page: the facts of an empty document, then the profile's address.
    let mut facts = crate::facts::from_bytes(b"", &opts)?;
    facts.profile = crate::facts::profile::from_url_only(&facts);
    let mut report = crate::pipeline::report_of(&facts, &opts);
    let msg = crate::checks::profile::url_only_message(opts.locale);
    for cat in report.categories.iter_mut() {
        for c in cat.checks.iter_mut() {
            if URL_ONLY_CHECKS.contains(&&*c.id) {
                continue;
            }
            c.status = Status::Skip;
            c.message = msg.clone();
            c.evidence.clear();
            c.details.clear();
        }
        cat.score = score_checks(&cat.checks);
    }
    report.score = score_categories(&report.categories);
    // Not scored: one check ran; no <head> to suggest for a page the brand
    // cannot edit.
    report.partial = Some(crate::checks::profile::partial_message(opts.locale));
    if let Some(m) = report.facts.as_object_mut() {
        m.remove("suggestedHead");
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handle_runs_rest_skips() {
        let r = audit_profile_url("https://x.com/acmecoffee", &Options::default()).expect("report");
        assert_eq!(r.kind, PageKind::Profile);
        assert_eq!(r.check("profile-handle").map(|c| c.status), Some(Status::Pass));
        for c in r.checks().filter(|c| c.id != "profile-handle") {
            assert_eq!(c.status, Status::Skip, "{}", c.id);
            assert!(c.message.contains("save the profile page"), "{}", c.id);
        }
        assert_eq!(r.score, 100);
        assert_eq!(r.facts["profile"]["source"], "url");
        assert!(r.partial.as_deref().is_some_and(|p| p.contains("no score")));
        assert!(
            r.facts.get("suggestedHead").is_none(),
            "no head to suggest for a profile"
        );
        assert_eq!(r.facts["profile"]["handle"], "acmecoffee");
    }

    #[test]
    fn id_address_scores_zero() {
        let r = audit_profile_url(
            "https://www.facebook.com/profile.php?id=100064123456789",
            &Options::default(),
        )
        .expect("report");
        assert_eq!(r.check("profile-handle").map(|c| c.status), Some(Status::Fail));
        assert_eq!(r.score, 0);
    }

    #[test]
    fn not_a_profile_is_an_error() {
        for u in [
            "https://example.com/about",
            "ftp://x.com/acme",
            "x.com/acme",
            "https://x.com/intent/tweet?text=hi",
        ] {
            let e = audit_profile_url(u, &Options::default()).expect_err(u);
            assert!(e.to_string().contains("give"), "{u}: {e}");
        }
    }
}
