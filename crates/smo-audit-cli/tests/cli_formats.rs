//! The CLI on the sample site: every format, --output, gates and exit codes,
//! config errors, init, shards and merge. SARIF is validated against the schema.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_smo-audit"))
}

fn site() -> PathBuf {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("examples/site")
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run smo-audit")
}

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("smo-audit-test-{}-{}", name, std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

const BASE: &str = "https://example.com";

#[test]
fn sarif_validates_against_the_schema() {
    let s = site();
    let log = sarif_of(&[
        s.to_str().unwrap(),
        "--base-url",
        BASE,
        "--format",
        "sarif",
        "--quiet",
    ]);
    let results = log["runs"][0]["results"].as_array().unwrap();
    let broken = results
        .iter()
        .find(|r| r["ruleId"] == "broken-links")
        .expect("broken link reported");
    let loc = &broken["locations"][0]["physicalLocation"];
    assert!(loc["artifactLocation"]["uri"]
        .as_str()
        .unwrap()
        .ends_with("hizmetler/sosyal-medya-danismanligi.html"));
    assert!(loc["region"]["startLine"].as_u64().unwrap() > 1);
    assert_eq!(broken["level"], "error");
    let rules = log["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(rules
        .iter()
        .any(|r| r["id"] == "robots-social" && r["help"]["text"].as_str().unwrap().len() > 20));
    // A broken log must not validate: the test can fail.
    let mut bad = log.clone();
    bad["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!sarif_validator().is_valid(&bad));
}

#[test]
fn every_format_renders_and_escapes() {
    let d = tmpdir("esc");
    std::fs::write(
        d.join("index.html"),
        "<title>&lt;script&gt;alert(1)&lt;/script&gt; |pipe|</title><a href=missing.html>x</a>",
    )
    .unwrap();
    let p = d.to_str().unwrap();
    for f in ["text", "json", "markdown", "sarif", "junit", "github", "html"] {
        let out = run(&[p, "--base-url", BASE, "--format", f, "--quiet"]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}: {}",
            f,
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(!text.is_empty(), "{}", f);
        if f == "html" || f == "junit" {
            assert!(!text.contains("<script>"), "{} leaks markup", f);
        }
    }
    let gh =
        String::from_utf8(run(&[p, "--base-url", BASE, "--format", "github", "--quiet"]).stdout).unwrap();
    assert!(
        gh.lines().any(|l| l.starts_with("::error file=")
            && l.contains("index.html,line=1,title=smo-audit broken-links::")),
        "{}",
        gh
    );
    let junit =
        String::from_utf8(run(&[p, "--base-url", BASE, "--format", "junit", "--quiet"]).stdout).unwrap();
    assert!(
        junit.starts_with("<?xml")
            && junit.contains("<testsuite name=\"site\"")
            && junit.contains("<failure type=\"fail\"")
    );
    let md =
        String::from_utf8(run(&[p, "--base-url", BASE, "--format", "markdown", "--quiet"]).stdout).unwrap();
    assert!(md.starts_with("## smo-audit") && md.contains("| index.html |"));
}

#[test]
fn output_file_and_gates() {
    let d = tmpdir("out");
    let file = d.join("r.json");
    let s = site();
    let out = run(&[
        s.to_str().unwrap(),
        "--base-url",
        BASE,
        "--format",
        "json",
        "--output",
        file.to_str().unwrap(),
        "--quiet",
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert!(v["site"]["checks"].as_array().unwrap().len() >= 7);
    assert!(v["site"]["score"].is_u64());
    // The sample site has a broken link: --fail-on fail exits 1; --min-score 0 passes; 100 fails.
    assert_eq!(
        run(&[
            s.to_str().unwrap(),
            "--base-url",
            BASE,
            "--fail-on",
            "fail",
            "-q",
            "-o",
            file.to_str().unwrap()
        ])
        .status
        .code(),
        Some(1)
    );
    assert_eq!(
        run(&[
            s.to_str().unwrap(),
            "--base-url",
            BASE,
            "--min-score",
            "0",
            "-q",
            "-o",
            file.to_str().unwrap()
        ])
        .status
        .code(),
        Some(0)
    );
    assert_eq!(
        run(&[
            s.to_str().unwrap(),
            "--base-url",
            BASE,
            "--min-score",
            "100",
            "-q",
            "-o",
            file.to_str().unwrap()
        ])
        .status
        .code(),
        Some(1)
    );
    assert_eq!(run(&["no/such/dir", "-q"]).status.code(), Some(2));
}

#[test]
fn config_init_errors_and_overrides() {
    let d = tmpdir("cfg");
    let cfgp = d.join("smo-audit.toml");
    let out = run(&["init", cfgp.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        run(&["init", cfgp.to_str().unwrap()]).status.code(),
        Some(2),
        "no overwrite without --force"
    );
    std::fs::write(d.join("index.html"), "<title>x</title><a href=gone.html>x</a>").unwrap();
    std::fs::write(d.join("drafts.html"), "<title>y</title>").unwrap();
    // The written template is valid and is found from the audited folder.
    let out = run(&[d.to_str().unwrap(), "--base-url", BASE, "--format", "json", "-q"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Turn broken-links to a warning and ignore a page.
    std::fs::write(&cfgp, "[audit]\nignore = [\"drafts.html\"]\nfail-on = \"fail\"\n\n[rules.broken-links]\nseverity = \"warn\"\n").unwrap();
    let out = run(&[d.to_str().unwrap(), "--base-url", BASE, "--format", "json", "-q"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["pages"].as_array().unwrap().len(), 1);
    let bl = v["site"]["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "broken-links")
        .unwrap()
        .clone();
    assert_eq!(bl["status"], "warn");
    // Unknown keys / ids: exit 2 with file:line.
    std::fs::write(&cfgp, "[audit]\n\n[rules.brokn-links]\nenabled = false\n").unwrap();
    let out = run(&[d.to_str().unwrap(), "-q"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("smo-audit.toml:3:") && err.contains("broken-links"),
        "{}",
        err
    );
}

#[test]
fn shards_merge_to_the_whole() {
    let d = tmpdir("shard");
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    // From the repository's root, as a CI job runs it: paths keep the folder.
    let at_root = |args: &[&str], env: &[(&str, &str)]| {
        let mut c = bin();
        c.current_dir(root).args(args);
        for (k, v) in env {
            c.env(k, v);
        }
        c.output().unwrap()
    };
    let site_args = ["examples/site", "--base-url", BASE, "-q"];
    let with =
        |extra: &[&str]| -> Vec<String> { site_args.iter().chain(extra).map(|s| s.to_string()).collect() };
    let whole = at_root(&strs(&with(&["--format", "json"])), &[]);
    let whole_sarif = at_root(&strs(&with(&["--format", "sarif"])), &[]);
    let mut files = Vec::new();
    for k in 1..=3 {
        let f = d.join(format!("s{}.json", k));
        let fs = f.to_str().unwrap().to_string();
        // Shard 2 finds its index in GitLab's variables.
        let (shard, env): (String, &[(&str, &str)]) = if k == 2 {
            ("auto".into(), &[("CI_NODE_INDEX", "2"), ("CI_NODE_TOTAL", "3")])
        } else {
            (format!("{}/3", k), &[])
        };
        let out = at_root(
            &strs(&with(&["--format", "json", "--shard", &shard, "-o", &fs])),
            env,
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        files.push(fs);
    }
    let merge = |extra: &[&str], shards: &[&str]| {
        let mut args = vec!["merge", "-q"];
        args.extend(extra);
        args.extend(shards);
        at_root(&args, &[])
    };
    let shards = strs(&files);
    let out = merge(&["--format", "json"], &shards);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let merged: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let whole_v: serde_json::Value = serde_json::from_slice(&whole.stdout).unwrap();
    assert!(merged == whole_v, "merged JSON differs from one run");
    let sarif = merge(&["--format", "sarif"], &shards);
    assert!(
        sarif.stdout == whole_sarif.stdout,
        "merged SARIF differs from one run"
    );
    assert!(String::from_utf8_lossy(&sarif.stdout).contains("\"uri\":\"examples/site/blog/"));
    // Shards written with --no-facts (as CI examples write them) merge too.
    let mut lean = Vec::new();
    for k in 1..=3 {
        let f = d.join(format!("lean{}.json", k)).to_str().unwrap().to_string();
        let shard = format!("{}/3", k);
        let out = at_root(
            &strs(&with(&[
                "--no-facts",
                "--shard",
                &shard,
                "--format",
                &format!("json={}", f),
            ])),
            &[],
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        lean.push(f);
    }
    let lean_sarif = merge(&["--format", "sarif"], &strs(&lean));
    assert_eq!(
        lean_sarif.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&lean_sarif.stderr)
    );
    assert!(
        lean_sarif.stdout == whole_sarif.stdout,
        "merged SARIF of --no-facts shards differs"
    );
    // A shard missing, or given twice: an error naming it.
    let out = merge(&["--format", "json"], &shards[..2]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("shard 3/3 missing"));
    let out = merge(
        &["--format", "json"],
        &[shards[0], shards[1], shards[1], shards[2]],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("shard 2/3 given twice"));
    // The report flags: gates, levels, several formats.
    let out = merge(
        &["--page-min-score", "99", "--format", "text", "--summary"],
        &shards,
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        at_root(&["--shard", "4/3", "examples/site"], &[]).status.code(),
        Some(2)
    );
    assert_eq!(
        at_root(&["--shard", "auto", "examples/site"], &[]).status.code(),
        Some(2)
    );
    let k8s = at_root(
        &["--shard", "auto/3", "examples/site", "--format", "json"],
        &[("JOB_COMPLETION_INDEX", "0")],
    );
    assert_eq!(k8s.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&k8s.stdout).unwrap();
    assert_eq!(
        v["site"]["data"]["shard"],
        serde_json::json!({"index": 1, "total": 3})
    );
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// The SARIF 2.1.0 schema (the parts smo-audit writes).
fn sarif_validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(include_str!(
        "../../../tests/data/sarif-2.1.0-essential.schema.json"
    ))
    .unwrap();
    jsonschema::validator_for(&schema).expect("schema compiles")
}

/// The SARIF log of a run on standard output, validated against the schema.
fn sarif_of(args: &[&str]) -> serde_json::Value {
    let out = run(args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).expect("SARIF is JSON");
    let v = sarif_validator();
    let errors: Vec<String> = v
        .iter_errors(&log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{:#?}", errors);
    log
}

/// Every result has a region with a line, a relative path under %SRCROOT%
/// (the folder as given, inside the current folder), and the results are
/// capped errors first with what was left out in the run's notifications.
#[test]
fn sarif_fits_code_scanning() {
    let s = site();
    let cwd = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let all = sarif_of(
        &["examples/site", "--base-url", BASE, "--format", "sarif", "-q"].map(|a| {
            if a == "examples/site" {
                s.to_str().unwrap()
            } else {
                a
            }
        }),
    );
    let results = all["runs"][0]["results"].as_array().unwrap();
    let errors = results.iter().filter(|r| r["level"] == "error").count();
    assert!(
        errors > 3 && results.len() > errors + 3,
        "{} {}",
        errors,
        results.len()
    );
    for r in results {
        let loc = &r["locations"][0]["physicalLocation"];
        assert!(
            loc["region"]["startLine"].as_u64().is_some_and(|l| l >= 1),
            "{}",
            r
        );
    }
    assert!(all["runs"][0]["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .unwrap()
        .is_empty());
    // From the repository's root, the folder as given: relative URIs.
    let out = bin()
        .current_dir(cwd)
        .args([
            "examples/site",
            "--base-url",
            BASE,
            "--format",
            "sarif",
            "-q",
            "--max-results",
            "3",
        ])
        .output()
        .unwrap();
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let capped = log["runs"][0]["results"].as_array().unwrap();
    assert_eq!(capped.len(), 3);
    for r in capped {
        assert_eq!(r["level"], "error", "errors first");
        let art = &r["locations"][0]["physicalLocation"]["artifactLocation"];
        assert_eq!(art["uriBaseId"], "%SRCROOT%");
        assert!(
            art["uri"].as_str().unwrap().starts_with("examples/site/"),
            "{}",
            art
        );
    }
    let note = log["runs"][0]["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        note.starts_with(&format!(
            "{} of {} results left out (--max-results 3)",
            results.len() - 3,
            results.len()
        )),
        "{}",
        note
    );
    // --level fail: errors only.
    let fails = sarif_of(&[
        s.to_str().unwrap(),
        "--base-url",
        BASE,
        "--format",
        "sarif",
        "-q",
        "--level",
        "fail",
    ]);
    assert_eq!(fails["runs"][0]["results"].as_array().unwrap().len(), errors);
}

/// One run writes several formats, each to its file, one to standard output;
/// annotations are capped errors first with a closing notice.
#[test]
fn several_formats_in_one_run_and_capped_annotations() {
    let s = site();
    let d = tmpdir("multi");
    let sarif = d.join("smo.sarif");
    let md = d.join("summary.md");
    let json = d.join("r.json");
    let out = run(&[
        s.to_str().unwrap(),
        "--base-url",
        BASE,
        "-q",
        "--format",
        &format!("sarif={}", sarif.display()),
        "--format",
        &format!("markdown={}", md.display()),
        "--format",
        "github",
        "--format",
        &format!("json={}", json.display()),
        "--max-annotations",
        "20",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ann = String::from_utf8_lossy(&out.stdout).to_string();
    let lines: Vec<&str> = ann.lines().collect();
    assert_eq!(lines.len(), 20, "{}", ann);
    let first_warning = lines
        .iter()
        .position(|l| l.starts_with("::warning"))
        .unwrap_or(19);
    assert!(lines[..first_warning].iter().all(|l| l.starts_with("::error")));
    assert!(
        lines[19].starts_with("::notice title=smo-audit::Site score ")
            && lines[19].contains("more annotations left out (--max-annotations 20)"),
        "{}",
        lines[19]
    );
    // Each file is what a run of that format alone writes.
    for (f, name) in [(&sarif, "sarif"), (&md, "markdown"), (&json, "json")] {
        let alone = run(&[s.to_str().unwrap(), "--base-url", BASE, "-q", "--format", name]);
        let written = std::fs::read(f).unwrap();
        assert!(written == alone.stdout, "{} differs from a run of its own", name);
    }
    // Two formats to standard output, or one file twice: usage errors.
    for args in [
        vec!["--format", "json", "--format", "text"],
        vec!["--format", "json=x.json", "--format", "sarif=x.json"],
        vec!["--format", "json=x.json", "-o", "y.json"],
    ] {
        let mut a = vec![s.to_str().unwrap(), "-q"];
        a.extend(args.iter().copied());
        let out = run(&a);
        assert_eq!(out.status.code(), Some(2), "{:?}", args);
    }
}

/// `--summary`: a page's score and its failed checks on one or two lines.
#[test]
fn text_summary_is_short() {
    let s = site();
    let full = run(&[s.to_str().unwrap(), "--base-url", BASE, "-q"]);
    let short = run(&[
        s.to_str().unwrap(),
        "--base-url",
        BASE,
        "-q",
        "--summary",
        "--level",
        "fail",
    ]);
    let short_text = String::from_utf8_lossy(&short.stdout);
    assert!(short.stdout.len() * 5 < full.stdout.len(), "{}", short_text);
    assert!(short_text.contains("Site score"), "{}", short_text);
    assert!(!short_text.contains("fix:"), "{}", short_text);
    assert!(
        !short_text
            .lines()
            .filter(|l| l.starts_with("     "))
            .any(|l| l.contains("! ")),
        "--level fail lists no warning: {}",
        short_text
    );
}

/// JSON page entries carry the file as CI sees it (`path`); `--no-facts`
/// leaves the facts out and keeps the rest.
#[test]
fn json_paths_and_no_facts() {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let json = |extra: &[&str]| -> serde_json::Value {
        let out = bin()
            .current_dir(root)
            .args(["examples/site", "--base-url", BASE, "-q", "--format", "json"])
            .args(extra)
            .output()
            .unwrap();
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let full = json(&[]);
    let lean = json(&["--no-facts"]);
    let pages = full["pages"].as_array().unwrap();
    assert!(pages
        .iter()
        .all(|p| p["path"].as_str().unwrap().starts_with("examples/site/") && p["facts"].is_object()));
    let lean_pages = lean["pages"].as_array().unwrap();
    assert!(lean_pages.iter().all(|p| p.get("facts").is_none()));
    assert_eq!(lean["score"], full["score"]);
    assert_eq!(lean_pages[0]["categories"], pages[0]["categories"]);
    assert_eq!(lean["site"], full["site"]);
    let page = bin()
        .current_dir(root)
        .args(["examples/site/index.html", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&page.stdout).unwrap();
    assert_eq!(v["path"], "examples/site/index.html");
}

/// A page that cannot be read is never scored: every format lists it, stderr
/// says so and the run exits 1. Without a base URL, stderr warns once and no
/// placeholder host shows.
#[test]
fn unreadable_pages_are_listed_and_no_base_url_warns() {
    let d = tmpdir("unreadable");
    let copy = d.join("site");
    std::fs::create_dir_all(&copy).unwrap();
    for f in ["index.html", "iletisim.html"] {
        std::fs::copy(site().join(f), copy.join(f)).unwrap();
    }
    std::fs::write(copy.join("empty.html"), "").unwrap();
    std::fs::write(copy.join("notes.html"), "just words, no markup").unwrap();
    let c = copy.to_str().unwrap();
    let json: serde_json::Value =
        serde_json::from_slice(&run(&[c, "--base-url", BASE, "-q", "--format", "json"]).stdout).unwrap();
    assert_eq!(json["pages"].as_array().unwrap().len(), 2);
    let listed: Vec<&str> = json["site"]["data"]["unreadable"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["path"].as_str().unwrap())
        .collect();
    assert_eq!(listed, ["empty.html", "notes.html"]);
    for (format, needle) in [
        ("text", "Not audited (2)"),
        ("markdown", "Not audited (2)"),
        ("html", "Not audited (2)"),
        ("junit", "errors=\"2\""),
        ("github", "::error file="),
        ("sarif", "not-audited"),
    ] {
        let out = run(&[c, "--base-url", BASE, "-q", "--format", format]);
        assert_eq!(out.status.code(), Some(1), "{}", format);
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains(needle) && text.contains("empty.html"),
            "{}: {}",
            format,
            text
        );
        assert!(String::from_utf8_lossy(&out.stderr).contains("2 pages could not be audited"));
    }
    let out = run(&[c, "-q"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.matches("no base URL").count(), 1, "{}", err);
    assert!(!String::from_utf8_lossy(&out.stdout).contains("site.invalid"));
    // One page: an error, exit 2.
    let out = run(&[copy.join("empty.html").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty"));
}

/// The report's JSON Schema (`schemas/report.schema.json`).
pub fn report_validator() -> jsonschema::Validator {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../../schemas/report.schema.json")).unwrap();
    jsonschema::validator_for(&schema).expect("schema compiles")
}

fn assert_valid(v: &jsonschema::Validator, doc: &serde_json::Value, what: &str) {
    let errors: Vec<String> = v
        .iter_errors(doc)
        .take(5)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{}: {:#?}", what, errors);
}

/// Every JSON output validates against the published schema: a page, a
/// profile by address, a site (with and without facts, with unreadable
/// pages), a shard and their merge; a broken report does not.
#[test]
fn json_outputs_follow_the_schema() {
    let v = report_validator();
    let s = site();
    let sp = s.to_str().unwrap();
    let d = tmpdir("schema");
    let json = |args: &[&str]| -> serde_json::Value {
        let out = run(args);
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{:?}: {}", args, e))
    };
    let page = s.join("index.html");
    let shard1 = d.join("s1.json");
    let shard2 = d.join("s2.json");
    for (what, args) in [
        (
            "page",
            vec![page.to_str().unwrap(), "--format", "json", "--include-text"],
        ),
        (
            "profile",
            vec![
                "--kind",
                "profile",
                "--url",
                "https://x.com/acme",
                "--format",
                "json",
            ],
        ),
        ("site", vec![sp, "--base-url", BASE, "-q", "--format", "json"]),
        ("lean site", vec![sp, "-q", "--format", "json", "--no-facts"]),
    ] {
        assert_valid(&v, &json(&args), what);
    }
    for (k, f) in [("1/2", &shard1), ("2/2", &shard2)] {
        let fs = format!("json={}", f.display());
        run(&[sp, "--base-url", BASE, "-q", "--shard", k, "--format", &fs]);
        let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(f).unwrap()).unwrap();
        assert_valid(&v, &doc, "shard");
    }
    let merged = json(&[
        "merge",
        "--format",
        "json",
        shard1.to_str().unwrap(),
        shard2.to_str().unwrap(),
    ]);
    assert_valid(&v, &merged, "merged");
    let mut broken = merged.clone();
    broken["pages"][0]["categories"][0]["checks"][0]["status"] = "maybe".into();
    assert!(!v.is_valid(&broken), "the schema catches a wrong status");
}
