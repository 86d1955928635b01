//! A live site (`smo-audit https://…`): crawled by the engine's crawler with
//! the native I/O ([`crate::crawl`]), each page spooled as it arrives; the
//! engine's site builder runs the site checks at the end.

use std::process::ExitCode;

use smo_audit::render::Setup as RenderSetup;
use smo_audit::report::gates::PageGate;
use smo_audit::site::crawler::Settings;

use super::audit::Setup;
use super::gates_exit;
use crate::args::AuditArgs;
use crate::crawl;
use crate::output::{fail_usage, Sinks};
use crate::progress::progress_bar;

pub fn run(input: &str, args: &AuditArgs, setup: &Setup) -> ExitCode {
    if let Err(e) = url::Url::parse(input) {
        return fail_usage(format!("{:?} is not a valid URL: {}", input, e));
    }
    if args.max_pages == 0 {
        return fail_usage("--max-pages must be at least 1".to_string());
    }
    let co = crawl::CrawlOptions {
        settings: Settings {
            max_pages: args.max_pages,
            concurrency: args.concurrency as usize,
            max_bytes: args.max_bytes,
            delay: std::time::Duration::from_secs_f64(args.delay.unwrap_or(0.0)),
            max_time: args.max_time.map(std::time::Duration::from_secs_f64),
            max_bytes_total: args.max_bytes_total,
            ignore_robots: args.ignore_robots,
        },
        timeout: std::time::Duration::from_secs(args.timeout.max(1)),
        user_agent: args
            .user_agent
            .clone()
            .or_else(|| setup.cfg.user_agent.clone())
            .unwrap_or_else(|| crawl::USER_AGENT.to_string()),
    };
    // Every page's pieces go to the spools as it is audited (the outputs are
    // only created once a page was fetched).
    let mut sinks = match Sinks::new(&setup.targets, &RenderSetup::site(setup.style, ""), false) {
        Ok(s) => s,
        Err(c) => return c,
    };
    let mut sink_error: Option<ExitCode> = None;
    let bar = progress_bar(None, args.report.quiet, "pages crawled");
    let progress = |n: usize| bar.set_position(n as u64);
    let mut gate_pages = Vec::new();
    let mut on_page = |r: smo_audit::Report, path: &str| {
        gate_pages.push(PageGate::of(&r, path));
        if sink_error.is_none() {
            let pieces = sinks.pieces(&r, path);
            if let Err(c) = sinks.push(pieces, &|w| w()) {
                sink_error = Some(c);
            }
        }
    };
    let crawled = crawl::crawl_each(input, &co, &setup.opts, &progress, &mut on_page);
    bar.finish_and_clear();
    if let Some(c) = sink_error {
        return c;
    }
    let mut end = match crawled {
        Ok(end) => end,
        Err(e) => return fail_usage(e),
    };
    if let Err(c) = sinks.finish(&mut end) {
        return c;
    }
    gates_exit(&setup.gates.judge(&gate_pages, &end.checks, end.score()))
}
