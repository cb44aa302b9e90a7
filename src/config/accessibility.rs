//! `[accessibility]` in config.toml: what the accessibility statement at `/accessibility/` says
//! about the organisation (Israeli Equal Rights for Persons with Disabilities regulations,
//! reg. 35: who is responsible, how to reach them, what is not yet accessible, as of when).

use serde::Deserialize;
use toml::Spanned;

use crate::config::CONFIG_FILE;
use crate::diagnostics::{Diagnostic, line_of};
use crate::hebrew::Date;
use crate::t;

/// The level a site of the default theme meets, unless config.toml says otherwise.
const DEFAULT_STANDARD: &str = "ת״י 5568 ברמה AA";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAccessibility {
    organization: Option<String>,
    coordinator: Option<String>,
    phone: Option<String>,
    email: Option<String>,
    last_review: Option<Spanned<toml::Value>>,
    standard: Option<String>,
    #[serde(default)]
    limitations: Vec<String>,
    physical_arrangements: Option<String>,
}

/// What the statement says, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accessibility {
    /// The organisation whose site it is, which makes the statement.
    pub organization: String,
    /// The accessibility coordinator's name.
    pub coordinator: String,
    /// Empty when only `email` is given.
    pub phone: String,
    /// Empty when only `phone` is given.
    pub email: String,
    /// When the site's accessibility was last reviewed.
    pub last_review: Date,
    /// The standard the site is said to meet; ת״י 5568 at level AA when not given.
    pub standard: String,
    /// What is known not to be accessible yet.
    pub limitations: Vec<String>,
    /// Access to the organisation's premises where it serves the public; may be empty.
    pub physical_arrangements: String,
}

/// Validates the `[accessibility]` table of the config whose text is `text`.
pub(super) fn validate(
    raw: RawAccessibility,
    text: &str,
    problems: &mut Vec<Diagnostic>,
) -> Option<Accessibility> {
    let table_line = text
        .find("[accessibility]")
        .map(|offset| line_of(text, offset));
    let filled = |value: Option<String>| value.filter(|v| !v.trim().is_empty());
    let missing = |problems: &mut Vec<Diagnostic>, key: &str, example: &str| {
        problems.push(
            Diagnostic::new(CONFIG_FILE, table_line, t!("statement-needs", key = key))
                .with_hint(t!("statement-needs-hint", key = key, example = example)),
        );
    };
    let organization = filled(raw.organization);
    if organization.is_none() {
        missing(problems, "organization", "\"עמותת ביחד\"");
    }
    let coordinator = filled(raw.coordinator);
    if coordinator.is_none() {
        missing(problems, "coordinator", "\"שם רכזת הנגישות\"");
    }
    let (phone, email) = (filled(raw.phone), filled(raw.email));
    if phone.is_none() && email.is_none() {
        missing(
            problems,
            "email",
            "\"access@example.org\"   # phone = \"03-1234567\"",
        );
    }
    let last_review = match raw.last_review {
        None => {
            missing(problems, "last_review", "2025-01-31");
            None
        }
        Some(value) => {
            let line = line_of(text, value.span().start);
            let text = match value.get_ref() {
                toml::Value::String(text) => text.clone(),
                other => other.to_string(),
            };
            let date = Date::parse(&text);
            if date.is_none() {
                problems.push(
                    Diagnostic::new(
                        CONFIG_FILE,
                        Some(line),
                        t!("last-review-not-date", value = &text),
                    )
                    .with_hint(t!("last-review-not-date-hint")),
                );
            }
            date
        }
    };
    if email.as_deref().is_some_and(|e| !e.contains('@')) {
        problems.push(
            Diagnostic::new(CONFIG_FILE, table_line, t!("statement-email"))
                .with_hint(t!("statement-email-hint")),
        );
    }
    Some(Accessibility {
        organization: organization?,
        coordinator: coordinator?,
        phone: phone.unwrap_or_default(),
        email: email.unwrap_or_default(),
        last_review: last_review?,
        standard: filled(raw.standard).unwrap_or_else(|| DEFAULT_STANDARD.to_string()),
        limitations: raw
            .limitations
            .into_iter()
            .filter(|l| !l.trim().is_empty())
            .collect(),
        physical_arrangements: filled(raw.physical_arrangements).unwrap_or_default(),
    })
}
