//! One page through the whole flow: bytes → facts → checks → report.

use crate::checks;
use crate::facts::{self, Facts};
use crate::options::{Error, Options};
use crate::report::{self, Report};

/// Decode, parse once, and gather the facts of one page: empty input and
/// text without a single tag are an error, never scored.
pub fn facts_for(bytes: &[u8], opts: &Options) -> Result<Facts, Error> {
    crate::input::require_markup(bytes, opts.max_bytes)?;
    facts::from_bytes(bytes, opts)
}

/// Run the page checks over the facts and build the scored report.
pub fn report_of(facts: &Facts, opts: &Options) -> Report {
    report::build(facts, checks::run::page(facts, opts), opts)
}

/// Audit one page from its bytes.
pub fn audit(bytes: &[u8], opts: &Options) -> Result<Report, Error> {
    let facts = facts_for(bytes, opts)?;
    Ok(report_of(&facts, opts))
}

/// Audit one page from text.
pub fn audit_html(html: &str, opts: &Options) -> Result<Report, Error> {
    audit(html.as_bytes(), opts)
}
