//! The `smo-audit` command line: reads input, calls the engine (`smo_audit`),
//! writes output. Each subcommand is a file of `commands/`; the flags are in
//! `args.rs`; folder walking, crawling, output and progress have their own
//! modules. Exit codes: 0 all gates pass, 1 a gate failed, 2 the input could not
//! be read (bad path, bad config, unreachable host).

use std::process::ExitCode;

use clap::Parser;

mod args;
mod commands;
mod config_file;
mod crawl;
mod output;
mod progress;

use args::{Cli, Cmd};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Cmd::Rules { locale, format }) => commands::rules::run(&locale, &format),
        Some(Cmd::Explain { id, locale }) => commands::explain::run(&id, &locale),
        Some(Cmd::Init { path, force }) => commands::init::run(&path, force),
        Some(Cmd::Merge(a)) => commands::merge::run(a),
        None => commands::audit::run(cli.audit),
    }
}
