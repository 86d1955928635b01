//! Derived facts: suggested slug, platform previews, suggested head block.

use serde::Serialize;

use super::Facts;
use crate::Options;

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SuggestFacts {}

pub fn extract(_facts: &Facts, _opts: &Options) -> SuggestFacts {
    SuggestFacts::default()
}

/// Report-level facts that need the check results (e.g. the suggested head block
/// fixes what the opengraph category found missing). Adds keys to `facts`.
pub fn add_report_facts(
    _facts_json: &mut serde_json::Map<String, serde_json::Value>,
    _facts: &Facts,
    _categories: &[crate::report::CategoryReport],
    _opts: &Options,
) {
}
