//! GitHub Actions workflow commands: `::error file=…,line=…,title=…::message`.

use std::io::{self, Write};

use super::findings::{page_findings, site_findings, with_root, Finding};
use super::spool::PageSource;
use super::{Renderer, Setup, SiteEnd, Style, MAX_ANNOTATIONS};
use crate::report::Report;
use crate::vocab::Status;

pub struct Github {
    /// The folder the page paths are relative to.
    root: String,
    style: Style,
}

impl Github {
    pub fn new(setup: Setup) -> Github {
        Github {
            root: setup.root,
            style: setup.style,
        }
    }
}

impl Renderer for Github {
    fn piece(&self, r: &Report, label: &str) -> String {
        let mut out = String::new();
        for f in page_findings(r, label, 5, &self.style) {
            out.push_str(&line(&f, &self.root));
        }
        out
    }

    /// The pages' lines and the site checks' lines, all of them when they fit
    /// under the cap, else errors first then warnings while there is room;
    /// the last line a notice with the site score and what was left out.
    fn finish(&self, out: &mut dyn Write, end: &mut SiteEnd, pages: &mut dyn PageSource) -> io::Result<()> {
        let mut site = String::new();
        for u in end.unreadable() {
            site.push_str(&format!(
                "::error file={},title={}::{}\n",
                prop(&with_root(&self.root, &u.path)),
                prop("smo-audit not audited"),
                data(&format!("Not audited: {}", u.reason))
            ));
        }
        for f in site_findings(&end.checks, 5, &self.style) {
            site.push_str(&line(&f, &self.root));
        }
        let n = pages.count();
        let mut total = site.lines().count();
        for i in 0..n {
            total += pages.piece(i)?.lines().count();
        }
        let cap = match self.style.max_annotations {
            Some(0) => usize::MAX,
            Some(c) => c,
            None => MAX_ANNOTATIONS,
        };
        // Room for the findings: the cap less the closing notice.
        let room = cap.saturating_sub(1).max(1);
        let passes: &[&str] = if total > room {
            &["::error ", "::warning "]
        } else {
            &["::"]
        };
        let mut written = 0;
        for prefix in passes {
            for i in 0..n {
                let piece = pages.piece(i)?;
                written += write_lines(out, &piece, prefix, room - written.min(room))?;
            }
            written += write_lines(out, &site, prefix, room - written.min(room))?;
        }
        let pages_n = end.records.len();
        let mut notice = format!(
            "Site score {}/100 ({} {})",
            end.score(),
            pages_n,
            if pages_n == 1 { "page" } else { "pages" }
        );
        if total > written {
            notice.push_str(&format!(
                "; {} more annotations left out (--max-annotations {}): see the full report",
                total - written,
                cap
            ));
        }
        out.write_all(format!("::notice title=smo-audit::{}\n", data(&notice)).as_bytes())
    }
}

/// Write at most `room` lines of `chunk` that start with `prefix`; how many.
fn write_lines(out: &mut dyn Write, chunk: &str, prefix: &str, room: usize) -> io::Result<usize> {
    let mut n = 0;
    for l in chunk.lines().filter(|l| l.starts_with(prefix)) {
        if n == room {
            break;
        }
        out.write_all(l.as_bytes())?;
        out.write_all(b"\n")?;
        n += 1;
    }
    Ok(n)
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
    let cmd = if f.status == Status::Fail {
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
