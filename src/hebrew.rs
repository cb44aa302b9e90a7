//! Hebrew text helpers: dates in Hebrew, alphabetical order, heading ids that keep Hebrew letters,
//! the invisible controls that reorder mixed Hebrew and English text. Pure functions; the search
//! analyser has its own, stricter normalisation.

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
    /// Four digits.
    pub year: u16,
    /// 1 to 12.
    pub month: u8,
    /// 1 to the month's last day.
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
    /// The collator, loaded from data compiled into kb.
    pub fn new() -> Self {
        let mut options = CollatorOptions::default();
        options.strength = Some(Strength::Tertiary);
        let collator = Collator::try_new(icu_locale_core::locale!("he").into(), options)
            .expect("compiled collation data includes Hebrew");
        HebrewOrder(collator)
    }

    /// The alphabetical order of another language of the site (`ar`, `en`), for its tag names;
    /// Hebrew's for a code ICU4X cannot read.
    pub fn for_language(code: &str) -> Self {
        let mut options = CollatorOptions::default();
        options.strength = Some(Strength::Tertiary);
        let locale: Option<icu_locale_core::Locale> = code.parse().ok();
        match locale.and_then(|l| Collator::try_new(l.into(), options).ok()) {
            Some(collator) => HebrewOrder(collator),
            None => HebrewOrder::new(),
        }
    }

    /// Orders `a` and `b` alphabetically; strings that collate equal fall back to byte order, so
    /// the order is total.
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

/// A readable Latin slug for a Hebrew title, so shared links stay legible:
/// `מיפוי שותפים` → `mifui-shutfim`. Without niqqud the vowels are guessed (ו reads `u`, י
/// reads `i`, a final ה reads `a`); Latin letters and digits are kept, everything else
/// separates words. Empty when the title has nothing to spell.
pub fn slug_of(title: &str) -> String {
    const MAX_LEN: usize = 60;
    let chars: Vec<char> = title.nfc().filter(|&c| !is_hebrew_mark(c)).collect();
    let is_letter = |at: Option<&char>| at.is_some_and(|&c| ('\u{05D0}'..='\u{05EA}').contains(&c));
    let mut slug = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let word_start = i == 0 || !is_letter(chars.get(i - 1));
        let next = chars.get(i + 1).copied();
        let word_end = !is_letter(next.as_ref());
        let geresh = matches!(next, Some('\u{05F3}' | '\''));
        let (latin, used) = match c {
            'ג' if geresh => ("j", 2),
            'ז' if geresh => ("zh", 2),
            'צ' | 'ץ' if geresh => ("ch", 2),
            'ו' if next == Some('ו') => ("v", 2),
            'י' if next == Some('י') => ("iy", 2),
            'א' | 'ע' => ("a", 1),
            'ב' if word_start => ("b", 1),
            'ב' => ("v", 1),
            'ג' => ("g", 1),
            'ד' => ("d", 1),
            'ה' if word_end && !word_start => ("a", 1),
            'ה' | 'ח' => ("h", 1),
            'ו' if word_start => ("v", 1),
            'ו' => ("u", 1),
            'ז' => ("z", 1),
            'ט' | 'ת' => ("t", 1),
            'י' if word_start => ("y", 1),
            'י' => ("i", 1),
            'כ' | 'ק' => ("k", 1),
            'ך' => ("ch", 1),
            'ל' => ("l", 1),
            'מ' | 'ם' => ("m", 1),
            'נ' | 'ן' => ("n", 1),
            'ס' => ("s", 1),
            'פ' if word_start => ("p", 1),
            'פ' | 'ף' => ("f", 1),
            'צ' | 'ץ' => ("tz", 1),
            'ר' => ("r", 1),
            'ש' => ("sh", 1),
            // Gershayim and apostrophes inside a word (מנכ״ל, ג'ז) spell nothing.
            '\u{05F4}' | '"' | '\u{05F3}' | '\'' => ("", 1),
            c if c.is_ascii_alphanumeric() => {
                slug.push(c.to_ascii_lowercase());
                i += 1;
                continue;
            }
            _ => ("-", 1),
        };
        if latin != "-" || !(slug.is_empty() || slug.ends_with('-')) {
            slug.push_str(latin);
        }
        i += used;
    }
    let mut slug = slug.trim_matches('-').to_string();
    if slug.len() > MAX_LEN {
        let cut = slug[..MAX_LEN].rfind('-').unwrap_or(MAX_LEN);
        slug.truncate(cut);
    }
    slug
}

/// The date `days` days after 1970-01-01 (Howard Hinnant's civil-from-days).
pub fn date_of_day(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    Date { year, month, day }
}

/// The invisible characters that reorder text (embeddings, overrides, isolates: U+202A–U+202E,
/// U+2066–U+2069). Unlike the marks U+200E/U+200F they open a state that lasts until closed, so
/// one left open in a title turns the rest of `<title>` (the site's name) around, and in a file
/// name it makes the name shown differ from the name written.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` without [`is_bidi_control`] characters: titles and summaries go into `<title>`, meta
/// tags and feeds, where no element can isolate them.
pub fn without_bidi_controls(text: String) -> String {
    if text.chars().any(is_bidi_control) {
        text.chars().filter(|c| !is_bidi_control(*c)).collect()
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reordering_controls_are_taken_out_and_marks_kept() {
        assert_eq!(
            without_bidi_controls("\u{202e}כותרת\u{2067} abc\u{200f}".to_string()),
            "כותרת abc\u{200f}"
        );
    }

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
    fn slugs_spell_hebrew_titles_in_latin_letters() {
        let cases = [
            ("מיפוי שותפים", "mifui-shutfim"),
            ("הצהרת נגישות", "htzhrt-ngishut"),
            ("מי אנחנו?", "mi-anhnu"),
            ("בניית אמון", "bniyt-amun"),
            (
                "9 דברים שכדאי לדעת על קואליציה",
                "9-dvrim-shkdai-ldat-al-kualitzia",
            ),
            ("ג׳וינט ישראל ו-JDC", "jvint-yshral-v-jdc"),
            ("שִׁיתּוּף פעולה: מנכ״ל", "shituf-paula-mnkl"),
            ("Collective Impact בעברית", "collective-impact-bavrit"),
            ("!!!", ""),
        ];
        for (title, slug) in cases {
            assert_eq!(slug_of(title), slug, "{title}");
        }
        let long = slug_of(&"מדידה משותפת ".repeat(10));
        assert!(long.len() <= 60 && !long.ends_with('-'), "{long}");
    }

    #[test]
    fn days_count_from_1970() {
        assert_eq!(date_of_day(0).to_string(), "1970-01-01");
        assert_eq!(date_of_day(19_723).to_string(), "2024-01-01");
        assert_eq!(date_of_day(19_782).to_string(), "2024-02-29");
        assert_eq!(date_of_day(20_454).to_string(), "2026-01-01");
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
