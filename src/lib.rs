//! kb: a static site generator for Hebrew, right-to-left knowledge bases.
#![warn(missing_docs)]

pub mod admin;
pub mod calendar;
pub mod check;
pub mod cli;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod embed;
pub mod escape;
pub mod feeds;
pub mod git_dates;
pub mod hebrew;
pub mod hints;
pub mod i18n;
pub mod import;
pub mod incremental;
pub mod init;
pub mod languages;
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
pub mod spelling;
pub mod templates;
pub mod update;
pub mod walk;
pub mod write;
