//! GitHub Actions workflow commands: `::error file=…,line=…,title=…::message`.

use std::io::{self, Write};

use super::findings::{page_findings, site_findings, with_root, Finding};
use super::spool::PageSource;
use super::{Renderer, Setup, SiteEnd};
use crate::report::Report;
use crate::vocab::Status;

pub struct Github {
    /// The folder the page paths are relative to.
    root: String,
}

impl Github {
    pub fn new(setup: Setup) -> Github {
        Github { root: setup.root }
    }
}

impl Renderer for Github {
    fn pages_first(&self) -> bool {
        true
    }

    fn piece(&self, r: &Report, label: &str) -> String {
        let mut out = String::new();
        for f in page_findings(r, label, 5) {
            out.push_str(&line(&f, &self.root));
        }
        out
    }

    /// The pages' lines, the site checks' lines, the site score as a notice.
    fn finish(&self, out: &mut dyn Write, end: &mut SiteEnd, pages: &mut dyn PageSource) -> io::Result<()> {
        pages.copy_to(out)?;
        let mut s = String::new();
        for f in site_findings(&end.checks, 5) {
            s.push_str(&line(&f, &self.root));
        }
        s.push_str(&format!(
            "::notice title=smo-audit::Site score {}/100 ({} pages)\n",
            end.score(),
            end.records.len()
        ));
        out.write_all(s.as_bytes())
    }
}

/// Escape a workflow-command message (`%`, CR, LF).
fn data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escape a workflow-command property (also `:` and `,`).
fn prop(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

/// One finding as a workflow command line.
fn line(f: &Finding, root: &str) -> String {
    let cmd = if f.check.status == Status::Fail {
        "error"
    } else {
        "warning"
    };
    let mut props = Vec::new();
    if !f.file.is_empty() && !f.file.contains("://") {
        props.push(format!("file={}", prop(&with_root(root, &f.file))));
        if let Some(l) = f.line {
            props.push(format!("line={}", l));
        }
    }
    props.push(format!("title={}", prop(&format!("smo-audit {}", f.check.id))));
    let mut msg = f.check.message.to_string();
    if let Some(sn) = f.snippet {
        msg.push_str(&format!(" [{}]", sn));
    }
    msg.push_str(&format!(" Fix: {}", f.check.help));
    format!("::{} {}::{}\n", cmd, props.join(","), data(&msg))
}
