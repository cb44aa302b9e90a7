//! kb: a static site generator for Hebrew, right-to-left knowledge bases.

pub mod config;
pub mod diagnostics;
pub mod hebrew;
pub mod output;
pub mod search;
pub mod content;
pub mod markdown;
pub mod templates;
pub mod render;
pub mod feeds;
pub mod write;
pub mod site;
pub mod cli;
