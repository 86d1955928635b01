//! The CLI streams a folder audit (pages rendered as they are audited, spooled,
//! the site parts written at the end). Its output must stay byte for byte what the
//! whole-report renderers give for the in-memory site report — the path the npm /
//! wasm `auditSite` and `smo-audit merge` still use — for every format.

use std::path::{Path, PathBuf};
use std::process::Command;

#[path = "../../smo-audit/tests/common/mod.rs"]
mod common;

use smo_audit::render::{render_whole, Format, Style};
use smo_audit::site::audit_site;
use smo_audit::{Locale, Options, SiteReport};

const BASE: &str = "https://example.com";
const PAGES: usize = 240;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_smo-audit"))
}

/// A generated site: pages in nested folders with a mix of good and bad tags,
/// shared and duplicate titles, broken links, share and profile links, a noindex
/// page, markup in titles (escaping), robots.txt and an image.
fn make_site(dir: &Path) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).unwrap();
    for i in 0..PAGES {
        let folder = dir.join(format!("s{}", i % 7));
        std::fs::create_dir_all(&folder).unwrap();
        let title = match i % 5 {
            0 => "Same title everywhere".to_string(),
            1 => format!("Post {} <b>&amp; \"quoted\"</b>", i),
            _ => format!("Social media calendar tips, part {}", i),
        };
        let og = if i % 3 == 0 {
            String::new()
        } else {
            format!(
                "<meta property=og:title content=\"{t}\"><meta property=og:description content=\"Read part {i}\"><meta property=og:image content=\"/img/card.png\"><meta property=og:url content=\"{b}/s{f}/p{i}.html\"><meta name=twitter:card content=summary_large_image>",
                t = title,
                i = i,
                b = BASE,
                f = i % 7
            )
        };
        let robots = if i == 5 {
            "<meta name=robots content=noindex>"
        } else {
            ""
        };
        let words =
            "share the story with your followers and measure the engagement of each post ".repeat(1 + i % 9);
        let html = format!(
            "<!doctype html><html lang={lang}><head><meta charset=utf-8><title>{title}</title><meta name=description content=\"Part {i} of the guide\">{og}{robots}<link rel=canonical href=\"{b}/s{f}/p{i}.html\"></head><body><header><nav><a href=\"/index.html\">Home</a> <a href=\"/s{f}/p{next}.html\">Next</a> <a href=\"/gone-{gone}.html\">Old</a></nav></header><main><article><h1>{title}</h1><p>{words}</p><img src=\"/img/card.png\" alt=\"card\"><a href=\"https://www.facebook.com/sharer/sharer.php?u={b}\">Share</a> <a href=\"https://x.com/acme{p}\">X</a></article></main><footer><a href=\"https://instagram.com/acme\">Instagram</a></footer></body></html>",
            lang = if i % 4 == 0 { "tr" } else { "en" },
            title = title,
            i = i,
            og = og,
            robots = robots,
            b = BASE,
            f = i % 7,
            next = i + 7,
            gone = i % 11,
            words = words,
            p = i % 2
        );
        std::fs::write(folder.join(format!("p{}.html", i)), html).unwrap();
    }
    std::fs::write(
        dir.join("index.html"),
        "<!doctype html><html lang=en><title>Home</title><a href=/s0/p0.html>first</a>",
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("img")).unwrap();
    // A 1×1 PNG header is enough for the image size check.
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend_from_slice(&1200u32.to_be_bytes());
    png.extend_from_slice(&630u32.to_be_bytes());
    png.extend_from_slice(&[8, 2, 0, 0, 0, 0, 0, 0, 0]);
    std::fs::write(dir.join("img/card.png"), png).unwrap();
    std::fs::write(dir.join("robots.txt"), "User-agent: *\nDisallow:\n").unwrap();
}

fn whole(dir: &Path, locale: Locale, shard: Option<(u32, u32)>) -> (SiteReport, Vec<String>) {
    let opts = Options {
        locale,
        ..Default::default()
    };
    let mut input = common::site_input(dir, Some(BASE), shard);
    // The CLI keeps the folder as given for CI paths (outside the current folder: as is).
    input.root = Some(dir.to_string_lossy().to_string());
    let mut s = audit_site(&input, &opts).expect("site audits");
    // A shard run records which shard it is, for merge.
    if let (Some((index, total)), Some(d)) = (shard, s.site.data.as_mut()) {
        d.shard = Some(smo_audit::site::Shard { index, total });
    }
    let labels = s.page_labels();
    (s, labels)
}

fn cli(dir: &Path, extra: &[&str]) -> Vec<u8> {
    let out = bin()
        .arg(dir)
        .args(["--base-url", BASE, "--quiet"])
        .args(extra)
        .output()
        .expect("run smo-audit");
    assert!(
        matches!(out.status.code(), Some(0) | Some(1)),
        "{:?}: {}",
        extra,
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn first_difference(a: &[u8], b: &[u8]) -> String {
    let at = a
        .iter()
        .zip(b)
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()));
    let from = at.saturating_sub(120);
    format!(
        "lengths {} / {}, first difference at byte {}:\nstreamed: {}\nwhole:    {}",
        a.len(),
        b.len(),
        at,
        String::from_utf8_lossy(&a[from..(at + 120).min(a.len())]),
        String::from_utf8_lossy(&b[from..(at + 120).min(b.len())])
    )
}

fn tmpdir(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("smo-audit-stream-{}-{}", name, std::process::id()))
}

#[test]
fn streamed_folder_output_equals_the_whole_report_for_every_format() {
    let dir = tmpdir("site");
    make_site(&dir);
    let root = dir.to_string_lossy().to_string();
    let (en, en_labels) = whole(&dir, Locale::En, None);
    assert_eq!(en.pages.len(), PAGES + 1);
    assert!(
        en.site.checks.iter().any(|c| c.status != smo_audit::Status::Pass),
        "the generated site has site-level problems to render"
    );
    // Every format the engine has (a new one is covered without a change here).
    for f in Format::ALL {
        let name = f.name();
        for verbose in [false, true] {
            let mut args = vec!["--format", name];
            if verbose {
                args.push("--verbose");
            }
            let streamed = cli(&dir, &args);
            let want = render_whole(
                f,
                &en,
                &en_labels,
                Style {
                    color: false,
                    verbose,
                    ..Style::default()
                },
                &root,
            );
            assert!(
                streamed == want.as_bytes(),
                "{} verbose={}: {}",
                name,
                verbose,
                first_difference(&streamed, want.as_bytes())
            );
        }
    }
    // --output writes the same bytes as standard output, and no spool file is left
    // in the temporary folder.
    let file = tmpdir("out.json");
    let spool_dir = tmpdir("spool-out");
    let _ = std::fs::remove_dir_all(&spool_dir);
    std::fs::create_dir_all(&spool_dir).unwrap();
    let out = bin()
        .arg(&dir)
        .args(["--base-url", BASE, "--quiet", "--format", "json", "-o"])
        .arg(&file)
        .env("TMPDIR", &spool_dir)
        .output()
        .expect("run smo-audit");
    assert!(matches!(out.status.code(), Some(0) | Some(1)));
    let want = render_whole(Format::Json, &en, &en_labels, Style::default(), &root);
    assert!(std::fs::read(&file).unwrap() == want.as_bytes());
    let _ = std::fs::remove_file(&file);
    assert_eq!(entries(&spool_dir), Vec::<String>::new());
    let _ = std::fs::remove_dir_all(&spool_dir);
    // Turkish messages and a shard.
    let (tr, tr_labels) = whole(&dir, Locale::Tr, None);
    let (sh, sh_labels) = whole(&dir, Locale::En, Some((2, 3)));
    assert!(sh.pages.len() > 40 && sh.pages.len() < PAGES);
    for (name, f, extra, site, labels) in [
        ("text", Format::Text, ["--locale", "tr"], &tr, &tr_labels),
        ("markdown", Format::Markdown, ["--locale", "tr"], &tr, &tr_labels),
        ("html", Format::Html, ["--locale", "tr"], &tr, &tr_labels),
        ("json", Format::Json, ["--shard", "2/3"], &sh, &sh_labels),
        ("sarif", Format::Sarif, ["--shard", "2/3"], &sh, &sh_labels),
        ("junit", Format::Junit, ["--shard", "2/3"], &sh, &sh_labels),
    ] {
        let streamed = cli(&dir, &["--format", name, extra[0], extra[1]]);
        let want = render_whole(f, site, labels, Style::default(), &root);
        assert!(
            streamed == want.as_bytes(),
            "{} {:?}: {}",
            name,
            extra,
            first_difference(&streamed, want.as_bytes())
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn gates_and_page_errors_after_streaming() {
    let dir = tmpdir("gates");
    make_site(&dir);
    // A page over --max-bytes is not audited: named on stderr and in the
    // report, exit 1 after the output.
    std::fs::write(dir.join("s0/zz-big.html"), "<p>x</p>".repeat(5000)).unwrap();
    let out = bin()
        .arg(&dir)
        .args([
            "--base-url",
            BASE,
            "-q",
            "--format",
            "junit",
            "--max-bytes",
            "30000",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("smo-audit: s0/zz-big.html: not audited: "),
        "{}",
        err
    );
    let junit = String::from_utf8_lossy(&out.stdout);
    assert!(junit.ends_with("</testsuites>\n"));
    assert!(junit.contains("name=\"s0/zz-big.html\"><error"), "{}", junit);
    std::fs::remove_file(dir.join("s0/zz-big.html")).unwrap();
    // The gates read the page records: the same counts as the whole report.
    let (en, labels) = whole(&dir, Locale::En, None);
    let worst = en.pages.iter().map(|p| p.score).min().unwrap();
    let fails = en
        .pages
        .iter()
        .flat_map(|p| p.checks())
        .chain(en.site.checks.iter())
        .filter(|c| c.status == smo_audit::Status::Fail)
        .count();
    let out = bin()
        .arg(&dir)
        .args([
            "--base-url",
            BASE,
            "-q",
            "--format",
            "github",
            "--fail-on",
            "fail",
        ])
        .args(["--page-min-score", &(worst + 1).to_string()])
        .args(["--min-score", &(en.score + 1).to_string()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("smo-audit: {} checks at or above --fail-on fail", fails)),
        "{}",
        err
    );
    assert!(
        err.contains(&format!(
            "score {} is under --min-score {}",
            en.score,
            en.score + 1
        )),
        "{}",
        err
    );
    let low: Vec<&String> = en
        .pages
        .iter()
        .zip(&labels)
        .filter(|(p, _)| p.score == worst)
        .map(|(_, l)| l)
        .collect();
    assert_eq!(
        err.matches("under --page-min-score").count(),
        low.len(),
        "{}",
        err
    );
    let out = bin()
        .arg(&dir)
        .args(["--base-url", BASE, "-q", "--min-score", &en.score.to_string()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let _ = std::fs::remove_dir_all(&dir);
}

/// The names in a folder.
fn entries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect()
}

/// A run killed half-way (as Ctrl-C or a CI timeout would) leaves no spool file:
/// the spool has no name from the moment it is made. The test watches the run's
/// open files (`/proc/PID/fd`) until it holds the spool, checks that the file is
/// already unlinked there, and kills the run at that moment.
#[cfg(target_os = "linux")]
#[test]
fn an_interrupted_run_leaves_no_spool_file() {
    let dir = tmpdir("killed");
    make_site(&dir);
    let spool_dir = tmpdir("spool-killed");
    let _ = std::fs::remove_dir_all(&spool_dir);
    std::fs::create_dir_all(&spool_dir).unwrap();
    let spool_real = std::fs::canonicalize(&spool_dir).unwrap();
    let mut child = bin()
        .arg(&dir)
        .args(["--base-url", BASE, "--quiet", "--format", "json"])
        .env("TMPDIR", &spool_dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("run smo-audit");
    let fds = PathBuf::from(format!("/proc/{}/fd", child.id()));
    // Bounded: the spool is made right after the folder walk, and 240 pages take
    // seconds in a test build.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let mut held: Option<String> = None;
    while held.is_none() && std::time::Instant::now() < deadline && child.try_wait().unwrap().is_none() {
        held = std::fs::read_dir(&fds).ok().and_then(|rd| {
            rd.filter_map(|e| e.ok())
                .filter_map(|e| std::fs::read_link(e.path()).ok())
                .find(|t| t.starts_with(&spool_real))
                .map(|t| t.to_string_lossy().into_owned())
        });
        if held.is_none() {
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    let held = held.expect("the run was never seen holding its spool file open");
    assert!(
        held.ends_with(" (deleted)"),
        "the spool file still had a name while the run was using it: {held}"
    );
    assert_eq!(entries(&spool_dir), Vec::<String>::new());
    let _ = std::fs::remove_dir_all(&spool_dir);
    let _ = std::fs::remove_dir_all(&dir);
}

/// No usable temporary folder: a clear error that says what to do, exit 2, no
/// partial report; text needs no temporary file and still works.
#[test]
fn unusable_temporary_folder_is_a_clear_error() {
    let dir = tmpdir("notmp");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("index.html"), "<title>Home</title><p>Hello</p>").unwrap();
    let missing = dir.join("no-such-folder");
    let run = |format: &str| {
        bin()
            .arg(&dir)
            .args(["--base-url", BASE, "--quiet", "--format", format])
            .env("TMPDIR", &missing)
            .output()
            .expect("run smo-audit")
    };
    let out = run("json");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(out.stdout.is_empty());
    assert!(err.contains("temporary file") && err.contains("TMPDIR"), "{err}");
    let out = run("text");
    assert!(matches!(out.status.code(), Some(0) | Some(1)));
    assert!(String::from_utf8_lossy(&out.stdout).contains("index.html"));
    let _ = std::fs::remove_dir_all(&dir);
}
