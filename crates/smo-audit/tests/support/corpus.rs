//! The real pages of `../shared/corpus/readability` for the corpus tests, read
//! one way in one place (included by the test binaries with `#[path]`). The
//! corpus is not part of the repository: when it is absent the helpers say so on
//! standard error and return false, and the test passes having proven nothing on
//! real pages (its synthetic cases still run).

#![allow(dead_code)] // each test binary uses some of the helpers

use std::path::PathBuf;

use smo_audit::{Facts, Options};

/// The corpus folder (`<repo>/../shared/corpus/readability`).
pub fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/readability")
}

/// Calls `f(name, bytes)` for every page (`NAME/source.html`), in name order,
/// then says on standard error how many pages `what` read. False, after a
/// message naming `what`, when the corpus is absent.
pub fn each_page(what: &str, mut f: impl FnMut(&str, &[u8])) -> bool {
    let Ok(entries) = std::fs::read_dir(dir()) else {
        eprintln!("{what}: skipped, {} is absent", dir().display());
        return false;
    };
    let mut names: Vec<String> = entries
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut read = 0usize;
    for name in names {
        if let Ok(bytes) = std::fs::read(dir().join(&name).join("source.html")) {
            f(&name, &bytes);
            read += 1;
        }
    }
    eprintln!("{what}: {read} corpus pages read");
    true
}

/// [`each_page`] through `facts_for` with the default options (pages it refuses
/// are passed over).
pub fn each_facts(what: &str, mut f: impl FnMut(&str, Facts)) -> bool {
    each_page(what, |name, bytes| {
        if let Ok(facts) = smo_audit::facts_for(bytes, &Options::default()) {
            f(name, facts);
        }
    })
}
