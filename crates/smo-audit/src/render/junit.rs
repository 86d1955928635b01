//! JUnit XML: one test suite per page (and one for the whole site), one test case
//! per check; fail → `<failure>`, warn → `<failure type="warning">` only when
//! `warn_fails` (else `<system-out>`), skip → `<skipped>`.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::escape_html as esc;
use super::spool::PageSource;
use super::{Renderer, Setup, SiteEnd};
use crate::report::{CheckReport, Report};
use crate::vocab::Status;

pub struct Junit;

impl Junit {
    pub fn new(_setup: Setup) -> Junit {
        Junit
    }
}

impl Renderer for Junit {
    fn piece(&self, r: &Report, label: &str) -> String {
        let mut out = String::new();
        let checks: Vec<&CheckReport> = r.checks().collect();
        suite(label, &checks, Some(r.score), false, &mut out);
        out
    }

    /// The totals over the pages and the site, the pages' suites, the site's.
    fn finish(&self, out: &mut dyn Write, end: &mut SiteEnd, pages: &mut dyn PageSource) -> io::Result<()> {
        let (mut tests, mut failures, mut skipped) = (0, 0, 0);
        for r in &end.records {
            tests += r.counts.iter().sum::<usize>();
            failures += r.at_or_above(false);
            skipped += r.counts[Status::Skip as usize];
        }
        let mut site = String::new();
        if !end.checks.is_empty() {
            let checks: Vec<&CheckReport> = end.checks.iter().collect();
            let (t, f, sk) = suite("site", &checks, end.checks_score(), false, &mut site);
            tests += t;
            failures += f;
            skipped += sk;
        }
        let bad = end.unreadable();
        if !bad.is_empty() {
            let _ = writeln!(
                site,
                "  <testsuite name=\"not audited\" tests=\"{n}\" failures=\"0\" errors=\"{n}\" skipped=\"0\">",
                n = bad.len()
            );
            for u in bad {
                let _ = writeln!(
                    site,
                    "    <testcase classname=\"unreadable\" name=\"{}\"><error message=\"{}\"/></testcase>",
                    esc(&u.path),
                    esc(&u.reason)
                );
            }
            site.push_str("  </testsuite>\n");
        }
        write!(
            out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"smo-audit\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\">\n",
            tests + bad.len(),
            failures,
            bad.len(),
            skipped
        )?;
        pages.copy_to(out)?;
        out.write_all(site.as_bytes())?;
        out.write_all(b"</testsuites>\n")
    }
}

/// One test suite (a page or the whole site); returns (tests, failures, skipped).
fn suite(
    name: &str,
    checks: &[&CheckReport],
    score: Option<u32>,
    warn_fails: bool,
    body: &mut String,
) -> (usize, usize, usize) {
    let f = checks
        .iter()
        .filter(|c| c.status == Status::Fail || (warn_fails && c.status == Status::Warn))
        .count();
    let sk = checks.iter().filter(|c| c.status == Status::Skip).count();
    let _ = writeln!(
        body,
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">",
        esc(name),
        checks.len(),
        f,
        sk
    );
    if let Some(sc) = score {
        let _ = writeln!(
            body,
            "    <properties><property name=\"score\" value=\"{}\"/></properties>",
            sc
        );
    }
    for c in checks {
        let _ = write!(
            body,
            "    <testcase classname=\"{}\" name=\"{}\"",
            esc(name),
            esc(&c.id)
        );
        let detail = || {
            let mut d = format!("{}\nFix: {}", c.message, c.help);
            for e in &c.evidence {
                d.push_str(&format!(
                    "\n{}{}{}",
                    e.url.as_deref().map(|u| format!("{} ", u)).unwrap_or_default(),
                    e.line.map(|l| format!("line {}: ", l)).unwrap_or_default(),
                    e.snippet.as_deref().unwrap_or("")
                ));
            }
            d
        };
        match c.status {
            Status::Fail => {
                let _ = writeln!(
                    body,
                    ">\n      <failure type=\"fail\" message=\"{}\">{}</failure>\n    </testcase>",
                    esc(&c.message),
                    esc(&detail())
                );
            }
            Status::Warn if warn_fails => {
                let _ = writeln!(
                    body,
                    ">\n      <failure type=\"warning\" message=\"{}\">{}</failure>\n    </testcase>",
                    esc(&c.message),
                    esc(&detail())
                );
            }
            Status::Warn => {
                let _ = writeln!(
                    body,
                    ">\n      <system-out>warning: {}</system-out>\n    </testcase>",
                    esc(&detail())
                );
            }
            Status::Skip => {
                let _ = writeln!(
                    body,
                    ">\n      <skipped message=\"{}\"/>\n    </testcase>",
                    esc(&c.message)
                );
            }
            Status::Pass => {
                let _ = writeln!(body, "/>");
            }
        }
    }
    body.push_str("  </testsuite>\n");
    (checks.len(), f, sk)
}
