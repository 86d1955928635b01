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

/// Print the messages of the gates that failed; exit 1 if any did.
pub fn gates_exit(failed: &[String]) -> ExitCode {
    for m in failed {
        eprintln!("smo-audit: {}", m);
    }
    if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
