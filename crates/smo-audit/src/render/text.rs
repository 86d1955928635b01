//! The terminal checklist: each page's checks by category (warn / fail with
//! their fix and evidence; everything with `verbose`), then the site checks and
//! a summary table with the site score. Page text is cleaned of control
//! characters (no terminal escape injection). One page alone prints its
//! checklist only.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::spool::PageSource;
use super::{clean_for_terminal, Renderer, Setup, SiteEnd, Style};
use crate::i18n::Locale;
use crate::report::{CheckReport, Report};
use crate::vocab::{PageKind, Status};

pub struct Text {
    style: Style,
    one_page: bool,
}

impl Text {
    pub fn new(setup: Setup) -> Text {
        Text {
            style: setup.style,
            one_page: setup.one_page,
        }
    }
}

impl Renderer for Text {
    fn pages_first(&self) -> bool {
        true
    }

    fn piece(&self, r: &Report, label: &str) -> String {
        if self.style.summary {
            return summary_line(r, label, self.style);
        }
        let mut out = page(r, label, self.style);
        if !self.one_page {
            out.push('\n');
        }
        out
    }

    fn finish(&self, out: &mut dyn Write, end: &mut SiteEnd, pages: &mut dyn PageSource) -> io::Result<()> {
        pages.copy_to(out)?;
        if self.one_page {
            return Ok(());
        }
        let style = self.style;
        let loc = end.locale();
        let score = end.score();
        let mut s = String::new();
        if end.checks.iter().any(|c| style.shows(c.status)) && !style.summary {
            let _ = writeln!(s, "{}", style.paint("1", loc.pick("Whole site", "Tüm site")));
            for c in end.checks.iter().filter(|c| style.shows(c.status)) {
                write_check(&mut s, c, style, loc);
            }
            s.push('\n');
        } else if style.summary {
            let failed: Vec<&str> = end
                .checks
                .iter()
                .filter(|c| style.lists(c.status))
                .map(|c| c.id.as_ref())
                .collect();
            if !failed.is_empty() {
                let _ = writeln!(
                    s,
                    "{}  {}\n",
                    style.paint("1", loc.pick("Whole site", "Tüm site")),
                    failed.join(", ")
                );
            }
        }
        let _ = writeln!(s, "{}", style.paint("1", loc.pick("Summary", "Özet")));
        let width = end
            .records
            .iter()
            .map(|r| r.label.chars().count())
            .max()
            .unwrap_or(4)
            .min(60);
        out.write_all(s.as_bytes())?;
        for r in &end.records {
            s.clear();
            let [_, warn, fail, _] = r.counts;
            let _ = writeln!(
                s,
                "  {:<width$}  {}  {} {}  {} {}",
                clean_for_terminal(&r.label),
                style.paint(score_color(r.score), &format!("{:>3}", r.score)),
                style.paint("31", "✗"),
                fail,
                style.paint("33", "!"),
                warn,
                width = width
            );
            out.write_all(s.as_bytes())?;
        }
        s.clear();
        let _ = writeln!(
            s,
            "  {} {}/100 ({} {})",
            loc.pick("Site score", "Site puanı"),
            style.paint(score_color(score), &score.to_string()),
            end.records.len(),
            if end.records.len() == 1 {
                loc.pick("page", "sayfa")
            } else {
                loc.pick("pages", "sayfa")
            }
        );
        if let Some(c) = &end.crawl {
            let _ = writeln!(s, "  {}", clean_for_terminal(&c.line(loc)));
        }
        let bad = end.unreadable();
        if !bad.is_empty() {
            let _ = writeln!(
                s,
                "\n{}",
                style.paint(
                    "31;1",
                    &loc.pick(
                        format!("Not audited ({}): could not be read as HTML pages", bad.len()),
                        format!("Denetlenmedi ({}): HTML sayfası olarak okunamadı", bad.len())
                    )
                )
            );
            for u in bad {
                let _ = writeln!(
                    s,
                    "  ✗ {}  {}",
                    clean_for_terminal(&u.path),
                    clean_for_terminal(&u.reason)
                );
            }
        }
        out.write_all(s.as_bytes())
    }
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

fn score_color(score: u32) -> &'static str {
    if score >= 90 {
        "32;1"
    } else if score >= 50 {
        "33;1"
    } else {
        "31;1"
    }
}

fn write_check(out: &mut String, c: &CheckReport, style: Style, locale: Locale) {
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
            let _ = writeln!(out, "{}", style.paint("90", line.trim_end()));
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

/// One page in `--summary` mode: its score and counts, then the ids of the
/// checks it fails (and warns on, unless `--level fail`) on one line.
fn summary_line(r: &Report, label: &str, style: Style) -> String {
    let [_, warn, fail, _] = r.counts();
    let mut out = format!(
        "{}  {}  {} {}  {} {}\n",
        style.paint(score_color(r.score), &format!("{:>3}", r.score)),
        style.paint("1", &clean_for_terminal(label)),
        style.paint("31", "✗"),
        fail,
        style.paint("33", "!"),
        warn,
    );
    let listed: Vec<String> = r
        .checks()
        .filter(|c| style.lists(c.status))
        .map(|c| format!("{} {}", icon(c.status), c.id))
        .collect();
    if !listed.is_empty() {
        let _ = writeln!(out, "     {}", listed.join(", "));
    }
    out
}

/// The page kind in the output's language.
fn kind_word(k: PageKind, loc: Locale) -> &'static str {
    match k {
        PageKind::Home => loc.pick("home", "ana sayfa"),
        PageKind::Article => loc.pick("article", "makale"),
        PageKind::Page => loc.pick("page", "sayfa"),
        PageKind::Profile => loc.pick("profile", "profil"),
    }
}

/// One page as a terminal checklist.
fn page(r: &Report, label: &str, style: Style) -> String {
    let mut out = String::new();
    let loc = r.locale;
    let [pass, warn, fail, skip] = r.counts();
    let _ = writeln!(
        out,
        "{}  {}",
        style.paint("1", &clean_for_terminal(label)),
        r.url.as_deref().map(clean_for_terminal).unwrap_or_default()
    );
    let score = match &r.partial {
        Some(_) => style.paint("90", "–"),
        None => style.paint(score_color(r.score), &format!("{}/100", r.score)),
    };
    let _ = writeln!(
        out,
        "  {} {}   ({}: {}, {}: {})",
        loc.pick("Score", "Puan"),
        score,
        loc.pick("kind", "tür"),
        kind_word(r.kind, loc),
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
    if let Some(p) = &r.partial {
        let _ = writeln!(out, "  {}", style.paint("33", &clean_for_terminal(p)));
    }
    for cat in &r.categories {
        let score = cat.score.map(|s| format!("{}", s)).unwrap_or_else(|| "–".into());
        let _ = writeln!(
            out,
            "\n  {}  {}",
            style.paint("1", &cat.title),
            style.paint(cat.score.map(score_color).unwrap_or("90"), &score)
        );
        for c in &cat.checks {
            if style.shows(c.status) {
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
        .filter(|_| r.kind != PageKind::Profile)
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
