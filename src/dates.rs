//! Dates as each language of a site writes them on its pages: `21 בדצמבר 2021`,
//! `21 ديسمبر 2021`, `21 December 2021`.

use crate::hebrew::Date;

/// The Gregorian months as Arabic writes them (CLDR's `ar` names, used across the Levant's
/// press beside the Syriac ones).
const ARABIC_MONTHS: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    /// The date as the pages of `language` show it; Hebrew for a language kb has no words for
    /// (the default language of a site is Hebrew unless it says otherwise).
    pub fn written_in(self, language: &str) -> String {
        let month = usize::from(self.month - 1);
        match language.split('-').next().unwrap_or(language) {
            "ar" => format!("{} {} {}", self.day, ARABIC_MONTHS[month], self.year),
            "en" => format!("{} {} {}", self.day, ENGLISH_MONTHS[month], self.year),
            _ => self.to_hebrew(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_its_months() {
        let date = Date::parse("2021-12-21").unwrap();
        assert_eq!(date.written_in("he"), "21 בדצמבר 2021");
        assert_eq!(date.written_in("ar"), "21 ديسمبر 2021");
        assert_eq!(date.written_in("en-GB"), "21 December 2021");
    }
}
