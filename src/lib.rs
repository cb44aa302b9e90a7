//! kb: a static site generator for Hebrew, right-to-left knowledge bases.

pub mod output;
pub mod search;
