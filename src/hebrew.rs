//! Hebrew text helpers: dates in Hebrew, alphabetical order, heading ids that keep Hebrew letters.
//! Pure functions; the search analyser has its own, stricter normalisation.

use std::cmp::Ordering;
use std::fmt;

use icu_collator::options::{CollatorOptions, Strength};
use icu_collator::{Collator, CollatorBorrowed};
use unicode_normalization::UnicodeNormalization;

const MONTHS: [&str; 12] = [
    "ינואר",
    "פברואר",
    "מרץ",
    "אפריל",
    "מאי",
    "יוני",
    "יולי",
    "אוגוסט",
    "ספטמבר",
    "אוקטובר",
    "נובמבר",
    "דצמבר",
];

/// A calendar date as written in front matter (`YYYY-MM-DD`), validated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`; `None` for anything else, including impossible days like 2023-02-30.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let date = Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        let valid = (1..=12).contains(&date.month)
            && date.day >= 1
            && date.day <= days_in_month(date.year, date.month);
        valid.then_some(date)
    }

    /// "21 בדצמבר 2021".
    pub fn to_hebrew(self) -> String {
        format!(
            "{} ב{} {}",
            self.day,
            MONTHS[usize::from(self.month - 1)],
            self.year
        )
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Hebrew alphabetical order (ICU collation: final letters sort with their letter).
pub struct HebrewOrder(CollatorBorrowed<'static>);

impl HebrewOrder {
    pub fn new() -> Self {
        let mut options = CollatorOptions::default();
        options.strength = Some(Strength::Tertiary);
        let collator = Collator::try_new(icu_locale_core::locale!("he").into(), options)
            .expect("compiled collation data includes Hebrew");
        HebrewOrder(collator)
    }

    pub fn compare(&self, a: &str, b: &str) -> Ordering {
        self.0.compare(a, b).then_with(|| a.cmp(b))
    }
}

impl Default for HebrewOrder {
    fn default() -> Self {
        Self::new()
    }
}

/// True for Hebrew points and cantillation marks (niqqud, te'amim), which ids and matching ignore.
pub fn is_hebrew_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0591}'
            ..='\u{05BD}'
                | '\u{05BF}'
                | '\u{05C1}'
                | '\u{05C2}'
                | '\u{05C4}'
                | '\u{05C5}'
                | '\u{05C7}'
    )
}

/// A URL fragment for a heading: Hebrew and Latin letters and digits kept (Latin lower-cased),
/// spaces, hyphens and maqaf become `-`, niqqud and other punctuation are dropped.
/// `## 2. מה זה ארגון שדרה?` → `2-מה-זה-ארגון-שדרה`.
pub fn heading_id(text: &str) -> String {
    let mut id = String::with_capacity(text.len());
    for c in text.nfc().filter(|&c| !is_hebrew_mark(c)) {
        if c.is_alphanumeric() {
            id.extend(c.to_lowercase());
        } else if (c.is_whitespace() || c == '-' || c == '\u{05BE}' || c == '_')
            && !id.ends_with('-')
        {
            id.push('-');
        }
    }
    let id = id.trim_matches('-');
    if id.is_empty() {
        "section".to_string()
    } else {
        id.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_dates_in_hebrew() {
        assert_eq!(
            Date::parse("2021-12-21").unwrap().to_hebrew(),
            "21 בדצמבר 2021"
        );
        assert_eq!(
            Date::parse("2024-03-05").unwrap().to_hebrew(),
            "5 במרץ 2024"
        );
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in [
            "2023-02-29",
            "2021-13-01",
            "2021-1-01",
            "21-12-2021",
            "2021-12-32",
            "yesterday",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert!(Date::parse("2024-02-29").is_some());
    }

    #[test]
    fn sorts_final_letters_with_their_letter() {
        let order = HebrewOrder::new();
        // In code-point order every final letter sorts before its letter (ך U+05DA < כ U+05DB).
        let mut words = vec!["תקציב", "ןת", "נא", "ךת", "כא", "בניית אמון", "אמון"];
        words.sort_by(|a, b| order.compare(a, b));
        assert_eq!(
            words,
            vec!["אמון", "בניית אמון", "כא", "ךת", "נא", "ןת", "תקציב"]
        );
    }

    #[test]
    fn heading_ids_keep_hebrew() {
        let cases = [
            ("מה זה ארגון שדרה?", "מה-זה-ארגון-שדרה"),
            ("2. תפקידי ארגון השדרה", "2-תפקידי-ארגון-השדרה"),
            ("Collective Impact: ההתחלה", "collective-impact-ההתחלה"),
            ("שִׁיתּוּף פעולה", "שיתוף-פעולה"),
            ("רב־מגזרי", "רב-מגזרי"),
            ("מנכ״ל", "מנכל"),
            ("!!!", "section"),
        ];
        for (text, id) in cases {
            assert_eq!(heading_id(text), id, "{text}");
        }
    }
}
