//! A site kept in memory between rebuilds, for `kb serve`: the last good build's files by
//! output path, replaced only when a rebuild succeeds.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use crate::diagnostics::Diagnostics;
use crate::output::OutputFile;
use crate::site::{BuildError, BuildOptions, Sink, build_into};

/// The files of one successful build, by output path (`articles/x/index.html`).
#[derive(Debug, Default)]
pub struct SiteFiles {
    files: HashMap<String, Arc<[u8]>>,
}

impl Sink for SiteFiles {
    fn accept(&mut self, files: Vec<OutputFile>) -> anyhow::Result<()> {
        self.files.extend(
            files
                .into_iter()
                .map(|OutputFile { path, bytes }| (path, Arc::from(bytes))),
        );
        Ok(())
    }
}

impl SiteFiles {
    fn build(options: &BuildOptions) -> Result<SiteFiles, Diagnostics> {
        let mut files = SiteFiles::default();
        match build_into(options, &mut files) {
            Ok(_) => Ok(files),
            Err(BuildError::Content(problems)) => Err(problems),
            Err(BuildError::Output(err)) => unreachable!("memory accepts every file: {err}"),
        }
    }

    /// The bytes at an output path, e.g. `articles/x/index.html`.
    pub fn get(&self, path: &str) -> Option<Arc<[u8]>> {
        self.files.get(path).cloned()
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// A site being previewed: options, and the files of the last good build.
pub struct Session {
    options: BuildOptions,
    files: Arc<SiteFiles>,
}

impl Session {
    /// Builds the site once; fails if the first build fails.
    pub fn start(options: BuildOptions) -> Result<Session, Diagnostics> {
        let files = SiteFiles::build(&options)?;
        Ok(Session {
            options,
            files: Arc::new(files),
        })
    }

    /// The files of the last good build.
    pub fn files(&self) -> Arc<SiteFiles> {
        Arc::clone(&self.files)
    }

    /// Rebuilds after `changed` files (absolute paths) changed. On failure the last good
    /// build stays in place and the problems are returned.
    pub fn rebuild(&mut self, changed: &[PathBuf]) -> Result<Arc<SiteFiles>, Diagnostics> {
        let _ = changed;
        self.files = Arc::new(SiteFiles::build(&self.options)?);
        Ok(self.files())
    }
}
