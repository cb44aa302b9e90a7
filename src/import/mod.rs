//! `kb import wordpress EXPORT.xml SITE_DIR`: a WordPress export becomes a complete kb site.
//! Read (`wxr`), decide every place (`map`, `plan`, `menu`), convert bodies in parallel
//! (`html`, `wordpress_html`, `links`), then write: every path checked by `output::check_path`
//! inside SITE_DIR before the first file is written, so a hostile export writes nothing
//! elsewhere, and a broken one writes nothing at all.

pub mod files;
pub mod html;
pub mod links;
pub mod map;
pub mod markup;
pub mod menu;
pub mod plan;
pub mod report;
pub mod wordpress_html;
pub mod wxr;

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use anyhow::Context;
use rayon::prelude::*;

use crate::diagnostics::{CommandError, Diagnostic, Diagnostics};
use crate::i18n::{Lang, Text};
use crate::import::map::{MAP_FILE, Map};
use crate::import::plan::Plan;
use crate::import::report::{Entry, REPORT_FILE, Report};
use crate::import::wordpress_html::{Attachment, Attachments};
use crate::import::wxr::Export;
use crate::t;

/// The `.gitignore` of a new site, as `kb init` writes it: the built site stays out of git.
const GITIGNORE: &str = include_str!("../../init/site/.gitignore");

/// What to import, and where.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// The export file (Tools → Export in WordPress).
    pub export: PathBuf,
    /// The new site's folder: new or empty.
    pub site_dir: PathBuf,
    /// The site's `wp-content/uploads` folder, to copy images from.
    pub uploads: Option<PathBuf>,
    /// An edited `import.toml` to apply.
    pub map: Option<PathBuf>,
    /// Import drafts, pending, private and scheduled posts (as `draft = true`).
    pub drafts: bool,
    /// The language of the report (`--lang`, `KB_LANG`); else the export's own.
    pub lang: Option<Lang>,
}

/// The export's attachments, for galleries.
struct Files {
    by_id: HashMap<u64, Attachment>,
    by_parent: HashMap<u64, Vec<u64>>,
}

/// The attachments of one post.
struct PostFiles<'a> {
    files: &'a Files,
    post: u64,
}

impl Attachments for PostFiles<'_> {
    fn by_id(&self, id: u64) -> Option<&Attachment> {
        self.files.by_id.get(&id)
    }

    fn of_post(&self) -> Vec<&Attachment> {
        let ids = self.files.by_parent.get(&self.post);
        ids.into_iter()
            .flatten()
            .filter_map(|id| self.files.by_id.get(id))
            .collect()
    }
}

impl Files {
    fn of(export: &Export) -> Files {
        let mut files = Files {
            by_id: HashMap::new(),
            by_parent: HashMap::new(),
        };
        let mut attachments: Vec<_> = export
            .items
            .iter()
            .filter(|item| item.post_type == "attachment")
            .collect();
        attachments.sort_by_key(|item| (item.menu_order, item.id));
        for item in attachments {
            let url = if item.attachment_url.is_empty() {
                &item.guid
            } else {
                &item.attachment_url
            };
            files.by_id.insert(
                item.id,
                Attachment {
                    url: url.clone(),
                    alt: item
                        .meta("_wp_attachment_image_alt")
                        .unwrap_or("")
                        .to_string(),
                    caption: markup::plain_text(&item.excerpt),
                },
            );
            files
                .by_parent
                .entry(item.parent)
                .or_default()
                .push(item.id);
        }
        files
    }
}

/// What a file of the new site holds: text made here, or a file copied from `--uploads`.
enum Source {
    Text(String),
    Copy(PathBuf),
}

/// One post converted: its file's text and what its body needed.
struct Done {
    text: String,
    copied: BTreeSet<String>,
    entries: Vec<Entry>,
    embeds: usize,
}

/// Imports the export into a new site; returns the report (also written into the site).
pub fn wordpress(options: &ImportOptions) -> Result<Report, CommandError> {
    crate::init::refuse_non_empty(&options.site_dir, "kb import wordpress EXPORT.xml")?;
    let export_path = options.export.as_path();
    let bytes = std::fs::read(export_path)
        .with_context(|| format!("cannot read {}", export_path.display()))?;
    let text =
        String::from_utf8(bytes).map_err(|err| crate::diagnostics::not_utf8(export_path, &err))?;
    let export = wxr::parse(&text).map_err(|err| {
        Diagnostic::new(export_path, Some(err.line), err.message)
            .with_hint(t!("import-export-hint"))
    })?;
    let map = match &options.map {
        Some(path) => Map::load(path)?,
        None => Map::default_for(&export),
    };
    let lang = options
        .lang
        .unwrap_or_else(|| Lang::of_code(&files::language(&export)));
    let mut plan = plan::plan(&export, &map, options.drafts);
    menu::main_menu(&export, &mut plan);
    let done = convert_all(&export, &plan, options, lang);
    let uploads = options.uploads.as_deref();
    let (files, report) = assemble(&export, &map, &plan, done, uploads, lang);
    write(&options.site_dir, &files)?;
    Ok(report)
}

fn convert_all(export: &Export, plan: &Plan, options: &ImportOptions, lang: Lang) -> Vec<Done> {
    let attachments = Files::of(export);
    let authors: HashMap<&str, &str> = export
        .authors
        .iter()
        .map(|(login, name)| (login.as_str(), name.as_str()))
        .collect();
    let host = plan::path_of(&export.link);
    let site = export.link.trim_end_matches('/');
    let site = site
        .strip_suffix(host.trim_end_matches('/'))
        .unwrap_or(site);
    let host = site.split_once("://").map_or(site, |(_, rest)| rest);
    let untitled = t!("import-untitled").render(lang);
    plan.posts
        .par_iter()
        .map(|post| {
            let item = &export.items[post.index];
            let mut resolver = links::Resolver {
                plan,
                site,
                host,
                uploads: options.uploads.as_deref(),
                copied: BTreeSet::new(),
                missing: Vec::new(),
                drafts_linked: Vec::new(),
                anchors_dropped: Vec::new(),
            };
            let files = PostFiles {
                files: &attachments,
                post: item.id,
            };
            let body = html::convert(&item.content, item.meta("footnotes"), &files, &mut resolver);
            let author = authors
                .get(item.creator.as_str())
                .copied()
                .or(Some(item.creator.as_str()))
                .filter(|a| !a.is_empty());
            let entry = |what: Text| Entry {
                title: markup::decode_entities(&item.title),
                id: item.id,
                what,
            };
            let featured: Vec<String> = item
                .meta("_thumbnail_id")
                .and_then(|id| id.trim().parse().ok())
                .map(|id| {
                    attachments
                        .by_id
                        .get(&id)
                        .map_or_else(|| format!("#{id}"), |a| a.url.clone())
                })
                .into_iter()
                .collect();
            let notes = [
                ("import-featured-image", &featured),
                ("import-kept", &body.kept),
                ("import-missing-file", &resolver.missing),
                ("import-link-to-draft", &resolver.drafts_linked),
                ("import-anchor-dropped", &resolver.anchors_dropped),
            ];
            let entries = notes
                .into_iter()
                .flat_map(|(id, found)| found.iter().map(move |what| (id, what)))
                .map(|(id, what)| entry(Text::new(id, vec![("what", what.into())])))
                .collect();
            Done {
                text: files::page(item, post, author, &body.markdown, &untitled),
                copied: resolver.copied,
                entries,
                embeds: body.embeds.len(),
            }
        })
        .collect()
}

/// Every text file of the new site with its path, and the report.
fn assemble(
    export: &Export,
    map: &Map,
    plan: &Plan,
    done: Vec<Done>,
    uploads: Option<&Path>,
    lang: Lang,
) -> (Vec<(String, Source)>, Report) {
    let mut report = Report {
        lang,
        types: map
            .types
            .iter()
            .map(|(key, names)| {
                let count = plan
                    .posts
                    .iter()
                    .filter(|p| p.type_key.as_ref() == Some(key))
                    .count();
                (key.clone(), names.plural.clone(), count)
            })
            .filter(|(key, _, count)| *count > 0 || key == "articles")
            .collect(),
        pages: plan.posts.iter().filter(|p| p.type_key.is_none()).count(),
        drafts: plan.posts.iter().filter(|p| p.draft).count(),
        tags: plan.tags.len(),
        menu: (!plan.menu_name.is_empty()).then(|| (plan.menu_name.clone(), plan.menu.len())),
        other_menus: plan.other_menus.clone(),
        aliases: plan.posts.iter().map(|p| p.aliases.len()).sum(),
        comments: export.items.iter().map(|i| i.comments).sum(),
        ..Report::default()
    };
    let mut files: Vec<(String, Source)> = vec![
        (
            "config.toml".into(),
            Source::Text(files::config(export, map, plan)),
        ),
        (MAP_FILE.into(), Source::Text(map.to_toml())),
        (".gitignore".into(), Source::Text(GITIGNORE.into())),
    ];
    let mut copied = BTreeSet::new();
    for (post, done) in plan.posts.iter().zip(done) {
        files.push((
            format!("content/{}", post.link_key),
            Source::Text(done.text),
        ));
        copied.extend(done.copied);
        report.entries.extend(done.entries);
        report.embeds += done.embeds;
    }
    for skipped in &plan.skipped {
        let item = &export.items[skipped.index];
        // Attachments and menu entries are not posts: they are counted where they went.
        if matches!(item.post_type.as_str(), "attachment" | "nav_menu_item") {
            continue;
        }
        report.entries.push(Entry {
            title: markup::decode_entities(&item.title),
            id: item.id,
            what: Text::new(
                skipped.reason,
                vec![("type", item.post_type.clone().into())],
            ),
        });
    }
    for (index, path, why) in &plan.aliases_dropped {
        let item = &export.items[*index];
        report.entries.push(Entry {
            title: markup::decode_entities(&item.title),
            id: item.id,
            what: Text::new(why, vec![("path", path.clone().into())]),
        });
    }
    for (title, id) in &plan.menu_skipped {
        report.entries.push(Entry {
            title: title.clone(),
            id: *id,
            what: t!("import-menu-entry-skipped"),
        });
    }
    report.copied = copied.len();
    if let Some(uploads) = uploads {
        files.extend(copied.into_iter().map(|relative| {
            let (source, target) = links::copy_paths(uploads, &relative);
            (target, Source::Copy(source))
        }));
    }
    files.push((REPORT_FILE.into(), Source::Text(report.render())));
    (files, report)
}

/// Checks every path, then writes the files.
fn write(site_dir: &Path, files: &[(String, Source)]) -> Result<(), CommandError> {
    let mut problems = Diagnostics::default();
    for (path, _) in files {
        if let Err(bad) = crate::output::check_path(path) {
            problems.push(
                Diagnostic::new(path.as_str(), None, bad.message()).with_hint(t!("path-hint")),
            );
        }
    }
    problems.into_result()?;
    for (path, source) in files {
        let target = site_dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create the folder {}", parent.display()))?;
        }
        match source {
            Source::Text(text) => std::fs::write(&target, text)
                .with_context(|| format!("cannot write {}", target.display()))?,
            Source::Copy(from) => {
                std::fs::copy(from, &target).with_context(|| {
                    format!("cannot copy {} to {}", from.display(), target.display())
                })?;
            }
        }
    }
    Ok(())
}
