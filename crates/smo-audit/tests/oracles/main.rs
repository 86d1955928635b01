//! Test oracles: the engine's fast code against the plain or older code it
//! replaced (kept here, frozen, never compiled into the library), on synthetic
//! strings and on every page of ../shared/corpus/readability (absent: the corpus
//! parts say so and pass). `cargo test -p smo-audit --test oracles -- --nocapture`
//! prints how many corpus pages each test read.

#[path = "../support/corpus.rs"]
mod corpus;

mod lexicon;
mod readability;
mod readability_old;
mod slug;
mod url_segments;
