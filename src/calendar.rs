//! The Hebrew calendar: a Gregorian date as the Hebrew date the sector's events, funding years
//! and reports also run on ("ל׳ באדר א׳ תשפ״ד"), with ICU4X's calendar arithmetic (leap years,
//! month lengths) and Hebrew numerals written by their rules (geresh and gershayim, ט״ו and ט״ז
//! for 15 and 16).

use icu_calendar::Date as IcuDate;
use icu_calendar::cal::Hebrew;

use crate::hebrew::Date;

/// The months from Tishrei in a common year; a leap year has Adar I and Adar II in Adar's place.
const MONTHS: [&str; 12] = [
    "תשרי",
    "חשוון",
    "כסלו",
    "טבת",
    "שבט",
    "אדר",
    "ניסן",
    "אייר",
    "סיוון",
    "תמוז",
    "אב",
    "אלול",
];

/// The name of the month `ordinal` (1 = Tishrei) of a common or a leap year.
fn month_name(ordinal: usize, leap: bool) -> &'static str {
    match (leap, ordinal) {
        (true, 6) => "אדר א׳",
        (true, 7) => "אדר ב׳",
        (true, n) if n > 7 => MONTHS[n - 2],
        (_, n) => MONTHS.get(n.wrapping_sub(1)).copied().unwrap_or_default(),
    }
}

/// `date` in the Hebrew calendar: day, month with ב, year without its thousands
/// (`2024-03-10` → `ל׳ באדר א׳ תשפ״ד`).
pub fn hebrew_calendar_date(date: Date) -> String {
    let Ok(iso) = IcuDate::try_new_iso(i32::from(date.year), date.month, date.day) else {
        return String::new();
    };
    let hebrew = iso.to_calendar(Hebrew::new());
    let month = month_name(
        usize::from(hebrew.month().ordinal),
        hebrew.is_in_leap_year(),
    );
    let year = hebrew.era_year().year.rem_euclid(1000) as u32;
    format!(
        "{} ב{} {}",
        hebrew_numeral(u32::from(hebrew.day_of_month().0)),
        month,
        hebrew_numeral(year)
    )
}

/// `n` (1–999) in Hebrew letters: ת repeated for hundreds past 400, ט״ו and ט״ז for 15 and 16
/// (never the letters of the Name), a geresh after a single letter, gershayim before the last.
pub fn hebrew_numeral(n: u32) -> String {
    const ONES: [char; 9] = ['א', 'ב', 'ג', 'ד', 'ה', 'ו', 'ז', 'ח', 'ט'];
    const TENS: [char; 9] = ['י', 'כ', 'ל', 'מ', 'נ', 'ס', 'ע', 'פ', 'צ'];
    const HUNDREDS: [char; 4] = ['ק', 'ר', 'ש', 'ת'];
    let mut letters = Vec::new();
    let mut hundreds = n / 100;
    while hundreds > 0 {
        let take = hundreds.min(4);
        letters.push(HUNDREDS[take as usize - 1]);
        hundreds -= take;
    }
    match n % 100 {
        15 => letters.extend(['ט', 'ו']),
        16 => letters.extend(['ט', 'ז']),
        rest => {
            if rest >= 10 {
                letters.push(TENS[(rest / 10) as usize - 1]);
            }
            if rest % 10 > 0 {
                letters.push(ONES[(rest % 10) as usize - 1]);
            }
        }
    }
    let mut text: String = letters.iter().collect();
    match letters.len() {
        0 => {}
        1 => text.push('׳'),
        _ => {
            let last = text.pop().unwrap_or_default();
            text.push('״');
            text.push(last);
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates_across_years() {
        let cases = [
            ("2024-03-10", "ל׳ באדר א׳ תשפ״ד"),
            ("2024-03-24", "י״ד באדר ב׳ תשפ״ד"),
            ("2023-09-16", "א׳ בתשרי תשפ״ד"),
            ("2024-04-23", "ט״ו בניסן תשפ״ד"),
            ("2025-10-07", "ט״ו בתשרי תשפ״ו"),
            ("2022-03-17", "י״ד באדר ב׳ תשפ״ב"),
            ("2021-02-26", "י״ד באדר תשפ״א"),
            ("2024-12-26", "כ״ה בכסלו תשפ״ה"),
            ("2020-01-01", "ד׳ בטבת תש״פ"),
            ("2019-05-09", "ד׳ באייר תשע״ט"),
            ("2000-01-01", "כ״ג בטבת תש״ס"),
        ];
        for (date, hebrew) in cases {
            assert_eq!(
                hebrew_calendar_date(Date::parse(date).unwrap()),
                hebrew,
                "{date}"
            );
        }
    }

    #[test]
    fn numerals_follow_their_rules() {
        let cases = [
            (1, "א׳"),
            (10, "י׳"),
            (11, "י״א"),
            (15, "ט״ו"),
            (16, "ט״ז"),
            (30, "ל׳"),
            (784, "תשפ״ד"),
            (780, "תש״פ"),
            (900, "תת״ק"),
            (115, "קט״ו"),
        ];
        for (n, text) in cases {
            assert_eq!(hebrew_numeral(n), text, "{n}");
        }
    }
}
