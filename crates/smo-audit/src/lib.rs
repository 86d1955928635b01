//! smo-audit: a social media optimization audit of a web page, a built site or a
//! social profile. Parse once → Facts → pure checks → scored Report → renderers (`render`).
//!
//! ```
//! let report = smo_audit::audit(b"<html><head><title>Hi</title></head></html>", &Default::default()).unwrap();
//! assert!(report.score <= 100);
//! ```

pub mod catalog;
pub mod checks;
pub mod config;
pub mod dom;
pub mod facts;
pub mod i18n;
pub mod input;
pub mod options;
pub mod pipeline;
pub mod profile_mode;
pub mod readability;
pub mod render;
pub mod report;
pub mod run;
pub mod site;
pub mod text;
pub mod vocab;

pub use facts::Facts;
pub use i18n::Locale;
pub use options::{Error, ImageInfo, Options, RuleConfig};
pub use pipeline::{audit, audit_html, facts_for, report_of};
pub use profile_mode::audit_profile_url;
pub use report::{CheckReport, Report, SiteReport, Status};
pub use site::{audit_site, SiteInput, SitePage};
pub use vocab::PageKind;
