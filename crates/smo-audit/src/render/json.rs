//! The report model as pretty JSON: a site report (schemaVersion 1, the shape
//! `smo-audit merge` reads back), or one page's report alone. The site report is
//! written as it is serialized, its empty page list swapped for the spooled
//! pages, so the output equals `serde_json::to_string_pretty` of the whole
//! in-memory report.

use std::io::{self, Write};

use super::spool::PageSource;
use super::{indent, Renderer, Setup, SiteEnd};
use crate::report::{Report, SiteReport};

pub struct Json {
    one_page: bool,
    no_facts: bool,
}

impl Json {
    pub fn new(setup: Setup) -> Json {
        Json {
            one_page: setup.one_page,
            no_facts: setup.style.no_facts,
        }
    }
}

/// One page's report, pretty (without its `facts` when `no_facts`).
fn page(r: &Report, no_facts: bool) -> String {
    let text = if no_facts {
        serde_json::to_value(r).and_then(|mut v| {
            if let Some(m) = v.as_object_mut() {
                m.remove("facts");
            }
            serde_json::to_string_pretty(&v)
        })
    } else {
        serde_json::to_string_pretty(r)
    };
    text.unwrap_or_else(|e| format!("{{\"error\":{:?}}}", e.to_string()))
}

impl Renderer for Json {
    fn separator(&self) -> &'static str {
        ",\n"
    }

    fn piece(&self, r: &Report, _label: &str) -> String {
        if self.one_page {
            return page(r, self.no_facts);
        }
        let mut out = String::new();
        indent(&mut out, &page(r, self.no_facts), "    ");
        out
    }

    fn finish(&self, out: &mut dyn Write, end: &mut SiteEnd, pages: &mut dyn PageSource) -> io::Result<()> {
        if self.one_page {
            pages.copy_to(out)?;
            return out.write_all(b"\n");
        }
        let score = end.score();
        let n = end.records.len();
        // The report without its pages (moved in and back: no copy).
        let mut skeleton = SiteReport::new(Vec::new(), std::mem::take(&mut end.checks));
        skeleton.score = score;
        skeleton.site.data = end.data.take();
        skeleton.crawl = end.crawl.take();
        // Written as it is serialized (the site data of a big site is
        // tens of MB); the empty page list near the top is swapped for
        // the spooled pages.
        // One serializer for both cases (no pages: nothing to splice in).
        let mut sp = Splice {
            out: &mut *out,
            pages: &mut *pages,
            held: Vec::new(),
            done: n == 0,
        };
        let r = serde_json::to_writer_pretty(&mut sp, &skeleton)
            .map_err(io::Error::other)
            .and_then(|_| sp.finish());
        end.checks = std::mem::take(&mut skeleton.site.checks);
        end.data = skeleton.site.data.take();
        end.crawl = skeleton.crawl.take();
        r?;
        out.write_all(b"\n")
    }
}

/// The empty page list of the JSON skeleton, at the top level.
const JSON_EMPTY_PAGES: &[u8] = b"\n  \"pages\": [],\n";

/// Passes the JSON skeleton through to `out`, the first `JSON_EMPTY_PAGES`
/// replaced by the spooled pages. Only the few hundred bytes before it are held.
struct Splice<'a> {
    out: &'a mut dyn Write,
    pages: &'a mut dyn PageSource,
    held: Vec<u8>,
    done: bool,
}

impl Splice<'_> {
    fn finish(&mut self) -> io::Result<()> {
        if !self.done {
            self.done = true;
            self.out.write_all(&self.held)?;
            self.held.clear();
        }
        Ok(())
    }
}

impl Write for Splice<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.done {
            return self.out.write_all(buf).map(|_| buf.len());
        }
        let from = self.held.len().saturating_sub(JSON_EMPTY_PAGES.len());
        self.held.extend_from_slice(buf);
        if let Some(at) = self.held[from..]
            .windows(JSON_EMPTY_PAGES.len())
            .position(|w| w == JSON_EMPTY_PAGES)
            .map(|i| i + from)
        {
            self.done = true;
            let held = std::mem::take(&mut self.held);
            self.out.write_all(&held[..at])?;
            self.out.write_all(b"\n  \"pages\": [\n")?;
            self.pages.copy_to(self.out)?;
            self.out.write_all(b"\n  ],\n")?;
            self.out.write_all(&held[at + JSON_EMPTY_PAGES.len()..])?;
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
