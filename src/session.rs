//! A site kept in memory between rebuilds, for `kb serve`: the last good build's files by URL
//! path, replaced only when a rebuild succeeds.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use crate::diagnostics::Diagnostics;
use crate::output::OutputFile;
use crate::site::{BuildOptions, Built, render_site};

/// The files of one successful build, by output path (`articles/x/index.html`).
#[derive(Debug, Default)]
pub struct SiteFiles {
    files: HashMap<String, Arc<[u8]>>,
}

impl SiteFiles {
    fn from_built(built: Built) -> SiteFiles {
        let files = built
            .files
            .into_iter()
            .map(|OutputFile { path, bytes }| (path, Arc::from(bytes)))
            .collect();
        SiteFiles { files }
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
        let built = render_site(&options)?;
        Ok(Session {
            options,
            files: Arc::new(SiteFiles::from_built(built)),
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
        let built = render_site(&self.options)?;
        self.files = Arc::new(SiteFiles::from_built(built));
        Ok(self.files())
    }
}
