//! The URL-only profile audit (`smo-audit --kind profile --url ADDRESS` with no
//! page, `auditProfileUrl` in the npm package, the profile field of the audit
//! page): an untrusted address through URL parsing, the network catalogue, the
//! handle check, scoring and every renderer. The first byte picks the locale and
//! the text style. Any panic or hang is a bug; so is a report where a check other
//! than the handle check runs, or an error without a message.
//!
//! The same text also goes through the loose link parser and the catalogue's
//! profile and share-endpoint matchers, as every link of an audited page does.

#![no_main]

use libfuzzer_sys::fuzz_target;
use smo_audit::report::Status;
use smo_audit::{Locale, Options};

fuzz_target!(|data: &[u8]| {
    let (sel, body) = match data.split_first() {
        Some((s, b)) => (*s, b),
        None => (0, data),
    };
    let address = String::from_utf8_lossy(body);
    let opts = Options {
        locale: if sel & 1 == 0 { Locale::En } else { Locale::Tr },
        ..Default::default()
    };
    match smo_audit::audit_profile_url(&address, &opts) {
        Ok(report) => {
            assert!(report.score <= 100);
            for c in report.checks() {
                if !smo_audit::profile_mode::URL_ONLY_CHECKS.contains(&&*c.id) {
                    assert_eq!(c.status, Status::Skip, "{} ran without a page", c.id);
                }
            }
            let style = smo_audit::render::Style {
                color: sel & 2 != 0,
                verbose: sel & 4 != 0,
                ..Default::default()
            };
            for f in smo_audit::render::Format::ALL {
                assert!(!smo_audit::render::render_page(f, &report, &address, style, "").is_empty());
            }
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
    if let Some(u) = smo_audit::catalog::parse_loose(&address) {
        let _ = smo_audit::catalog::profile_from_url(&u);
        let _ = smo_audit::catalog::share_endpoint(&u);
    }
});
