//! `smo-audit explain ID`: one check's documentation, from the engine.

use std::process::ExitCode;

use smo_audit::Locale;

use crate::output::{fail_usage, print_out};

pub fn run(id: &str, locale: &str) -> ExitCode {
    match smo_audit::checks::docs::explain(id, Locale::parse(locale).unwrap_or_default()) {
        Ok(out) => print_out(&out),
        Err(e) => fail_usage(e),
    }
}
