//! TypeScript declarations the Rust types cannot derive: the report's
//! `facts` (the engine's facts with the suggested head block that
//! `report::build` adds), the site data (its Rust types read with defaults,
//! so derived types would make every field optional although a report always
//! has them) and what the functions throw. Node tests check them against real
//! reports (every key a report has is declared) and with `tsc --strict`.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/**
 * A page report's `facts`: what the checks read (head tags, main content,
 * navigation, share widgets and profiles, readability, the profile, the
 * suggested slug, the preview of each platform) and the suggested `<head>`
 * block. Absent from `--format json` output with `--no-facts`.
 */
export interface Facts extends PageFacts {
    /**
     * The `<head>` tags to add or fix (Open Graph, X card, description,
     * canonical), ready to paste; null when the Open Graph checks found nothing
     * to fix. Absent for a profile audited from its address alone.
     */
    suggestedHead?: string | null;
}

/**
 * What the functions throw. A `TypeError` for bad options or arguments: an
 * unknown option, rule id (in `rules` or the gates' `checks`), rule param,
 * locale, format or category, or a value of the wrong kind; the message is
 * plain and names the nearest known name (`unknown rule "og-titel" in rules:
 * did you mean "og-title"?`). An `Error` for input that cannot be audited or
 * read: a page over `maxBytes` or nested too deep, a `url` that is not an
 * absolute URL, a report or site report that is not one, a config file with
 * errors (each with its line), shards that do not merge.
 */
export type SmoAuditError = TypeError | Error;

/**
 * What the site checks were computed from (`site.data` of a site report; the
 * Rust `site::SiteData`). Written by hand: the Rust struct reads with defaults,
 * so derived types would mark every field optional, but a report always has them.
 * A Node test checks these keys against a real report.
 */
export interface SiteData {
    /** The public base URL (or `https://site.invalid/` when none was given). */
    baseUrl: string;
    /** True when the base URL was given. */
    baseGiven: boolean;
    pages: PageSummary[];
    /** Non-HTML files by path relative to the root. */
    files: Record<string, FileInfo>;
    /** The text of robots.txt, when the site has one. */
    robotsTxt: string | null;
    /** False when the input has no file tree (pages only): the checks that need files skip. */
    hasFiles: boolean;
    /** A crawl: only URLs that answered with an error are known to be missing. */
    crawled: boolean;
    /** Crawl: same-site URLs that answered 4xx / 5xx or failed. */
    missing: string[];
    /** Crawl: why each failed URL failed, by URL (absent for folders). */
    failures?: Record<string, Failure>;
    /** A folder: the folder as given (CI file paths are `root/path`); `merge` keeps it. */
    root?: string;
    /** A shard run (`--shard K/N`): which shard of how many. */
    shard?: Shard;
    /** Pages that could not be audited, and why: never scored, listed by every format. */
    unreadable?: Unreadable[];
}

/** The per-page facts the site checks use. */
export interface PageSummary {
    /** Path relative to the site root (or the crawled URL). */
    path: string;
    /** The address the page is served at. */
    url: string;
    title: string | null;
    ogTitle: string | null;
    description: string | null;
    ogDescription: string | null;
    /** Links (and asset references) to the same host, fragments removed. */
    refs: SiteRef[];
    /** og:image URLs as written, with their lines. */
    ogImages: [string, number][];
    /** Links to social profiles: [network, handle, line]. */
    profiles: [string, string, number][];
    /** The page asks not to be indexed (robots noindex). */
    noindex: boolean;
}

/** A reference from a page to a URL of the same site, with its source line. */
export interface SiteRef {
    url: string;
    line: number;
    /** `a`, `img`, `script`, `link`, `og:image`. */
    tag: string;
}

/** A non-HTML file of the site: its size and, for images, the real dimensions. */
export interface FileInfo {
    size: number;
    width: number | null;
    height: number | null;
    /** `png`, `jpeg`, `gif`, `webp`, `svg`, ... (from the bytes, else the extension). */
    format: string | null;
}
"#;
