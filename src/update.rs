//! The preview's way through an edit: the state after a change, re-reading and re-rendering
//! only what the change touches (what may be kept is `incremental`'s to say).

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;

use crate::content;
use crate::diagnostics::Diagnostics;
use crate::incremental::Change;
use crate::site::{Parts, SiteState};
use crate::templates::ThemeFiles;

impl SiteState {
    /// The state after `change`, re-reading and re-rendering only what it touches; `None` when
    /// the change needs a full `load`. The state itself stays as it was (the last good build).
    pub fn update(&self, change: &Change) -> Result<Option<SiteState>, Diagnostics> {
        let parts = Parts {
            options: &self.options,
            config: self.config.clone(),
            theme: Arc::clone(&self.theme),
            tera: Arc::clone(&self.tera),
        };
        match change {
            Change::Everything => Ok(None),
            Change::Files { content, statics } => {
                if !statics {
                    return self.reassemble(parts, content);
                }
                let site_dir = &self.options.site_dir;
                let scope = self.config.scope(site_dir);
                let theme = ThemeFiles::load(site_dir, self.config.theme.as_deref(), &scope)?;
                if theme.templates != self.theme.templates {
                    return Ok(None);
                }
                let parts = Parts {
                    theme: Arc::new(theme),
                    ..parts
                };
                self.reassemble(parts, content)
            }
        }
    }

    fn reassemble(
        &self,
        parts: Parts<'_>,
        changed: &HashSet<PathBuf>,
    ) -> Result<Option<SiteState>, Diagnostics> {
        let previous = content::load::Previous {
            files: &self.files,
            pages: self
                .library
                .pages
                .iter()
                .map(|p| (p.source.as_path(), p))
                .collect(),
        };
        let site_dir = &self.options.site_dir;
        let (content, read) = content::load::reload(
            site_dir,
            &self.config,
            self.options.drafts,
            Some(&previous),
            changed,
        )?;
        parts.assemble(content, Some((self, &read))).map(Some)
    }
}
