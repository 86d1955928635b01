//! GitHub Actions workflow commands: `::error file=…,line=…,title=…::message`.

use super::findings::{with_root, Finding};
use super::Status;

/// Escape a workflow-command message (`%`, CR, LF).
fn data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escape a workflow-command property (also `:` and `,`).
fn prop(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

/// One finding as a workflow command line.
pub(crate) fn line(f: &Finding, root: &str) -> String {
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
