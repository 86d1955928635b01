//! Shared by the integration tests.

use std::path::Path;

use smo_audit::site::{in_shard, SiteInput, SitePage};

/// A built-site folder as the library sees it: pages (`.html`) in the CLI's walk
/// order (sorted by file name, folder by folder), paths relative to `dir` with
/// `/`, the other files whole; with `shard`, only that shard's pages.
pub fn site_input(dir: &Path, base_url: Option<&str>, shard: Option<(u32, u32)>) -> SiteInput {
    let mut input = SiteInput {
        base_url: base_url.map(str::to_string),
        ..Default::default()
    };
    for e in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let e = e.expect("walk the site folder");
        if !e.file_type().is_file() {
            continue;
        }
        let rel = e
            .path()
            .strip_prefix(dir)
            .expect("inside the folder")
            .to_string_lossy()
            .replace('\\', "/");
        let bytes = std::fs::read(e.path()).expect("read a site file");
        if rel.ends_with(".html") {
            if shard.is_none_or(|(k, n)| in_shard(&rel, k, n)) {
                input.pages.push(SitePage {
                    path: rel,
                    url: None,
                    html: bytes,
                });
            }
        } else {
            input.files.insert(rel, bytes);
        }
    }
    input
}
