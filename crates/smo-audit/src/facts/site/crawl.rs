//! What a crawl learns besides pages: why a URL could not be fetched (one
//! kind each, never lumped together) and the crawl's summary in the site
//! report. Data only: the network is the face's; the policy (which addresses
//! and hosts may be fetched) is `site::crawl_policy`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::i18n::Locale;

/// Why a URL of a crawled site could not be fetched or audited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(rename_all = "kebab-case", tag = "kind", content = "detail")]
pub enum Failure {
    /// The server answered with an HTTP error status (4xx / 5xx).
    Status(u16),
    /// No answer within the timeout.
    Timeout,
    /// A redirect led back to an address already in its chain.
    RedirectLoop(String),
    /// More redirects than the limit (the limit).
    TooManyRedirects(u32),
    /// A redirect to another host (the target), not followed.
    OffHostRedirect(String),
    /// The host resolves to a private, loopback, link-local or otherwise
    /// special address (the address), not connected to.
    RefusedAddress(String),
    /// The body is larger than the size limit (the limit in bytes).
    TooLarge(u64),
    /// The answer is not HTML (its content type).
    NotHtml(String),
    /// The connection failed (the error).
    Connection(String),
}

impl Failure {
    /// The kind's stable name, the key of [`CrawlSummary::failures`].
    pub fn kind(&self) -> &'static str {
        match self {
            Failure::Status(_) => "status",
            Failure::Timeout => "timeout",
            Failure::RedirectLoop(_) => "redirect-loop",
            Failure::TooManyRedirects(_) => "too-many-redirects",
            Failure::OffHostRedirect(_) => "off-host-redirect",
            Failure::RefusedAddress(_) => "refused-address",
            Failure::TooLarge(_) => "too-large",
            Failure::NotHtml(_) => "not-html",
            Failure::Connection(_) => "connection",
        }
    }

    /// Whether a link to the URL is broken (it leads nowhere): an error status,
    /// no answer, a redirect loop or chain too long, a refused address, a
    /// failed connection. A redirect to another host, a page too large to
    /// audit or a file that is not HTML lead somewhere: not broken.
    pub fn is_broken(&self) -> bool {
        !matches!(
            self,
            Failure::OffHostRedirect(_) | Failure::TooLarge(_) | Failure::NotHtml(_)
        )
    }

    /// One line saying what happened, in `locale`.
    pub fn message(&self, locale: Locale) -> String {
        let (en, tr) = match self {
            Failure::Status(c) => (
                format!("answers HTTP {}", c),
                format!("HTTP {} yanıtı veriyor", c),
            ),
            Failure::Timeout => ("timed out".to_string(), "zaman aşımına uğradı".to_string()),
            Failure::RedirectLoop(u) => (
                format!("redirect loop (back to {})", u),
                format!("yönlendirme döngüsü ({} adresine geri dönüyor)", u),
            ),
            Failure::TooManyRedirects(n) => (
                format!("too many redirects (more than {})", n),
                format!("çok fazla yönlendirme ({} taneden fazla)", n),
            ),
            Failure::OffHostRedirect(u) => (
                format!("redirects to another host ({}), not followed", u),
                format!("başka bir sunucuya yönlendiriyor ({}), izlenmedi", u),
            ),
            Failure::RefusedAddress(a) => (
                format!("refused address {} (private, loopback, link-local or special)", a),
                format!(
                    "reddedilen adres {} (özel, loopback, link-local ya da ayrılmış)",
                    a
                ),
            ),
            Failure::TooLarge(n) => (
                format!("too large (over {} bytes)", n),
                format!("çok büyük ({} bayttan fazla)", n),
            ),
            Failure::NotHtml(t) => (
                format!("not HTML ({})", if t.is_empty() { "no content type" } else { t }),
                format!(
                    "HTML değil ({})",
                    if t.is_empty() { "içerik türü yok" } else { t }
                ),
            ),
            Failure::Connection(e) => (
                format!("connection error: {}", e),
                format!("bağlantı hatası: {}", e),
            ),
        };
        locale.pick(en, tr)
    }
}

/// What a crawl did, in the site report of a crawl (absent for folders).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(hashmap_as_object))]
pub struct CrawlSummary {
    /// The address the crawl was started from.
    pub start_url: String,
    /// Where the start URL led after its redirects (its host is the one crawled).
    pub final_url: String,
    /// Pages audited.
    pub pages: usize,
    /// The limit that stopped the crawl (`max-pages`, `max-time`,
    /// `max-bytes-total`), or null when every
    /// known URL was visited.
    pub stopped_by: Option<String>,
    /// Known same-host URLs not visited because a limit stopped the crawl.
    pub not_visited: usize,
    /// URLs not fetched because robots.txt disallows them.
    pub skipped_by_robots: usize,
    /// Failed URLs by kind ([`Failure::kind`]).
    pub failures: BTreeMap<String, usize>,
    /// The milliseconds waited between requests (the larger of robots.txt's
    /// `Crawl-delay` and `--delay`); omitted when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delay_ms: Option<u64>,
    /// True when robots.txt was read but not obeyed (`--ignore-robots`);
    /// omitted when false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ignored_robots: bool,
}

impl CrawlSummary {
    /// One line for the text and Markdown summaries, in `locale`: where the
    /// crawl went, how many pages, what stopped it, what failed.
    pub fn line(&self, locale: Locale) -> String {
        let mut s = format!("{} {}", locale.pick("Crawled", "Taranan:"), self.final_url);
        if self.final_url != self.start_url {
            s += &locale.pick(
                format!(" (redirected from {})", self.start_url),
                format!(" ({} adresinden yönlendirildi)", self.start_url),
            );
        }
        s += &format!(": {} {}", self.pages, locale.pick("pages", "sayfa"));
        if let Some(by) = &self.stopped_by {
            s += &locale.pick(
                format!(
                    "; stopped by --{}, {} known URLs not visited",
                    by, self.not_visited
                ),
                format!(
                    "; --{} ile durdu, bilinen {} adres ziyaret edilmedi",
                    by, self.not_visited
                ),
            );
        }
        if self.skipped_by_robots > 0 {
            s += &locale.pick(
                format!("; {} disallowed by robots.txt", self.skipped_by_robots),
                format!("; {} adres robots.txt ile engelli", self.skipped_by_robots),
            );
        }
        if self.ignored_robots {
            s += locale.pick("; robots.txt ignored", "; robots.txt yok sayıldı");
        }
        let total: usize = self.failures.values().sum();
        if total > 0 {
            let kinds: Vec<String> = self
                .failures
                .iter()
                .map(|(k, n)| {
                    let k = if k == "status" {
                        locale.pick("HTTP error", "HTTP hatası")
                    } else {
                        k
                    };
                    format!("{} {}", n, k)
                })
                .collect();
            s += &format!(
                "; {} {} ({})",
                total,
                locale.pick("failures", "hata"),
                kinds.join(", ")
            );
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_says_redirect_limit_and_failures() {
        let mut c = CrawlSummary {
            start_url: "https://example.com/".into(),
            final_url: "https://www.example.com/".into(),
            pages: 12,
            stopped_by: Some("max-pages".into()),
            not_visited: 40,
            ..Default::default()
        };
        c.failures.insert("status".into(), 2);
        c.failures.insert("timeout".into(), 1);
        assert_eq!(
            c.line(Locale::En),
            "Crawled https://www.example.com/ (redirected from https://example.com/): 12 pages; \
             stopped by --max-pages, 40 known URLs not visited; 3 failures (2 HTTP error, 1 timeout)"
        );
        assert!(c
            .line(Locale::Tr)
            .starts_with("Taranan: https://www.example.com/"));
        c.start_url = c.final_url.clone();
        c.stopped_by = None;
        c.failures.clear();
        assert_eq!(c.line(Locale::En), "Crawled https://www.example.com/: 12 pages");
    }
}
