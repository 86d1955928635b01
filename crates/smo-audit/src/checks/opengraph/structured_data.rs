//! `structured-data`: JSON-LD that describes the page (article, organization, ...).

use crate::checks::{ev_line, Category, Check, Ctx, Outcome, RuleDoc, Text};
use crate::facts::json_types;

pub static CHECK: Check = Check {
    id: "structured-data",
    category: Category::Opengraph,
    weight: 2,
    title: Text {
        en: "Structured data (JSON-LD)",
        tr: "Yapılandırılmış veri (JSON-LD)",
    },
    help: Text {
        en: "Add a valid <script type=\"application/ld+json\"> block with @type (Article, Organization, ...) and its main properties.",
        tr: "@type (Article, Organization, ...) ve temel özellikleriyle geçerli bir <script type=\"application/ld+json\"> bloğu ekleyin.",
    },
    doc: RuleDoc {
        what: "Reads every `<script type=\"application/ld+json\">`. Fail: a block that is not valid JSON (the message gives its line and column in the page). Warn: no JSON-LD at all; a block with no `@type` anywhere; an Article (Article, NewsArticle, BlogPosting, TechArticle, Report, ScholarlyArticle, LiveBlogPosting) without `headline`, `image` or `datePublished`; an Organization or Person (and Organization subtypes such as Corporation, LocalBusiness, NewsMediaOrganization) without `sameAs`. Pass otherwise.",
        why: "Search engines and some platforms read JSON-LD for rich results, dates and the author; `sameAs` ties your site to your social profiles. A block with a syntax error is thrown away whole.",
        fix: "Fix the JSON (a validator shows the position), give each object a @type, give articles headline, image and datePublished, and list your social profiles in sameAs.",
        example: "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Organization\",\"name\":\"Acme\",\"url\":\"https://example.com\",\"sameAs\":[\"https://x.com/acme\",\"https://www.linkedin.com/company/acme\"]}</script>",
        sources: &[
            "https://developers.google.com/search/docs/appearance/structured-data/article",
            "https://developers.google.com/search/docs/appearance/structured-data/organization (sameAs)",
            "https://schema.org/docs/gs.html",
        ],
    },
    params: &[],
    run: crate::checks::Run::Page(run),
};

const ARTICLES: &[&str] = &[
    "Article",
    "NewsArticle",
    "BlogPosting",
    "TechArticle",
    "Report",
    "ScholarlyArticle",
    "LiveBlogPosting",
];
const ORGS: &[&str] = &[
    "Organization",
    "Person",
    "Corporation",
    "LocalBusiness",
    "NewsMediaOrganization",
    "OnlineStore",
    "OnlineBusiness",
    "EducationalOrganization",
    "NGO",
];

fn strip(t: &str) -> &str {
    t.trim()
        .trim_start_matches("https://schema.org/")
        .trim_start_matches("http://schema.org/")
        .trim_start_matches("schema:")
}

fn run(ctx: &Ctx) -> Outcome {
    let h = &ctx.facts.head;
    if h.json_ld.is_empty() {
        let micro = h.itemtypes.len();
        return Outcome::warn(ctx.t(
            if micro > 0 {
                format!("No JSON-LD (the page has {} microdata itemtype(s); JSON-LD is the format Google recommends).", micro)
            } else {
                "No JSON-LD structured data.".to_string()
            },
            if micro > 0 {
                format!("JSON-LD yok (sayfada {} mikroveri itemtype var; Google'ın önerdiği biçim JSON-LD).", micro)
            } else {
                "JSON-LD yapılandırılmış veri yok.".to_string()
            },
        ));
    }
    if let Some(b) = h.json_ld.iter().find(|b| b.error.is_some()) {
        let line = b.error_line.unwrap_or(b.line);
        let col = b.error_column.unwrap_or(0);
        let err = b.error.clone().unwrap_or_default();
        return Outcome::fail(ctx.t(
            format!("A JSON-LD block is not valid JSON (line {}, column {}: {}); search engines ignore the whole block.", line, col, err),
            format!("Bir JSON-LD bloğu geçerli JSON değil (satır {}, sütun {}: {}); arama motorları bloğun tamamını yok sayar.", line, col, err),
        ))
        .evidence(ev_line("script[type=\"application/ld+json\"]", err, line))
        .detail("line", line)
        .detail("column", col);
    }
    let mut problems: Vec<(String, String, u32)> = Vec::new();
    let mut all_types: Vec<String> = Vec::new();
    for b in &h.json_ld {
        if b.types.is_empty() {
            problems.push((
                "a JSON-LD block has no @type".into(),
                "bir JSON-LD bloğunda @type yok".into(),
                b.line,
            ));
        }
        for o in b.objects() {
            let types = json_types(o);
            for t in &types {
                let t = strip(t);
                all_types.push(t.to_string());
                if ARTICLES.contains(&t) {
                    let missing: Vec<&str> = ["headline", "image", "datePublished"]
                        .into_iter()
                        .filter(|k| {
                            o.get(*k).is_none_or(|v| {
                                v.is_null() || v.as_str().is_some_and(|s| s.trim().is_empty())
                            })
                        })
                        .collect();
                    if !missing.is_empty() {
                        let m = missing.join(", ");
                        problems.push((
                            format!("{} without {}", t, m),
                            format!("{} içinde {} yok", t, m),
                            b.line,
                        ));
                    }
                } else if ORGS.contains(&t) && o.get("sameAs").is_none() {
                    problems.push((
                        format!("{} without sameAs (links to its social profiles)", t),
                        format!("{} içinde sameAs (sosyal profil bağlantıları) yok", t),
                        b.line,
                    ));
                }
            }
        }
    }
    all_types.dedup();
    let types_json: Vec<serde_json::Value> = all_types.iter().map(|t| t.as_str().into()).collect();
    if !problems.is_empty() {
        let en: Vec<&str> = problems.iter().map(|p| p.0.as_str()).collect();
        let tr: Vec<&str> = problems.iter().map(|p| p.1.as_str()).collect();
        return Outcome::warn(ctx.t(
            format!("Structured data is incomplete: {}.", en.join("; ")),
            format!("Yapılandırılmış veri eksik: {}.", tr.join("; ")),
        ))
        .evidence_all(
            problems
                .iter()
                .map(|p| ev_line("script[type=\"application/ld+json\"]", &p.0, p.2)),
        )
        .detail("types", types_json);
    }
    Outcome::pass(ctx.t(
        format!("JSON-LD describes the page as {}.", all_types.join(", ")),
        format!("JSON-LD sayfayı {} olarak tanımlıyor.", all_types.join(", ")),
    ))
    .detail("types", types_json)
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::run_on;
    use crate::vocab::Status;

    fn run(html: &str) -> crate::checks::Outcome {
        run_on(&super::CHECK, html, None)
    }
    fn ld(json: &str) -> String {
        format!("<head>\n<script type=\"application/ld+json\">{json}</script></head>")
    }

    #[test]
    fn invalid_json_fails_with_position() {
        let o = run("<head>\n<script type=\"application/ld+json\">\n{\"@type\": \"Article\",\n \"headline\": \"x\",,\n}</script>");
        assert_eq!(o.status, Status::Fail);
        assert_eq!(o.details["line"], 4, "{}", o.message);
        assert!(o.message.contains("line 4"));
    }

    #[test]
    fn missing_or_incomplete_warns() {
        assert_eq!(run("<title>x</title>").status, Status::Warn);
        let o = run(&ld(r#"{"@context":"https://schema.org","name":"x"}"#));
        assert_eq!(o.status, Status::Warn);
        assert!(o.message.contains("@type"));
        let o = run(&ld(r#"{"@type":"BlogPosting","headline":"Hi"}"#));
        assert_eq!(o.status, Status::Warn);
        assert!(o.message.contains("image, datePublished"), "{}", o.message);
        let o = run(&ld(r#"{"@graph":[{"@type":"Organization","name":"Acme"}]}"#));
        assert_eq!(o.status, Status::Warn);
        assert!(o.message.contains("sameAs"));
    }

    #[test]
    fn cdata_wrapper_is_accepted() {
        let o = run(&ld(
            "<![CDATA[ {\"@type\":\"Organization\",\"sameAs\":[\"https://x.com/acme\"]} ]]>",
        ));
        assert_eq!(o.status, Status::Pass, "{}", o.message);
    }

    #[test]
    fn complete_passes() {
        let o = run(&ld(
            r#"[{"@type":"Article","headline":"H","image":"https://e.com/a.jpg","datePublished":"2024-01-01"},{"@type":"Organization","sameAs":["https://x.com/acme"]}]"#,
        ));
        assert_eq!(o.status, Status::Pass, "{}", o.message);
        assert_eq!(o.details["types"][0], "Article");
    }
}
