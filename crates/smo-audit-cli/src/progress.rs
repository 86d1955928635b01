//! The progress bar of a long run (indicatif), on a terminal only.

use std::io::IsTerminal;

/// A progress bar on standard error when it is a terminal (hidden with --quiet or in CI logs).
pub fn progress_bar(len: Option<u64>, quiet: bool, what: &str) -> indicatif::ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let (bar, tpl) = match len {
        Some(n) => (
            indicatif::ProgressBar::new(n),
            format!("{{bar:40}} {{pos}}/{{len}} {} ({{rate}}, {{eta}} left)", what),
        ),
        None => (
            indicatif::ProgressBar::new_spinner(),
            format!("{{spinner}} {{pos}} {} ({{elapsed}})", what),
        ),
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template(&tpl) {
        // Whole pages a second (indicatif's own per_sec prints 981.8552/s).
        bar.set_style(style.with_key(
            "rate",
            |s: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0}/s", s.per_sec());
            },
        ));
    }
    bar
}
