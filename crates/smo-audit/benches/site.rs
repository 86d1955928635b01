//! Site bench: N generated pages (default 1,000 and 10,000) audited through the
//! library's site API — `site::audit_page` per page, in parallel with rayon as the
//! CLI does, then `site::site_checks` — on 1 thread and on every core, so the
//! scaling with cores is measured, not assumed.
//!
//! ```text
//! cargo bench --bench site                 # 1,000 and 10,000 pages, 1 thread vs all cores
//! cargo bench --bench site -- 2000         # other sizes
//! cargo bench --bench site -- --write DIR 1000   # write the pages as files (for the CLI)
//! ```
//!
//! Environment: `SMO_BENCH_REPS` (default 3; the best run is reported),
//! `SMO_BENCH_THREADS` (comma list, default `1,<cores>`).

use std::time::{Duration, Instant};

use rayon::prelude::*;
use smo_audit::site::SiteBuilder;
use smo_audit::{Options, SiteInput, SitePage};

fn main() {
    // `cargo bench` passes --bench; `cargo test --all-targets` runs this binary without
    // it (in a debug build), where a 50-page smoke run checks that the bench still works.
    let smoke = !std::env::args().any(|a| a == "--bench");
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    if args.first().map(String::as_str) == Some("--write") {
        let dir = args.get(1).map(String::as_str).unwrap_or("target/bench-site");
        let n = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1000);
        write_site(std::path::Path::new(dir), n);
        return;
    }
    let sizes: Vec<usize> = {
        let v: Vec<usize> = args.iter().filter_map(|a| a.parse().ok()).collect();
        if v.is_empty() && smoke {
            vec![50]
        } else if v.is_empty() {
            vec![1_000, 10_000]
        } else {
            v
        }
    };
    let reps: usize = std::env::var("SMO_BENCH_REPS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(if smoke { 1 } else { 3 })
        .max(1);
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let threads: Vec<usize> = std::env::var("SMO_BENCH_THREADS")
        .ok()
        .map(|s| s.split(',').filter_map(|t| t.trim().parse().ok()).collect())
        .unwrap_or_else(|| if cores > 1 { vec![1, cores] } else { vec![1] });
    let opts = Options::default();
    println!(
        "site bench: {} logical cores available, best of {} runs",
        cores, reps
    );
    println!(
        "{:>7} {:>9} {:>8} {:>10} {:>10} {:>9} {:>8}",
        "pages", "MB", "threads", "time", "pages/s", "MB/s", "speedup"
    );
    for &n in &sizes {
        let input = generate(n);
        let mb = input.pages.iter().map(|p| p.html.len()).sum::<usize>() as f64 / 1e6;
        let mut base: Option<Duration> = None;
        for &t in &threads {
            let pool = match rayon::ThreadPoolBuilder::new().num_threads(t).build() {
                Ok(p) => p,
                Err(e) => {
                    eprintln!("cannot build a pool of {} threads: {}", t, e);
                    continue;
                }
            };
            let mut best = Duration::MAX;
            for _ in 0..reps {
                let start = Instant::now();
                let (ok, checks) = pool.install(|| run_site(&input, &opts));
                let el = start.elapsed();
                assert_eq!(ok, n, "every generated page audits");
                std::hint::black_box(checks);
                best = best.min(el);
            }
            let b = *base.get_or_insert(best);
            println!(
                "{:>7} {:>9.1} {:>8} {:>9.3}s {:>10.0} {:>9.1} {:>7.2}x",
                n,
                mb,
                t,
                best.as_secs_f64(),
                n as f64 / best.as_secs_f64(),
                mb / best.as_secs_f64(),
                b.as_secs_f64() / best.as_secs_f64()
            );
        }
    }
}

/// The site pipeline: every page in parallel, then the cross-page checks.
fn run_site(input: &SiteInput, opts: &Options) -> (usize, usize) {
    let mut site = SiteBuilder::new(input.base_url.as_deref(), opts).with_file_tree(!input.files.is_empty());
    for (path, bytes) in &input.files {
        site.add_file(path, bytes.len() as u64, bytes);
    }
    let audited: Vec<_> = input
        .pages
        .par_iter()
        .filter_map(|p| site.audit_page(&p.path, p.url.as_deref(), &p.html, opts).ok())
        .collect();
    let n = audited.len();
    for (r, s) in audited {
        site.add_page(&r, s);
    }
    (n, site.finish().checks.len())
}

fn write_site(dir: &std::path::Path, n: usize) {
    let input = generate(n);
    for p in &input.pages {
        let path = dir.join(&p.path);
        if let Some(parent) = path.parent() {
            if let Err(e) = std::fs::create_dir_all(parent) {
                eprintln!("cannot create {}: {}", parent.display(), e);
                std::process::exit(1);
            }
        }
        if let Err(e) = std::fs::write(&path, &p.html) {
            eprintln!("cannot write {}: {}", path.display(), e);
            std::process::exit(1);
        }
    }
    println!("wrote {} pages under {}", n, dir.display());
}

const EN: &[&str] = &[
    "garden", "winter", "recipe", "travel", "budget", "simple", "guide", "kitchen", "morning", "coffee",
    "bicycle", "river", "market", "weekend", "family", "project", "window", "paper", "season", "planting",
    "harvest", "bread", "city", "walk", "light", "small", "easy", "quick", "the", "a", "and", "of", "to",
    "in", "with", "for", "your", "our", "is", "are", "we", "you",
];
const TR: &[&str] = &[
    "bahçe",
    "kış",
    "tarif",
    "seyahat",
    "bütçe",
    "basit",
    "rehber",
    "mutfak",
    "sabah",
    "kahve",
    "bisiklet",
    "nehir",
    "pazar",
    "hafta",
    "aile",
    "proje",
    "pencere",
    "kağıt",
    "mevsim",
    "hasat",
    "ekmek",
    "şehir",
    "yürüyüş",
    "ışık",
    "küçük",
    "kolay",
    "hızlı",
    "ve",
    "bir",
    "ile",
    "için",
    "bu",
    "çok",
    "daha",
    "gibi",
    "sonra",
    "önce",
    "şimdi",
    "güzel",
    "yeni",
];

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<'a>(&mut self, w: &[&'a str]) -> &'a str {
        w[(self.next() as usize) % w.len()]
    }
    fn words(&mut self, w: &[&str], n: usize) -> String {
        let mut s = String::new();
        for i in 0..n {
            if i > 0 {
                s.push(' ');
            }
            s.push_str(self.pick(w));
        }
        s
    }
}

/// A deterministic site of `n` pages (English and Turkish, ~15 KB each) with
/// navigation, articles, share links, OG tags (some missing), JSON-LD and links
/// between pages.
pub fn generate(n: usize) -> SiteInput {
    let mut pages = Vec::with_capacity(n);
    for i in 0..n {
        let mut r = Rng(i as u64 * 7919 + 17);
        let tr = i % 3 == 0;
        let (w, lang) = if tr { (TR, "tr") } else { (EN, "en") };
        let title = r.words(w, 6);
        let slug = format!("{}-{}", r.pick(EN), i);
        let path = format!("blog/{}/index.html", slug);
        let mut h = String::with_capacity(16_000);
        h.push_str(&format!(
            "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title} | Example</title>\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta name=\"description\" content=\"{desc}\">\n<link rel=\"canonical\" href=\"https://example.com/blog/{slug}/\">\n"
            ,
            desc = r.words(w, 22)
        ));
        if i % 5 != 0 {
            h.push_str(&format!(
                "<meta property=\"og:title\" content=\"{title}\">\n<meta property=\"og:type\" content=\"article\">\n\
                 <meta property=\"og:url\" content=\"https://example.com/blog/{slug}/\">\n\
                 <meta property=\"og:image\" content=\"https://example.com/img/{i}.jpg\">\n\
                 <meta property=\"og:image:width\" content=\"1200\"><meta property=\"og:image:height\" content=\"630\">\n\
                 <meta property=\"og:description\" content=\"{d}\">\n<meta name=\"twitter:card\" content=\"summary_large_image\">\n",
                d = r.words(w, 18)
            ));
        }
        h.push_str(&format!(
            "<script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\",\"headline\":\"{title}\",\"datePublished\":\"2024-01-{:02}\"}}</script>\n\
             <link rel=\"icon\" href=\"/favicon.ico\"><link rel=\"stylesheet\" href=\"/site.css\">\n</head>\n<body>\n",
            i % 28 + 1
        ));
        h.push_str("<header><a href=\"/\" class=\"logo\">Example</a>\n<nav class=\"main-nav\"><ul>\n");
        for k in 0..12 {
            h.push_str(&format!(
                "<li><a href=\"/blog/{}-{}/\">{}</a></li>\n",
                EN[(i + k) % EN.len()],
                (i + k * 37) % n.max(1),
                r.words(w, 2)
            ));
        }
        h.push_str("</ul></nav></header>\n<main>\n<article>\n");
        h.push_str(&format!("<h1>{}</h1>\n", title));
        for s in 0..6 {
            h.push_str(&format!("<h2 id=\"s{}\">{}</h2>\n", s, r.words(w, 4)));
            for _ in 0..3 {
                let len = 25 + (r.next() % 40) as usize;
                h.push_str(&format!(
                    "<p>{}. {} <a href=\"/blog/{}-{}/\">{}</a>. {}.</p>\n",
                    r.words(w, len),
                    r.words(w, 8),
                    r.pick(EN),
                    r.next() as usize % n.max(1),
                    r.words(w, 3),
                    r.words(w, 12)
                ));
            }
        }
        if i % 4 != 1 {
            h.push_str(&format!(
                "<img src=\"/img/{i}-inline.jpg\" alt=\"{}\" width=\"800\" height=\"450\">\n",
                r.words(w, 5)
            ));
        }
        h.push_str("</article>\n");
        if i % 2 == 0 {
            let u = format!("https%3A%2F%2Fexample.com%2Fblog%2F{}%2F", slug);
            h.push_str(&format!(
                "<div class=\"share-buttons\">\
                 <a href=\"https://www.facebook.com/sharer/sharer.php?u={u}\" target=\"_blank\" rel=\"noopener\">Facebook</a>\
                 <a href=\"https://twitter.com/intent/tweet?url={u}\" target=\"_blank\" rel=\"noopener\">X</a>\
                 <a href=\"https://www.linkedin.com/sharing/share-offsite/?url={u}\">LinkedIn</a>\
                 <a href=\"https://api.whatsapp.com/send?text={u}\">WhatsApp</a></div>\n"
            ));
        }
        h.push_str("<aside class=\"related\"><h2>Related</h2><ul>\n");
        for k in 0..5 {
            h.push_str(&format!(
                "<li><a href=\"/blog/{}-{}/\">{}</a></li>\n",
                r.pick(EN),
                (i * 3 + k) % n.max(1),
                r.words(w, 5)
            ));
        }
        h.push_str("</ul></aside>\n</main>\n<footer><form action=\"/subscribe\" method=\"post\"><label for=\"e\">Email</label><input id=\"e\" type=\"email\" name=\"email\"><button>Subscribe</button></form>\n");
        h.push_str("<a href=\"https://www.instagram.com/example\">Instagram</a> <a href=\"https://www.youtube.com/@example\">YouTube</a> <a href=\"/about/\">About</a> <a href=\"/contact/\">Contact</a> <a href=\"/privacy/\">Privacy</a>\n</footer>\n</body>\n</html>\n");
        pages.push(SitePage {
            path,
            url: None,
            html: h.into_bytes(),
        });
    }
    SiteInput {
        pages,
        files: Default::default(),
        base_url: Some("https://example.com".into()),
        root: None,
    }
}
