//! One file per subcommand; `audit` (the default) dispatches to a page, a
//! profile address, a folder or a crawl.

pub mod audit;
pub mod crawl;
pub mod explain;
pub mod folder;
pub mod init;
pub mod merge;
pub mod rules;

use std::process::ExitCode;

use smo_audit::report::gates::Verdict;

/// Print how the run compares to its baseline and the messages of the gates
/// that failed; exit 1 if any did.
pub fn gates_exit(v: &Verdict) -> ExitCode {
    if let Some(line) = v.baseline_line() {
        eprintln!("smo-audit: {}", line);
    }
    for m in &v.failed {
        eprintln!("smo-audit: {}", m);
    }
    if v.failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
