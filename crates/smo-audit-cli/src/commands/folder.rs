//! A built site folder, streamed: pages are audited in parallel chunks (rayon),
//! each page is rendered right away and only its record and summary are kept
//! (memory stays flat however many pages); the engine's site builder runs the
//! site checks at the end, and the parts that need the whole site are written
//! around the spooled pages.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rayon::prelude::*;
use smo_audit::config::Config;
use smo_audit::render::Setup as RenderSetup;
use smo_audit::site::only::Only;
use smo_audit::site::SiteBuilder;
use smo_audit::Options;

use super::audit::Setup;
use super::gates_exit;
use crate::args::AuditArgs;
use crate::output::{fail_usage, Sinks};
use crate::progress::progress_bar;

/// A page found in a folder: its file and path relative to the root.
struct PageInput {
    /// The file, only when it is not the folder joined with the label (a
    /// name that is not UTF-8): a million pages keep only their labels.
    path: Option<PathBuf>,
    label: String,
}

impl PageInput {
    fn file(&self, dir: &Path) -> PathBuf {
        self.path.clone().unwrap_or_else(|| dir.join(&self.label))
    }
}

fn is_html(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// Walk the folder: HTML pages (minus ignored ones) go to the list, every other
/// file's size and first bytes (image dimensions, robots.txt) to the builder.
fn collect(dir: &Path, cfg: &Config, site: &mut SiteBuilder) -> Result<Vec<PageInput>, String> {
    let mut pages = Vec::new();
    for entry in walkdir::WalkDir::new(dir).follow_links(false).sort_by_file_name() {
        let entry = entry.map_err(|e| format!("cannot read {}: {}", dir.display(), e))?;
        if !entry.file_type().is_file() {
            continue;
        }
        let p = entry.path();
        let rel = p
            .strip_prefix(dir)
            .unwrap_or(p)
            .to_string_lossy()
            .replace('\\', "/");
        if is_html(p) {
            if !cfg.ignored(&rel) {
                pages.push(PageInput {
                    path: (dir.join(&rel) != p).then(|| p.to_path_buf()),
                    label: rel,
                });
            }
            continue;
        }
        let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
        let mut head = Vec::new();
        if let Ok(f) = std::fs::File::open(p) {
            let _ = f.take(256 * 1024).read_to_end(&mut head);
        }
        site.add_file(&rel, size, &head);
    }
    Ok(pages)
}

/// The folder as CI tools should see it in file paths (SARIF, annotations):
/// relative to the current folder when it is inside it (`site`, not
/// `/home/runner/work/repo/site`), else as given.
fn display_root(dir: &Path) -> String {
    let rel = std::env::current_dir()
        .ok()
        .and_then(|cwd| {
            let abs = if dir.is_absolute() {
                dir.to_path_buf()
            } else {
                cwd.join(dir)
            };
            let abs = abs.canonicalize().ok()?;
            let cwd = cwd.canonicalize().ok()?;
            abs.strip_prefix(&cwd).ok().map(Path::to_path_buf)
        })
        .map(|p| p.to_string_lossy().replace('\\', "/"));
    match rel {
        Some(r) if r.is_empty() => ".".to_string(),
        Some(r) => r,
        None => dir.to_string_lossy().replace('\\', "/"),
    }
}

/// Pages audited at the same time: enough to keep every core busy, few enough
/// that the pieces in flight stay small.
fn chunk_size() -> usize {
    (rayon::current_num_threads() * 32).max(64)
}

pub fn run(dir: &Path, args: &AuditArgs, setup: &Setup) -> ExitCode {
    if args.url.is_some() {
        return fail_usage("--url names one page; for a folder give --base-url");
    }
    let site_opts = Options {
        rules: setup.cfg.rules.clone(),
        ..setup.opts.clone()
    };
    let shard = match &args.shard {
        None => None,
        Some(spec) => match smo_audit::site::shard_spec(spec, &|n| std::env::var(n).ok()) {
            Ok((k, n, from)) => {
                if !args.report.quiet && spec.trim().starts_with("auto") {
                    eprintln!("smo-audit: shard {}/{} (from {})", k, n, from);
                }
                Some((k, n))
            }
            Err(e) => return fail_usage(e),
        },
    };
    if setup.base_url.is_none() {
        eprintln!("smo-audit: {}", smo_audit::run::NO_BASE_URL);
    }
    let root = display_root(dir);
    let mut site = SiteBuilder::new(setup.base_url.as_deref(), &site_opts).with_root(&root);
    if let Some((k, n)) = shard {
        site = site.with_shard(k, n);
    }
    let mut pages = match collect(dir, &setup.cfg, &mut site) {
        Ok(p) => p,
        Err(e) => return fail_usage(e),
    };
    if pages.is_empty() && shard.is_none() {
        return fail_usage(format!("no .html files under {}", dir.display()));
    }
    // --only: the other pages are only summarized for the site checks.
    let only = match only(dir, args) {
        Ok(o) => o,
        Err(e) => return fail_usage(e),
    };
    let mut others = Vec::new();
    if let Some(o) = &only {
        let all = pages.len();
        (pages, others) = pages.into_iter().partition(|p| o.has(&p.label));
        if !args.report.quiet {
            eprintln!(
                "smo-audit: --only: auditing {} of {} pages (the site checks see all {})",
                pages.len(),
                all,
                all
            );
        }
    }
    if let Some((k, n)) = shard {
        pages.retain(|p| smo_audit::site::in_shard(&p.label, k, n));
    }
    let mut sinks = match Sinks::new(&setup.targets, &RenderSetup::site(setup.style, &root), true) {
        Ok(s) => s,
        Err(c) => return c,
    };
    for chunk in others.chunks(chunk_size()) {
        let summaries: Vec<_> = chunk
            .par_iter()
            .filter_map(|p| {
                let html = std::fs::read(p.file(dir)).ok()?;
                let opts = Options {
                    rules: setup.cfg.rules_for(&p.label),
                    ..setup.opts.clone()
                };
                site.summarize_page(&p.label, None, &html, &opts).ok()
            })
            .collect();
        for s in summaries {
            site.add_summary(s);
        }
    }
    let bar = progress_bar(Some(pages.len() as u64), args.report.quiet, "pages");
    let mut unreadable = 0;
    // What the gates need of each page, kept only when a gate is set (with
    // none, the verdict reads no page).
    let gated = setup.gates != smo_audit::report::gates::Gates::default();
    let mut gate_pages = Vec::new();
    for chunk in pages.chunks(chunk_size()) {
        let results: Vec<_> = chunk
            .par_iter()
            .map(|p| {
                let r = std::fs::read(p.file(dir))
                    .map_err(|e| format!("cannot read the file: {}", e))
                    .and_then(|html| {
                        smo_audit::run::audit_site_page(
                            &site,
                            setup,
                            sinks.renderers(),
                            &p.label,
                            None,
                            &html,
                        )
                    })
                    .map_err(|e| (p.label.clone(), e));
                bar.inc(1);
                r
            })
            .collect();
        for r in results {
            match r {
                Ok(page) => {
                    // Written to a terminal clear of the progress bar.
                    if let Err(c) = sinks.push(page.pieces, &|w| bar.suspend(&mut *w)) {
                        return c;
                    }
                    site.add_record(page.record, page.summary);
                    if gated {
                        gate_pages.push(page.gate);
                    }
                }
                Err((label, why)) => {
                    eprintln!("smo-audit: {}: not audited: {}", label, why);
                    site.add_unreadable(&label, why);
                    unreadable += 1;
                }
            }
        }
    }
    bar.finish_and_clear();
    let mut end = site.finish();
    if let Err(c) = sinks.finish(&mut end) {
        return c;
    }
    gates_exit(&smo_audit::run::site_verdict(
        setup,
        &gate_pages,
        &end,
        only.as_ref(),
        unreadable,
    ))
}

/// The pages `--only` names, if given: its paths (and `@FILE`s' lines),
/// relative to the folder or to the current folder with the folder in front.
fn only(dir: &Path, args: &AuditArgs) -> Result<Option<Only>, String> {
    if args.only.is_empty() {
        return Ok(None);
    }
    let paths = Only::expand(&args.only, |f| {
        std::fs::read_to_string(f).map_err(|e| format!("--only @{}: cannot read it: {}", f, e))
    })?;
    // The folder as given, as seen from the current one, and absolute.
    let mut roots = vec![dir.to_string_lossy().to_string(), display_root(dir)];
    if let Ok(abs) = dir.canonicalize() {
        roots.push(abs.to_string_lossy().to_string());
    }
    Ok(Some(Only::new(&paths, &roots)))
}
