//! Every real page of ../shared/corpus/readability audits without a panic, and
//! each report serializes to JSON that parses back into a Report.

use std::path::PathBuf;

use smo_audit::{Options, Report};

fn corpus_dir() -> Option<PathBuf> {
    let d = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("../shared/corpus/readability");
    d.is_dir().then_some(d)
}

#[test]
fn corpus_pages_audit_and_round_trip() {
    let Some(dir) = corpus_dir() else {
        eprintln!("skipped: ../shared/corpus/readability is absent");
        return;
    };
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    let mut audited = 0;
    for page_dir in entries {
        let src = page_dir.join("source.html");
        let Ok(bytes) = std::fs::read(&src) else { continue };
        for (i, locale) in [smo_audit::Locale::En, smo_audit::Locale::Tr]
            .into_iter()
            .enumerate()
        {
            let opts = Options {
                url: (i == 0).then(|| "https://example.com/blog/some-article-title".to_string()),
                locale,
                ..Default::default()
            };
            let report =
                smo_audit::audit(&bytes, &opts).unwrap_or_else(|e| panic!("{}: {}", src.display(), e));
            let json = serde_json::to_string(&report).unwrap();
            let back: Report =
                serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}: {}", src.display(), e));
            assert_eq!(back, report, "{}", src.display());
            assert!(report.score <= 100);
            for c in report.checks() {
                assert!(
                    !c.message.is_empty(),
                    "{}: {} has no message",
                    src.display(),
                    c.id
                );
            }
        }
        audited += 1;
    }
    assert!(audited >= 100, "only {} corpus pages found", audited);
    eprintln!("audited {} corpus pages in en and tr", audited);
}
