//! Gates beyond the scores: the config's key-by-key validation (exit 2 naming
//! the key's line), `[gates]` per category and per check, `--baseline` (fail
//! only on new problems) and `--only` (audit some pages, the site checks see
//! every page), on the sample site and a broken copy of it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).to_path_buf()
}

fn site() -> PathBuf {
    root().join("examples/site")
}

fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_smo-audit"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run smo-audit")
}

fn run(args: &[&str]) -> Output {
    run_in(&root(), args)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("smo-audit-gates-{}-{}", name, std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A copy of the sample site (its files only; no config file in it).
fn copy_site(to: &Path) {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for e in std::fs::read_dir(from).unwrap() {
            let e = e.unwrap();
            let p = e.path();
            if p.is_dir() {
                copy(&p, &to.join(e.file_name()));
            } else {
                std::fs::copy(&p, to.join(e.file_name())).unwrap();
            }
        }
    }
    copy(&site(), to);
}

const BASE: &str = "https://example.com";

#[test]
fn config_holes_exit_2_naming_the_key_line() {
    let d = tmpdir("config");
    let cfg = d.join("smo-audit.toml");
    let page = d.join("index.html");
    std::fs::write(&page, "<title>x</title>").unwrap();
    let cases = [
        (
            "[audit]\nmin-score = 10\n\n[rules.og-title]\nmin = 10\nmaximum = 60\n",
            "smo-audit.toml:6: [rules.og-title] unknown key \"maximum\" (did you mean max?) (known: enabled, severity, min, max)",
        ),
        (
            "[rules.og-title]\nmax = \"sixty\"\n",
            "smo-audit.toml:2: [rules.og-title] max must be a whole number, 0 or more, not \"sixty\"",
        ),
        (
            "[rules.og-title]\nmin = 80\nmax = 20\n",
            "smo-audit.toml:2: [rules.og-title] min = 80 is above max = 20",
        ),
        (
            "[audit]\nlocale = \"tr\"\nbase-url = \"not a url\"\n",
            "smo-audit.toml:3: [audit] base-url \"not a url\" is not an absolute http(s) URL",
        ),
        (
            "[rules.og-title]\n# loud\nseverity = \"loud\"\n",
            "smo-audit.toml:3: [rules.og-title] severity must be",
        ),
        (
            "[gates]\ncategories.opengrap = 90\n",
            "smo-audit.toml:2: [gates] unknown category \"opengrap\" (did you mean opengraph?)",
        ),
    ];
    for (text, want) in cases {
        std::fs::write(&cfg, text).unwrap();
        let out = run(&[page.to_str().unwrap(), "-q"]);
        assert_eq!(out.status.code(), Some(2), "{}", text);
        let err = stderr(&out);
        assert!(err.contains(want), "{:?}\n{}", text, err);
        assert!(err.contains(cfg.to_str().unwrap()), "names the file: {}", err);
    }
}

#[test]
fn gates_per_category_and_per_check_name_the_pages() {
    let d = tmpdir("gates");
    let cfg = d.join("gates.toml");
    std::fs::write(
        &cfg,
        "[gates]\ncategories.opengraph = 100\ncategories.urls = 0\nchecks = [\"og-image\"]\n",
    )
    .unwrap();
    let s = site();
    let out = run(&[
        s.to_str().unwrap(),
        "--base-url",
        BASE,
        "--config",
        cfg.to_str().unwrap(),
        "-q",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("smo-audit: [gates] categories.opengraph = 100: ") && err.contains("uygulama.html ("),
        "{}",
        err
    );
    assert!(!err.contains("categories.urls"), "{}", err);
    assert!(
        err.contains("smo-audit: [gates] checks: og-image failed on ") && err.contains("uygulama.html"),
        "{}",
        err
    );
    // Gates that hold: exit 0.
    std::fs::write(
        &cfg,
        "[gates]\ncategories.opengraph = 1\nchecks = [\"robots-social\"]\n",
    )
    .unwrap();
    let out = run(&[
        s.to_str().unwrap(),
        "--base-url",
        BASE,
        "--config",
        cfg.to_str().unwrap(),
        "-q",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn a_baseline_fails_only_on_new_problems() {
    let d = tmpdir("baseline");
    let s = site();
    let base = d.join("previous.json");
    let out = run(&[
        s.to_str().unwrap(),
        "--base-url",
        BASE,
        "--format",
        "json",
        "-o",
        base.to_str().unwrap(),
        "-q",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // The gate fails without the baseline, passes with it.
    let gate = [s.to_str().unwrap(), "--base-url", BASE, "--fail-on", "fail", "-q"];
    assert_eq!(run(&gate).status.code(), Some(1));
    let mut with = gate.to_vec();
    with.extend(["--baseline", base.to_str().unwrap()]);
    let out = run(&with);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("smo-audit: baseline: 0 new, ") && err.contains(" 0 fixed problems"),
        "{}",
        err
    );

    // Break one page of a copy: its og:image goes.
    let copy = d.join("site");
    copy_site(&copy);
    let index = copy.join("index.html");
    let html = std::fs::read_to_string(&index).unwrap();
    let broken: String = html
        .lines()
        .filter(|l| !l.contains("og:image"))
        .map(|l| format!("{}\n", l))
        .collect();
    assert_ne!(html.len(), broken.len());
    std::fs::write(&index, broken).unwrap();
    let out = run(&[
        copy.to_str().unwrap(),
        "--base-url",
        BASE,
        "--fail-on",
        "fail",
        "-q",
        "--baseline",
        base.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    let failed: Vec<&str> = err.lines().filter(|l| l.contains("--fail-on")).collect();
    assert_eq!(
        failed,
        vec!["smo-audit: 1 new checks at or above --fail-on fail: index.html (og-image)"],
        "{}",
        err
    );
    assert!(err.contains("smo-audit: baseline: 1 new, "), "{}", err);

    // A bad baseline is a usage error.
    let bad_file = d.join("bad.json");
    std::fs::write(&bad_file, "{").unwrap();
    let mut bad = gate.to_vec();
    bad.extend(["--baseline", bad_file.to_str().unwrap()]);
    assert_eq!(run(&bad).status.code(), Some(2));
}

fn site_checks(v: &serde_json::Value) -> Vec<(String, String)> {
    v["site"]["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap().to_string(),
                c["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn only_audits_the_named_pages_while_the_site_checks_see_all() {
    let d = tmpdir("only");
    let whole = run(&["examples/site", "--base-url", BASE, "--format", "json", "-q"]);
    let whole: serde_json::Value = serde_json::from_slice(&whole.stdout).unwrap();
    let n = whole["pages"].as_array().unwrap().len();
    assert!(n > 3);
    // Paths as `git diff --name-only` prints them (the folder in front), a
    // file that is no page, and one relative to the folder.
    let list = d.join("changed.txt");
    std::fs::write(&list, "examples/site/blog/index.html\nREADME.md\nCargo.toml\n").unwrap();
    let out = run(&[
        "examples/site",
        "--base-url",
        BASE,
        "--format",
        "json",
        "--only",
        &format!("@{}", list.display()),
        "--only",
        "./index.html",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!(
            "--only: auditing 2 of {} pages (the site checks see all {})",
            n, n
        )),
        "{}",
        stderr(&out)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let urls: Vec<&str> = v["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["url"].as_str().unwrap())
        .collect();
    assert_eq!(urls, vec!["https://example.com/blog/", "https://example.com/"]);
    // The site checks saw every page: the same verdicts as the whole run.
    assert_eq!(site_checks(&v), site_checks(&whole));
    // The gates judge the named pages only.
    let out = run(&[
        "examples/site",
        "--base-url",
        BASE,
        "--only",
        "examples/site/blog/index.html",
        "--page-min-score",
        "100",
        "-q",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let under: Vec<String> = stderr(&out)
        .lines()
        .filter(|l| l.contains("--page-min-score"))
        .map(str::to_string)
        .collect();
    assert_eq!(under.len(), 1, "{:?}", under);
    assert!(
        under[0].starts_with("smo-audit: blog/index.html scored "),
        "{:?}",
        under
    );
    // --only needs a folder.
    let page = site().join("index.html");
    assert_eq!(
        run(&[page.to_str().unwrap(), "--only", "index.html", "-q"])
            .status
            .code(),
        Some(2)
    );
}
