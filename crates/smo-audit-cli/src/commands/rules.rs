//! `smo-audit rules`: every check, from the engine's rule reference.

use std::process::ExitCode;

use smo_audit::Locale;

use crate::output::{fail_usage, print_out};

pub fn run(locale: &str, format: &str) -> ExitCode {
    match smo_audit::checks::docs::list(Locale::parse(locale).unwrap_or_default(), format) {
        Ok(out) => print_out(&out),
        Err(e) => fail_usage(e),
    }
}
