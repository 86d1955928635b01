//! Finding and reading `smo-audit.toml` on disk; the engine parses and validates
//! the text (`smo_audit::config::Config::parse`).

use std::path::{Path, PathBuf};

use smo_audit::config::{Config, FILE_NAME};

/// Read and parse a config file.
pub fn load(path: &Path) -> Result<Config, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {}", path.display(), e))?;
    let mut c = Config::parse(&text, &path.display().to_string())?;
    c.path = Some(path.to_path_buf());
    Ok(c)
}

/// `smo-audit.toml` in `start` or the nearest folder above it.
pub fn find(start: &Path) -> Option<PathBuf> {
    let start = start.canonicalize().ok()?;
    let mut dir = if start.is_dir() {
        Some(start.as_path())
    } else {
        start.parent()
    };
    while let Some(d) = dir {
        let c = d.join(FILE_NAME);
        if c.is_file() {
            return Some(c);
        }
        dir = d.parent();
    }
    None
}

/// The config given with `--config`, else the one found from `start` upward,
/// else the defaults.
pub fn discover(explicit: Option<&Path>, start: &Path) -> Result<Config, String> {
    match explicit {
        Some(p) => load(p),
        None => match find(start) {
            Some(p) => load(&p),
            None => Ok(Config::default()),
        },
    }
}
