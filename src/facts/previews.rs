//! Platform previews (what Facebook, X, LinkedIn, Slack, Discord, WhatsApp and
//! Telegram will really show) and the suggested `<head>` block.

use serde::Serialize;

use super::Facts;
use crate::Options;

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PreviewFacts {}

pub fn extract(_facts: &Facts, _opts: &Options) -> PreviewFacts {
    PreviewFacts::default()
}

/// Report-level facts that need the check results (the suggested head block
/// fixes what the opengraph category found missing or wrong). Adds keys to `facts`.
pub fn add_report_facts(
    _facts_json: &mut serde_json::Map<String, serde_json::Value>,
    _facts: &Facts,
    _categories: &[crate::report::CategoryReport],
    _opts: &Options,
) {
}
