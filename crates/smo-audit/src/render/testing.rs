//! Reports for render's tests, built with the layers below render only (facts,
//! checks, report): no pipeline, no site module.

use crate::facts::site::{summarize, SiteData};
use crate::i18n::Locale;
use crate::options::Options;
use crate::report::{self, Report, SiteReport};

/// One page's report from its HTML.
pub fn page(html: &str, opts: &Options) -> Report {
    let facts = crate::facts::from_bytes(html.as_bytes(), opts).expect("facts");
    report::build(&facts, crate::checks::run::page(&facts, opts), opts)
}

/// A generated site of `n` pages (titles shared, markup in descriptions,
/// broken links, robots.txt) with its site checks and site data, and its
/// page labels.
pub fn site(n: usize, locale: Locale) -> (SiteReport, Vec<String>) {
    let base = "https://example.com/";
    let mut pages = Vec::new();
    let mut summaries = Vec::new();
    for i in 0..n {
        let path = format!("p/{}.html", i);
        let url = format!("{}{}", base, path);
        let html = format!(
            "<html lang=en><title>Page {}</title><meta name=description content=\"about <b>&{}\"><h1>Hi</h1><p>{}</p><a href=\"/p/{}.html\">next</a><a href=\"/missing.html\">x</a>",
            i % 3,
            i,
            "word ".repeat(i * 40),
            i + 1
        );
        let opts = Options {
            locale,
            url: Some(url.clone()),
            ..Default::default()
        };
        let facts = crate::facts::from_bytes(html.as_bytes(), &opts).expect("facts");
        summaries.push(summarize(&path, &url::Url::parse(&url).expect("url"), &facts));
        pages.push(report::build(
            &facts,
            crate::checks::run::page(&facts, &opts),
            &opts,
        ));
    }
    let mut data = SiteData {
        base_url: base.into(),
        base_given: true,
        pages: summaries.into(),
        has_files: true,
        robots_txt: Some("User-agent: *\n".into()),
        ..Default::default()
    };
    data.files.insert(
        "robots.txt".into(),
        crate::facts::site::FileInfo::from_bytes("robots.txt", 14, b"User-agent: *\n"),
    );
    let opts = Options {
        locale,
        ..Default::default()
    };
    let checks = crate::checks::run::site(&data, &opts)
        .into_iter()
        .map(|r| report::check_report(r, locale))
        .collect();
    let labels = data.pages.iter().map(|p| p.path.clone()).collect();
    let mut s = SiteReport::new(pages, checks);
    s.site.data = Some(data);
    (s, labels)
}
