//! Renderers. Snippets are untrusted page text: the text renderer strips control
//! characters (no terminal escape injection); markup renderers escape.

use std::fmt::Write;

use super::{CheckReport, Report, Status};
use crate::i18n::Locale;

/// Output formats shared by the CLI and the wasm `render()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Markdown,
    Sarif,
    Junit,
    Github,
    Html,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s.to_ascii_lowercase().as_str() {
            "text" => Some(Format::Text),
            "json" => Some(Format::Json),
            "markdown" | "md" => Some(Format::Markdown),
            "sarif" => Some(Format::Sarif),
            "junit" => Some(Format::Junit),
            "github" => Some(Format::Github),
            "html" => Some(Format::Html),
            _ => None,
        }
    }
}

/// Text style: colour only when asked (a terminal without NO_COLOR).
#[derive(Debug, Clone, Copy, Default)]
pub struct Style {
    pub color: bool,
    /// Show passing and skipped checks too (otherwise only warn/fail, plus counts).
    pub verbose: bool,
}

impl Style {
    pub(crate) fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{}m{}\x1b[0m", code, s)
        } else {
            s.to_string()
        }
    }
}

/// Remove control characters (ESC and friends) from untrusted text for a terminal.
pub fn clean_for_terminal(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
        .collect()
}

/// Escape text for HTML / XML.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn icon(s: Status) -> &'static str {
    match s {
        Status::Pass => "✓",
        Status::Warn => "!",
        Status::Fail => "✗",
        Status::Skip => "-",
    }
}

fn status_color(s: Status) -> &'static str {
    match s {
        Status::Pass => "32",
        Status::Warn => "33",
        Status::Fail => "31",
        Status::Skip => "90",
    }
}

pub(crate) fn score_color(score: u32) -> &'static str {
    if score >= 90 {
        "32;1"
    } else if score >= 50 {
        "33;1"
    } else {
        "31;1"
    }
}

pub(crate) fn write_check(out: &mut String, c: &CheckReport, style: Style, locale: Locale) {
    let head = format!("{} {}", icon(c.status), c.id);
    let _ = writeln!(
        out,
        "    {}  {}",
        style.paint(status_color(c.status), &head),
        clean_for_terminal(&c.message)
    );
    if matches!(c.status, Status::Warn | Status::Fail) {
        let fix = locale.pick("fix", "düzeltme");
        let _ = writeln!(
            out,
            "        {}: {}",
            style.paint("36", fix),
            clean_for_terminal(&c.help)
        );
        for e in c.evidence.iter().take(5) {
            let mut line = String::from("        ");
            if let Some(l) = e.line {
                let _ = write!(line, "{} {}: ", locale.pick("line", "satır"), l);
            }
            if let Some(u) = &e.url {
                let _ = write!(line, "{} ", clean_for_terminal(u));
            }
            if let Some(s) = &e.snippet {
                line.push_str(&clean_for_terminal(s));
            } else if let Some(sel) = &e.selector {
                line.push_str(&clean_for_terminal(sel));
            }
            let _ = writeln!(out, "{}", style.paint("90", &line));
        }
        if c.evidence.len() > 5 {
            let _ = writeln!(
                out,
                "        {}",
                style.paint(
                    "90",
                    &locale.pick(
                        format!("… and {} more", c.evidence.len() - 5),
                        format!("… ve {} tane daha", c.evidence.len() - 5)
                    )
                )
            );
        }
    }
}

/// One page as a terminal checklist.
pub fn text_page(r: &Report, label: &str, style: Style) -> String {
    let mut out = String::new();
    let loc = r.locale;
    let [pass, warn, fail, skip] = r.counts();
    let _ = writeln!(
        out,
        "{}  {}",
        style.paint("1", &clean_for_terminal(label)),
        r.url.as_deref().map(clean_for_terminal).unwrap_or_default()
    );
    let _ = writeln!(
        out,
        "  {} {}   ({}: {}, {}: {})",
        loc.pick("Score", "Puan"),
        style.paint(score_color(r.score), &format!("{}/100", r.score)),
        loc.pick("kind", "tür"),
        r.kind.as_str(),
        loc.pick("language", "dil"),
        r.language.as_deref().unwrap_or("?")
    );
    let _ = writeln!(
        out,
        "  {} {}  {} {}  {} {}  {} {}",
        style.paint("32", "✓"),
        pass,
        style.paint("33", "!"),
        warn,
        style.paint("31", "✗"),
        fail,
        style.paint("90", "-"),
        skip
    );
    for cat in &r.categories {
        let score = cat.score.map(|s| format!("{}", s)).unwrap_or_else(|| "–".into());
        let _ = writeln!(
            out,
            "\n  {}  {}",
            style.paint("1", &cat.title),
            style.paint(cat.score.map(score_color).unwrap_or("90"), &score)
        );
        for c in &cat.checks {
            if style.verbose || matches!(c.status, Status::Warn | Status::Fail) {
                write_check(&mut out, c, style, loc);
            }
        }
        if !style.verbose {
            let ok = cat.checks.iter().filter(|c| c.status == Status::Pass).count();
            let skipped = cat.checks.iter().filter(|c| c.status == Status::Skip).count();
            if ok + skipped > 0 {
                let _ = writeln!(
                    out,
                    "    {}",
                    style.paint(
                        "90",
                        &loc.pick(
                            format!("{} passed, {} not applicable", ok, skipped),
                            format!("{} geçti, {} uygulanamaz", ok, skipped)
                        )
                    )
                );
            }
        }
    }
    if let Some(p) = r.facts.get("profile").filter(|p| p.is_object()) {
        let _ = writeln!(out, "\n  {}", style.paint("1", loc.pick("Profile", "Profil")));
        let field = |k: &str| p.get(k).and_then(|v| v.as_str()).map(clean_for_terminal);
        let rows: [(&str, &str, Option<String>); 5] = [
            (
                "platform",
                "platform",
                field("platformName").or_else(|| field("platform")),
            ),
            (
                "handle",
                "kullanıcı adı",
                field("handle").map(|h| format!("{} ({})", h, field("handleKind").unwrap_or_default())),
            ),
            ("name", "ad", field("displayName")),
            (
                "bio",
                "tanıtım",
                field("bio").map(|b| crate::text::truncate(&b, 100)),
            ),
            (
                "followers",
                "takipçi",
                p.get("followers")
                    .and_then(|f| f.get("text"))
                    .and_then(|t| t.as_str())
                    .map(clean_for_terminal),
            ),
        ];
        for (en, tr, v) in rows {
            if let Some(v) = v.filter(|v| !v.is_empty()) {
                let _ = writeln!(out, "    {:<10} {}", loc.pick(en, tr), v);
            }
        }
        if let Some(ws) = p.get("websites").and_then(|w| w.as_array()) {
            for w in ws.iter().take(5) {
                if let Some(u) = w.get("url").and_then(|u| u.as_str()) {
                    let _ = writeln!(
                        out,
                        "    {:<10} {}",
                        loc.pick("website", "web sitesi"),
                        clean_for_terminal(u)
                    );
                }
            }
        }
    }
    if let Some(head) = r.facts.get("suggestedHead").and_then(|s| s.as_str()) {
        let _ = writeln!(
            out,
            "\n  {}",
            style.paint(
                "1",
                loc.pick(
                    "Suggested <head> tags (paste, then check the values):",
                    "Önerilen <head> etiketleri (yapıştırın, sonra değerleri gözden geçirin):"
                )
            )
        );
        for line in head.lines() {
            let _ = writeln!(out, "    {}", clean_for_terminal(line));
        }
    }
    if let Some(slug) = r
        .facts
        .get("suggestedSlug")
        .and_then(|s| s.as_str())
        .filter(|_| r.kind != crate::vocab::PageKind::Profile)
    {
        let _ = writeln!(
            out,
            "\n  {}: {}",
            loc.pick("Suggested slug", "Önerilen adres parçası"),
            clean_for_terminal(slug)
        );
    }
    out
}

pub fn json_page(r: &Report) -> String {
    serde_json::to_string_pretty(r).unwrap_or_else(|e| format!("{{\"error\":{:?}}}", e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(
            escape_html("<a href='x'>&</a>"),
            "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;"
        );
        assert_eq!(clean_for_terminal("a\x1b[31mb"), "a [31mb");
    }
}
