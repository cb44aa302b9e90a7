//! Building a site in several languages: one [`SiteState`] per language (its config from
//! `[languages.<code>]`, its content the translations `x.<code>.md`), linked by their
//! [`Translations`], each written into its language's folder (`/ar/`).

use std::sync::Arc;

use crate::diagnostics::Diagnostics;
use crate::output::{OutputFile, Sink};
use crate::site::{BuildError, BuildOptions, SiteState, Summary};
use crate::translations::Translations;

/// Loads the other languages of `main`'s site (nothing for a site in one language), and gives
/// every state, `main` too, the map of translations between them.
pub fn load_others(main: &mut SiteState) -> Result<Vec<SiteState>, Diagnostics> {
    if !main.config.is_multilingual() {
        return Ok(Vec::new());
    }
    let mut problems = Diagnostics::default();
    let mut others = Vec::new();
    for language in &main.config.languages {
        let config = main.config.for_language(language);
        match main.for_language(config) {
            Ok(state) => others.push(state),
            Err(found) => problems.extend(found.0),
        }
    }
    problems.finish().into_result()?;
    let translations = {
        let states = std::iter::once(&*main).chain(&others);
        Arc::new(Translations::of(states.map(|state| {
            let renderer = state.renderer();
            let paths = renderer.jobs().into_iter().map(|job| renderer.path(job));
            (&state.config, paths.collect())
        })))
    };
    for state in std::iter::once(main).chain(&mut others) {
        state.translations = Arc::clone(&translations);
    }
    Ok(others)
}

/// A sink that writes the files of another language into its folder: `ar/articles/x/...`.
pub struct Folder<'a> {
    /// `ar/`.
    prefix: String,
    inner: &'a mut dyn Sink,
}

impl<'a> Folder<'a> {
    /// The folder of the language `config` builds.
    pub fn of(config: &crate::config::Config, inner: &'a mut dyn Sink) -> Folder<'a> {
        Folder {
            prefix: format!("{}/", config.language),
            inner,
        }
    }
}

impl Sink for Folder<'_> {
    fn accept(&mut self, files: Vec<OutputFile>) -> anyhow::Result<()> {
        let files = files
            .into_iter()
            .map(|file| OutputFile {
                path: format!("{}{}", self.prefix, file.path),
                bytes: file.bytes,
            })
            .collect();
        self.inner.accept(files)
    }
}

/// Loads and renders the site, in each of its languages, into `sink`.
pub fn build_into(options: &BuildOptions, sink: &mut dyn Sink) -> Result<Summary, BuildError> {
    let mut state = SiteState::load(options)?;
    let others = load_others(&mut state)?;
    let mut summary = state.render(sink)?;
    for other in &others {
        summary.add(other.render(&mut Folder::of(&other.config, sink))?);
    }
    Ok(summary)
}
