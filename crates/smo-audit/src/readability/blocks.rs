//! The blocks of main text that readability reads: the facts' main-content
//! extractor produces them, the text analysis consumes them.

use serde::Serialize;

/// What kind of block a piece of main text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    Paragraph,
    /// A heading with its level (1–6).
    Heading,
    ListItem,
    Quote,
    /// Table cells, captions, preformatted text, loose text.
    Other,
}

/// One block of main text.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TextBlock {
    pub kind: BlockKind,
    /// Heading level for headings, else 0.
    pub level: u8,
    pub text: String,
    pub line: u32,
}
