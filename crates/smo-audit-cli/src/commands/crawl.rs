//! A live site (`smo-audit https://…`): crawled breadth-first on its host
//! ([`crate::crawl`]), each page audited and spooled as it arrives; the
//! engine's site builder runs the site checks at the end.

use std::process::ExitCode;

use smo_audit::render::spool::Spool;
use smo_audit::render::Setup as RenderSetup;
use smo_audit::report::gates::PageGate;
use smo_audit::site::PageSummary;

use super::audit::Setup;
use super::gates_exit;
use crate::args::AuditArgs;
use crate::crawl;
use crate::output::{fail_usage, spool_write_error, Out, TempFile};
use crate::progress::progress_bar;

pub fn run(input: &str, args: &AuditArgs, setup: &Setup) -> ExitCode {
    let start = match url::Url::parse(input) {
        Ok(u) => u,
        Err(e) => return fail_usage(format!("{:?} is not a valid URL: {}", input, e)),
    };
    if args.max_pages == 0 {
        return fail_usage("--max-pages must be at least 1".to_string());
    }
    let co = crawl::CrawlOptions {
        max_pages: args.max_pages,
        concurrency: args.concurrency as usize,
        timeout: std::time::Duration::from_secs(args.timeout.max(1)),
        max_bytes: args.max_bytes,
        user_agent: args
            .user_agent
            .clone()
            .or_else(|| setup.cfg.user_agent.clone())
            .unwrap_or_else(|| crawl::USER_AGENT.to_string()),
        delay: std::time::Duration::from_secs_f64(args.delay.unwrap_or(0.0)),
        max_time: args.max_time.map(std::time::Duration::from_secs_f64),
        max_bytes_total: args.max_bytes_total,
        ignore_robots: args.ignore_robots,
    };
    // Every page's piece goes to the spool as it is audited (the output is
    // only created once a page was fetched).
    let renderer = setup.format.renderer(RenderSetup::site(setup.style, ""));
    let tmp = match TempFile::new() {
        Ok(t) => t,
        Err(e) => return fail_usage(e),
    };
    let mut spool = Spool::new(&tmp.file, renderer.separator());
    let mut spool_error: Option<std::io::Error> = None;
    let bar = progress_bar(None, args.quiet, "pages crawled");
    let progress = |n: usize| bar.set_position(n as u64);
    let mut gate_pages = Vec::new();
    let mut on_page = |r: smo_audit::Report, s: &PageSummary| {
        gate_pages.push(PageGate::of(&r, &s.path));
        if spool_error.is_none() {
            if let Err(e) = spool.push(&renderer.piece(&r, &s.path)) {
                spool_error = Some(e);
            }
        }
    };
    let crawled = crawl::crawl_each(&start, &co, &setup.opts, &progress, &mut on_page);
    bar.finish_and_clear();
    let (site, summary) = match crawled {
        Ok(c) => (c.site, c.summary),
        Err(e) => return fail_usage(e),
    };
    if let Some(e) = spool_error {
        return fail_usage(spool_write_error(Some(&tmp), e));
    }
    if site.pages() == 0 {
        return fail_usage(format!("no HTML page could be fetched from {}", start));
    }
    let mut end = site.finish();
    end.crawl = Some(summary);
    let mut out = match Out::open(args.output.as_deref()) {
        Ok(o) => o,
        Err(c) => return c,
    };
    let w = match spool.finish() {
        Ok(mut pages) => renderer.finish(&mut out, &mut end, &mut pages),
        Err(e) => return fail_usage(spool_write_error(Some(&tmp), e)),
    };
    if let Err(c) = out.check(w) {
        return c;
    }
    if let Err(c) = out.close() {
        return c;
    }
    gates_exit(&setup.gates.judge(&gate_pages, &end.checks, end.score()))
}
