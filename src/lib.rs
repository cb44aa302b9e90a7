//! kb: a static site generator for Hebrew, right-to-left knowledge bases.
#![warn(missing_docs)]

pub mod check;
pub mod cli;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod embed;
pub mod feeds;
pub mod hebrew;
pub mod hints;
pub mod i18n;
pub mod import;
pub mod incremental;
pub mod init;
pub mod markdown;
pub mod new;
pub mod output;
pub mod redirects;
pub mod render;
pub mod sanitise;
pub mod search;
pub mod serve;
pub mod session;
pub mod site;
pub mod templates;
pub mod walk;
pub mod write;
