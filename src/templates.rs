//! Templates: the active theme (the embedded default or `themes/<name>/` in the site), the
//! site's own `templates/` overrides, kb's tera filters, and template errors as diagnostics.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};
use tera::Tera;

use crate::diagnostics::{Diagnostic, Diagnostics, not_utf8};
use crate::hebrew::Date;
use crate::i18n::Text;
use crate::t;
use crate::walk::{Scope, read, relative_name, walk};

static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");
/// `theme = "default"` names the built-in theme, unless the site has a `themes/default/`.
const DEFAULT_THEME_NAME: &str = "default";

/// The files of a theme, or of a site's overrides: templates by name, static files by path.
#[derive(Debug, Default)]
pub struct ThemeFiles {
    /// Template name → (path shown in messages, text).
    pub templates: BTreeMap<String, (PathBuf, String)>,
    /// Output path (relative, forward slashes) → (path shown in messages, bytes).
    pub statics: BTreeMap<String, (PathBuf, Vec<u8>)>,
}

impl ThemeFiles {
    /// The theme named in config (or the embedded default) with the site's `templates/` and
    /// `static/` laid over it.
    pub fn load(
        site_dir: &Path,
        theme: Option<&str>,
        scope: &Scope,
    ) -> Result<ThemeFiles, Diagnostics> {
        let mut files = match theme {
            Some(name)
                if name != DEFAULT_THEME_NAME || site_dir.join("themes").join(name).is_dir() =>
            {
                let dir = site_dir.join("themes").join(name);
                if !dir.is_dir() {
                    return Err(Diagnostic::new(
                        "config.toml",
                        None,
                        t!("theme-missing", name = name),
                    )
                    .with_hint(t!("theme-missing-hint"))
                    .into());
                }
                let mut files = ThemeFiles::default();
                files.read_dir(
                    &dir.join("templates"),
                    Path::new("themes").join(name).join("templates"),
                    Slot::Template,
                    scope,
                )?;
                files.read_dir(
                    &dir.join("static"),
                    Path::new("themes").join(name).join("static"),
                    Slot::Static,
                    scope,
                )?;
                files
            }
            _ => embedded(),
        };
        files.read_dir(
            &site_dir.join("templates"),
            PathBuf::from("templates"),
            Slot::Template,
            scope,
        )?;
        files.read_dir(
            &site_dir.join("static"),
            PathBuf::from("static"),
            Slot::Static,
            scope,
        )?;
        Ok(files)
    }

    /// Reads every file under `dir` into `slot`; `shown` is how messages name `dir`.
    fn read_dir(
        &mut self,
        dir: &Path,
        shown: PathBuf,
        slot: Slot,
        scope: &Scope,
    ) -> Result<(), Diagnostics> {
        if !dir.is_dir() {
            return Ok(());
        }
        let mut problems = Diagnostics::default();
        let shown_path = |path: &Path| shown.join(path.strip_prefix(dir).unwrap_or(path));
        for entry in walk(dir, scope, &shown_path) {
            let entry = match entry {
                Ok(entry) if entry.file_type().is_file() => entry,
                Ok(_) => continue,
                Err(problem) => {
                    problems.push(problem);
                    continue;
                }
            };
            let relative = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            let name = relative_name(relative);
            let shown_path = shown_path(entry.path());
            let bytes = match read(entry.path(), &shown_path, scope) {
                Ok(bytes) => bytes,
                Err(problem) => {
                    problems.push(problem);
                    continue;
                }
            };
            match slot {
                Slot::Static => {
                    self.statics.insert(name, (shown_path, bytes));
                }
                Slot::Template => match String::from_utf8(bytes) {
                    Ok(text) => {
                        self.templates.insert(name, (shown_path, text));
                    }
                    Err(err) => problems.push(not_utf8(&shown_path, &err)),
                },
            }
        }
        problems.into_result()
    }

    /// Compiles the templates once, with kb's filters.
    pub fn compile(&self) -> Result<Tera, Diagnostics> {
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html", ".xml"]);
        tera.set_escape_fn(escape_html);
        tera.register_filter("hebrew_date", hebrew_date);
        tera.register_filter("hebrew_calendar", hebrew_calendar);
        tera.register_function("get_env", public_env);
        tera.register_function("tr", crate::theme_words::tr);
        Diagnostics(self.extends_cycles()).into_result()?;
        let sources: Vec<(&str, &str)> = self
            .templates
            .iter()
            .map(|(name, (_, text))| (name.as_str(), text.as_str()))
            .collect();
        tera.add_raw_templates(sources)
            .map_err(|err| Diagnostics::from(self.error(&err)))?;
        Ok(tera)
    }

    /// Templates that extend themselves, directly or through others (tera would recurse until
    /// the stack overflows): one problem per cycle, on its first template by name.
    fn extends_cycles(&self) -> Vec<Diagnostic> {
        let parent = |name: &str| {
            let (_, text) = self.templates.get(name)?;
            extended(text)
        };
        let mut problems = Vec::new();
        let mut reported: Vec<&str> = Vec::new();
        for (name, (path, text)) in &self.templates {
            let mut chain = vec![name.as_str()];
            while let Some((next, _)) = parent(chain[chain.len() - 1]) {
                let Some(at) = chain.iter().position(|seen| *seen == next) else {
                    chain.push(next);
                    continue;
                };
                let cycle = &chain[at..];
                if at == 0 && !cycle.iter().any(|member| reported.contains(member)) {
                    reported.extend(cycle);
                    let line = extended(text).map(|(_, line)| line);
                    let names: Vec<&str> = cycle.iter().chain([&cycle[0]]).copied().collect();
                    problems.push(
                        Diagnostic::new(
                            path,
                            line,
                            t!("template-cycle", cycle = names.join(" → ")),
                        )
                        .with_hint(t!("template-cycle-hint")),
                    );
                }
                break;
            }
        }
        problems
    }

    /// A tera error as a diagnostic on the template's file and line, naming the variable,
    /// filter or template in question.
    pub fn error(&self, err: &tera::Error) -> Diagnostic {
        let chain = error_chain(err);
        let name = quoted_template(&chain).filter(|name| self.templates.contains_key(name));
        let (path, text) = match &name {
            Some(name) => (
                self.templates[name].0.clone(),
                self.templates[name].1.as_str(),
            ),
            None => (PathBuf::from("templates"), ""),
        };
        let parsed_line = chain
            .split("--> ")
            .nth(1)
            .and_then(|rest| rest.split(':').next())
            .and_then(|n| n.trim().parse().ok());
        let (message, hint, word) = explain(&chain);
        let line = parsed_line.or_else(|| word.and_then(|word| line_naming(text, &word)));
        Diagnostic::new(path, line, message).with_hint(hint)
    }
}

/// What tera's words `chain` mean, what to do, and the name to look for in the template.
fn explain(chain: &str) -> (Text, Text, Option<String>) {
    let named = |prefix: &str, close: char| {
        let rest = &chain[chain.find(prefix)? + prefix.len()..];
        rest.split(close).next().map(str::to_string)
    };
    if let Some(name) = named("Variable `", '`') {
        let hint = t!("template-variable-hint", name = &name);
        return (t!("template-variable", name = &name), hint, Some(name));
    }
    for (prefix, kind) in [
        ("Filter call '", "template-filter-failed"),
        ("Filter '", "template-filter"),
        ("Function '", "template-function"),
        ("Test '", "template-test"),
    ] {
        if let Some(name) = named(prefix, '\'') {
            let message = Text::new(kind, vec![("name", name.as_str().into())]);
            let hint = t!("template-name-hint", name = &name);
            return (message, hint, Some(name));
        }
    }
    if chain.contains("Failed to parse") {
        return (t!("template-syntax"), t!("template-syntax-hint"), None);
    }
    if let Some(name) = chain
        .rsplit("Template '")
        .next()
        .filter(|_| chain.contains("Template '"))
        .and_then(|rest| rest.split('\'').next())
    {
        let name = name.to_string();
        let hint = t!("template-missing-hint", name = &name);
        return (t!("template-missing", name = &name), hint, Some(name));
    }
    (
        t!("template-error", detail = chain.replace('\n', "\n  ")),
        t!("template-error-hint"),
        None,
    )
}

/// The first line of a template that names `word` inside a tag (`{{ ... }}` or `{% ... %}`).
fn line_naming(text: &str, word: &str) -> Option<usize> {
    text.lines()
        .position(|line| line.contains(word) && (line.contains("{{") || line.contains("{%")))
        .map(|index| index + 1)
}

/// The template named by a `{% extends "name" %}` tag, and the tag's line.
fn extended(text: &str) -> Option<(&str, usize)> {
    let mut rest = text;
    while let Some(at) = rest.find("{%") {
        let tag = rest[at + 2..].trim_start_matches('-').trim_start();
        if let Some(after) = tag.strip_prefix("extends") {
            let after = after.trim_start();
            let quote = after.chars().next().filter(|c| matches!(c, '"' | '\''))?;
            let name = after[1..].split(quote).next()?;
            let offset = text.len() - rest.len() + at;
            return Some((name, crate::diagnostics::line_of(text, offset)));
        }
        rest = &rest[at + 2..];
    }
    None
}

enum Slot {
    Template,
    Static,
}

fn embedded() -> ThemeFiles {
    let mut files = ThemeFiles::default();
    let mut stack = vec![&DEFAULT_THEME];
    while let Some(dir) = stack.pop() {
        for file in dir.files() {
            let path = file.path().to_string_lossy().replace('\\', "/");
            if let Some(name) = path.strip_prefix("templates/") {
                let text = String::from_utf8_lossy(file.contents()).into_owned();
                let shown = Path::new("themes/default").join(file.path());
                files.templates.insert(name.to_string(), (shown, text));
            } else if let Some(name) = path.strip_prefix("static/") {
                let shown = Path::new("themes/default").join(file.path());
                files
                    .statics
                    .insert(name.to_string(), (shown, file.contents().to_vec()));
            }
        }
        stack.extend(dir.dirs());
    }
    files
}

/// Escapes what HTML needs escaped, and no more (tera's default also escapes `/`, which makes
/// every URL in an attribute unreadable).
fn escape_html(text: &str) -> String {
    crate::escape::escape_xml(text)
}

fn error_chain(err: &tera::Error) -> String {
    let mut text = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(inner) = source {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        source = inner.source();
    }
    text
}

/// The first `'name'` in a tera message: the template it is about.
fn quoted_template(message: &str) -> Option<String> {
    message.split('\'').nth(1).map(str::to_string)
}

fn hebrew_date(value: &tera::Value, _: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let date = date_argument("hebrew_date", value)?;
    Ok(tera::Value::String(date.to_hebrew()))
}

/// `{{ page.date | hebrew_calendar }}`: `ל׳ באדר א׳ תשפ״ד`.
fn hebrew_calendar(
    value: &tera::Value,
    _: &HashMap<String, tera::Value>,
) -> tera::Result<tera::Value> {
    let date = date_argument("hebrew_calendar", value)?;
    Ok(tera::Value::String(crate::calendar::hebrew_calendar_date(
        date,
    )))
}

fn date_argument(filter: &str, value: &tera::Value) -> tera::Result<Date> {
    let text = value
        .as_str()
        .ok_or_else(|| tera::Error::msg(format!("{filter} expects a YYYY-MM-DD string")))?;
    Date::parse(text)
        .ok_or_else(|| tera::Error::msg(format!("{filter}: `{text}` is not YYYY-MM-DD")))
}

/// The prefix of the only environment variables templates may read: a site is built on machines
/// that hold tokens, and its templates come from many hands.
pub const PUBLIC_ENV_PREFIX: &str = "KB_PUBLIC_";

/// tera's `get_env`, limited to variables named `KB_PUBLIC_*`.
fn public_env(args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let name = args.get("name").and_then(tera::Value::as_str).unwrap_or("");
    if !name.starts_with(PUBLIC_ENV_PREFIX) {
        return Err(tera::Error::msg(format!(
            "get_env reads only variables whose names start with {PUBLIC_ENV_PREFIX} (so no token of the machine that builds the site reaches a page), not `{name}`"
        )));
    }
    match (std::env::var(name), args.get("default")) {
        (Ok(value), _) => Ok(tera::Value::String(value)),
        (Err(_), Some(default)) => Ok(default.clone()),
        (Err(_), None) => Err(tera::Error::msg(format!(
            "the environment variable `{name}` is not set; give get_env a default"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(templates: &[(&str, &str)]) -> ThemeFiles {
        let mut files = ThemeFiles::default();
        for (name, text) in templates {
            files.templates.insert(
                name.to_string(),
                (Path::new("templates").join(name), text.to_string()),
            );
        }
        files
    }

    #[test]
    fn syntax_errors_name_template_and_line() {
        let err = files(&[("page.html", "<p>\n{{ page.title \n</p>")])
            .compile()
            .unwrap_err();
        let d = &err.0[0];
        assert_eq!(d.path, Path::new("templates/page.html"));
        assert_eq!(d.line, Some(3), "{d}");
    }

    #[test]
    fn templates_that_extend_themselves_are_problems() {
        let err = files(&[
            ("base.html", "<p>\n{%- extends 'base.html' %}"),
            ("a.html", "{% extends \"b.html\" %}"),
            ("b.html", "{% extends \"a.html\" %}"),
            ("page.html", "{% extends \"a.html\" %}"),
            ("ok.html", "{% extends \"missing.html\" %}"),
        ])
        .compile()
        .unwrap_err();
        let found: Vec<String> = err
            .0
            .iter()
            .map(|d| format!("{}:{:?} {}", d.path.display(), d.line, d.message))
            .collect();
        assert_eq!(
            found,
            [
                "templates/a.html:Some(1) this template extends itself: a.html → b.html → a.html",
                "templates/base.html:Some(2) this template extends itself: base.html → base.html",
            ]
        );
    }

    #[test]
    fn the_default_theme_is_embedded() {
        let theme = embedded();
        assert!(theme.templates.contains_key("base.html"));
        assert!(theme.statics.contains_key("kb/style.css"));
    }

    #[test]
    fn filter_formats_hebrew_dates() {
        let mut tera = files(&[("d.html", "{{ d | hebrew_date }}")])
            .compile()
            .unwrap();
        tera.register_filter("hebrew_date", hebrew_date);
        tera.register_filter("hebrew_calendar", hebrew_calendar);
        tera.register_function("get_env", public_env);
        tera.register_function("tr", crate::theme_words::tr);
        let mut context = tera::Context::new();
        context.insert("d", "2021-12-21");
        assert_eq!(tera.render("d.html", &context).unwrap(), "21 בדצמבר 2021");
    }
}
