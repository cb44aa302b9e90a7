//! The import report: what became what, and every thing not converted (kept as text, left out,
//! missing) with its post's title and id, in the author's language from the catalogue. Written
//! to the new site as `import-report.txt` and printed.

use crate::i18n::{Lang, Text};
use crate::t;

/// The file the report is written to in the new site.
pub const REPORT_FILE: &str = "import-report.txt";

/// One thing about one export item: its title, id and what happened to it.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The post's title (or the menu entry's).
    pub title: String,
    /// `wp:post_id`.
    pub id: u64,
    /// What happened.
    pub what: Text,
}

/// What an import did.
#[derive(Debug, Default)]
pub struct Report {
    /// The language it is written in.
    pub lang: Lang,
    /// (type key, plural name, items) in config order.
    pub types: Vec<(String, String, usize)>,
    /// Pages (`content/<slug>.md`).
    pub pages: usize,
    /// Items and pages imported as drafts.
    pub drafts: usize,
    /// Tags in the vocabulary.
    pub tags: usize,
    /// The WordPress menu that became the main menu, and its entries.
    pub menu: Option<(String, usize)>,
    /// The other WordPress menus, not imported.
    pub other_menus: Vec<String>,
    /// Old addresses kept as aliases.
    pub aliases: usize,
    /// Files copied from `--uploads`.
    pub copied: usize,
    /// Video embeds that became kb video lines.
    pub embeds: usize,
    /// Comments, counted and not imported.
    pub comments: usize,
    /// Everything not converted, in export order.
    pub entries: Vec<Entry>,
}

impl Report {
    /// The report as text in its language.
    pub fn render(&self) -> String {
        let lang = self.lang;
        let mut lines = vec![t!("import-report-title").render(lang), String::new()];
        let mut counts: Vec<Text> = self
            .types
            .iter()
            .map(|(key, plural, count)| {
                t!("summary-type", key = key, plural = plural, count = *count)
            })
            .collect();
        counts.push(t!("count-standalone", count = self.pages));
        lines.push(t!("import-report-items", counts = counts, drafts = self.drafts).render(lang));
        lines.push(t!("import-report-tags", count = self.tags).render(lang));
        if let Some((name, entries)) = &self.menu {
            lines.push(t!("import-report-menu", name = name, count = *entries).render(lang));
        }
        if !self.other_menus.is_empty() {
            let names = self.other_menus.join(", ");
            lines.push(t!("import-report-other-menus", names = names).render(lang));
        }
        lines.push(t!("import-report-aliases", count = self.aliases).render(lang));
        lines.push(t!("import-report-files", count = self.copied).render(lang));
        lines.push(t!("import-report-embeds", count = self.embeds).render(lang));
        lines.push(t!("import-report-comments", count = self.comments).render(lang));
        if !self.entries.is_empty() {
            lines.push(String::new());
            lines.push(t!("import-report-not-converted", count = self.entries.len()).render(lang));
            for entry in &self.entries {
                let line = t!(
                    "import-report-entry",
                    title = &entry.title,
                    id = entry.id.to_string(),
                    what = entry.what.clone()
                );
                lines.push(format!("  - {}", line.render(lang)));
            }
        }
        lines.push(String::new());
        lines.join("\n")
    }
}
