//! A built site folder, streamed: pages are audited in parallel chunks (rayon),
//! each page is rendered right away and only its record and summary are kept
//! (memory stays flat however many pages); the engine's site builder runs the
//! site checks at the end, and the parts that need the whole site are written
//! around the spooled pages.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rayon::prelude::*;
use smo_audit::config::Config;
use smo_audit::render::spool::{MemPages, Spool};
use smo_audit::render::Setup as RenderSetup;
use smo_audit::report::gates::PageGate;
use smo_audit::report::PageRecord;
use smo_audit::site::only::Only;
use smo_audit::site::SiteBuilder;
use smo_audit::Options;

use super::audit::Setup;
use super::gates_exit;
use crate::args::AuditArgs;
use crate::output::{fail_usage, spool_write_error, Dest, Out, TempFile};
use crate::progress::progress_bar;

/// A page found in a folder: its file and path relative to the root.
struct PageInput {
    path: PathBuf,
    label: String,
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
                    path: p.to_path_buf(),
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
    let mut site = SiteBuilder::new(setup.base_url.as_deref(), &site_opts);
    let mut pages = match collect(dir, &setup.cfg, &mut site) {
        Ok(p) => p,
        Err(e) => return fail_usage(e),
    };
    if pages.is_empty() && args.shard.is_none() {
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
        if !args.quiet {
            eprintln!(
                "smo-audit: --only: auditing {} of {} pages (the site checks see all {})",
                pages.len(),
                all,
                all
            );
        }
    }
    if let Some((k, n)) = args.shard {
        pages.retain(|p| smo_audit::site::in_shard(&p.label, k, n));
    }
    let root = dir.to_string_lossy().to_string();
    let renderer = setup.format.renderer(RenderSetup::site(setup.style, &root));
    let mut out = match Out::open(args.output.as_deref()) {
        Ok(o) => o,
        Err(c) => return c,
    };
    let tmp = if renderer.pages_first() {
        None
    } else {
        match TempFile::new() {
            Ok(t) => Some(t),
            Err(e) => return fail_usage(e),
        }
    };
    let mut dest = match &tmp {
        Some(t) => Dest::Spool(Spool::new(&t.file, renderer.separator())),
        None => Dest::Direct,
    };
    for chunk in others.chunks(chunk_size()) {
        let summaries: Vec<_> = chunk
            .par_iter()
            .filter_map(|p| {
                let html = std::fs::read(&p.path).ok()?;
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
    let bar = progress_bar(Some(pages.len() as u64), args.quiet, "pages");
    let mut had_error = false;
    let mut gate_pages = Vec::with_capacity(pages.len());
    for chunk in pages.chunks(chunk_size()) {
        let results: Vec<_> = chunk
            .par_iter()
            .map(|p| {
                let html =
                    std::fs::read(&p.path).map_err(|e| format!("cannot read {}: {}", p.path.display(), e))?;
                let opts = Options {
                    rules: setup.cfg.rules_for(&p.label),
                    ..setup.opts.clone()
                };
                let r = site
                    .audit_page(&p.label, None, &html, &opts)
                    .map(|(r, s)| {
                        (
                            renderer.piece(&r, &p.label),
                            PageRecord::of(&r, &p.label),
                            PageGate::of(&r, &p.label),
                            s,
                        )
                    })
                    .map_err(|e| format!("{}: {}", p.label, e));
                bar.inc(1);
                r
            })
            .collect();
        for r in results {
            match r {
                Ok((piece, record, gate, summary)) => {
                    let w = match &mut dest {
                        // Kept clear of the progress bar on a terminal.
                        Dest::Direct => bar.suspend(|| out.write_all(piece.as_bytes())),
                        Dest::Spool(sp) => {
                            if let Err(e) = sp.push(&piece) {
                                return fail_usage(spool_write_error(tmp.as_ref(), e));
                            }
                            Ok(())
                        }
                    };
                    if let Err(c) = out.check(w) {
                        return c;
                    }
                    site.add_record(record, summary);
                    gate_pages.push(gate);
                }
                Err(e) => {
                    eprintln!("smo-audit: {}", e);
                    had_error = true;
                }
            }
        }
    }
    bar.finish_and_clear();
    let mut end = site.finish();
    let w = match dest {
        Dest::Direct => renderer.finish(&mut out, &mut end, &mut MemPages::default()),
        Dest::Spool(sp) => match sp.finish() {
            Ok(mut pages) => renderer.finish(&mut out, &mut end, &mut pages),
            Err(e) => return fail_usage(spool_write_error(tmp.as_ref(), e)),
        },
    };
    if let Err(c) = out.check(w) {
        return c;
    }
    if let Err(c) = out.close() {
        return c;
    }
    if had_error {
        return ExitCode::from(2);
    }
    // Under --only the site checks gate only through what they say of the
    // audited pages.
    let verdict = match (&only, &end.data) {
        (Some(o), Some(d)) => {
            let site_checks = o.site_checks(&end.checks, &d.pages.iter().collect::<Vec<_>>());
            setup.gates.judge_partial(&gate_pages, &site_checks, end.score())
        }
        _ => setup.gates.judge(&gate_pages, &end.checks, end.score()),
    };
    gates_exit(&verdict)
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
    let mut roots = vec![dir.to_string_lossy().to_string()];
    // The folder as seen from the current one, when given another way.
    if let (Ok(cwd), Ok(abs)) = (std::env::current_dir(), dir.canonicalize()) {
        if let Some(rel) = cwd
            .canonicalize()
            .ok()
            .and_then(|c| abs.strip_prefix(c).ok().map(Path::to_path_buf))
        {
            roots.push(rel.to_string_lossy().to_string());
        }
        roots.push(abs.to_string_lossy().to_string());
    }
    Ok(Some(Only::new(&paths, &roots)))
}
