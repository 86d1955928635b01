//! The keyword-friendly URL checks on real pages (moved from the unit tests of
//! `src/checks/urls/mod.rs`).

use std::collections::BTreeMap;

use smo_audit::checks::{urls, Ctx, Outcome, Run};
use smo_audit::facts::suggest::MAX_SLUG_CHARS;
use smo_audit::{Options, Status};

use crate::corpus;

/// A page check's function as it is (no configuration, no panic guard).
fn call(check: &smo_audit::checks::Check, ctx: &Ctx) -> Outcome {
    match check.run {
        Run::Page(f) => f(ctx),
        Run::Site(_) => panic!("{} is a site check", check.id),
    }
}

/// Every real page of the shared corpus: no panic, a well-formed suggested
/// slug whenever there is a title, and the status counts per check printed
/// (`cargo test -p smo-audit --test corpus_pages urls -- --nocapture`).
#[test]
fn corpus_pages_run_clean() {
    // SMO_URLS_VERBOSE=1 prints every warn / fail for review.
    let verbose = std::env::var_os("SMO_URLS_VERBOSE").is_some();
    let mut pages = 0;
    let mut slugs = 0;
    let mut check_time = std::time::Duration::ZERO;
    let mut counts: BTreeMap<&str, [usize; 4]> = BTreeMap::new();
    let found = corpus::each_page("urls corpus", |name, bytes| {
        pages += 1;
        let opts = Options::default();
        let facts = smo_audit::facts_for(bytes, &opts).expect("facts");
        if let Some(s) = &facts.suggest.suggested_slug {
            slugs += 1;
            assert!(!s.is_empty() && s.chars().count() <= MAX_SLUG_CHARS);
            assert!(
                !s.starts_with('-') && !s.ends_with('-') && !s.contains("--"),
                "{s}"
            );
            assert!(
                s.chars()
                    .all(|c| c == '-' || (c.is_alphanumeric() && !c.is_uppercase())),
                "{s}"
            );
        }
        for check in urls::CHECKS {
            let ctx = Ctx {
                facts: &facts,
                locale: opts.locale,
                opts: &opts,
                check_id: check.id,
            };
            let t0 = std::time::Instant::now();
            let o = call(check, &ctx);
            check_time += t0.elapsed();
            assert!(!o.message.is_empty(), "{} on {}", check.id, name);
            let i = match o.status {
                Status::Pass => 0,
                Status::Warn => 1,
                Status::Fail => 2,
                Status::Skip => 3,
            };
            counts.entry(check.id).or_default()[i] += 1;
            if verbose && matches!(o.status, Status::Warn | Status::Fail) {
                eprintln!("{} {} {:?}: {}", name, check.id, o.status, o.message);
            }
        }
    });
    if !found {
        return;
    }
    eprintln!("{pages} pages, {slugs} with a suggested slug; urls checks took {check_time:?} in all");
    for (id, c) in &counts {
        eprintln!(
            "{id:16} pass {:3} warn {:3} fail {:3} skip {:3}",
            c[0], c[1], c[2], c[3]
        );
    }
}
