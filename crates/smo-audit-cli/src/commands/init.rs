//! `smo-audit init`: write the engine's commented config template.

use std::path::Path;
use std::process::ExitCode;

use crate::output::fail_usage;

pub fn run(path: &Path, force: bool) -> ExitCode {
    if path.exists() && !force {
        return fail_usage(format!("{} exists; add --force to overwrite it", path.display()));
    }
    match std::fs::write(path, smo_audit::config::template()) {
        Ok(()) => {
            eprintln!("smo-audit: wrote {}", path.display());
            ExitCode::SUCCESS
        }
        Err(e) => fail_usage(format!("cannot write {}: {}", path.display(), e)),
    }
}
