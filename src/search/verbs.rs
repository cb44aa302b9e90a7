//! Verb forms from a dictionary form, without a dictionary: the twin of `conjugations` in
//! `search.js`, which searches them at query time; `tests/search_vectors.tsv` holds the cases
//! both must pass.
//!
//! The dictionary form of a Hebrew verb is its past, third person masculine singular (ביצע,
//! החליט, פעל). Its shape tells the common binyan patterns apart: three letters פעל (with the
//! roots ending in ה and starting with י), two letters ע״ו (קם, בא), four letters with י second
//! פיעל, נ first נפעל, ה first and י before the last הפעיל, הת (or the swapped הצט, השת) התפעל.
//! A word that fits a pattern by accident gets forms that find nothing, or rank as a reading
//! below the word itself and its inflections.

use super::analyser::single_vav_yod;

const PAST: [&str; 6] = ["ה", "ו", "תי", "ת", "נו", "תמ"];
const PRESENT: [&str; 5] = ["", "ה", "ת", "ימ", "ות"];

/// Every head followed by every body.
fn each(heads: &[&str], bodies: &[&str]) -> Vec<String> {
    heads
        .iter()
        .flat_map(|h| bodies.iter().map(move |b| format!("{h}{b}")))
        .collect()
}

/// The future in the third person masculine (יבצע, יבצעו): the other persons would cost a cold
/// query the index shards of three more letters (א ת נ) for the few pages they add.
fn future(body: &str, ends: &[&str]) -> Vec<String> {
    each(
        &["י"],
        &each(&[body], ends)
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    )
}

/// The forms of a verb whose root ends in ה (עשה, ניסה, התגלה): past stem, present stem, future
/// body and infinitive stem, each without the ה.
fn final_he(past: &str, present: &str, body: &str, infinitive: &str) -> Vec<String> {
    let mut out = each(&[past], &["תה", "ו", "יתי", "ית", "ינו"]);
    out.extend(each(&[present], &["ה", "ימ", "ות", "ית"]));
    out.extend(future(body, &["ה", "ו"]));
    out.push(format!("ל{infinitive}ות"));
    out
}

/// The regular forms: the past from the dictionary form, the present stem, the future body and
/// the infinitive.
fn regular(q: &str, present: &str, body: &str, infinitive: String) -> Vec<String> {
    let mut out = each(&[q], &PAST);
    out.extend(each(&[present], &PRESENT));
    out.extend(future(body, &["", "ו", "י"]));
    out.push(infinitive);
    out
}

/// The tenses, persons and infinitive of a verb from its dictionary form, in matching form,
/// without the form itself; none for a word that fits no pattern.
pub fn conjugations(q: &str) -> Vec<String> {
    let cs: Vec<char> = q.chars().collect();
    let n = cs.len();
    if !q.starts_with(|c| ('\u{05D0}'..='\u{05EA}').contains(&c)) || !(2..=6).contains(&n) {
        return Vec::new();
    }
    let text = |range: std::ops::Range<usize>| -> String { cs[range].iter().collect() };
    let last = cs[n - 1];
    let he = last == 'ה';
    let mut out = Vec::new();
    if n >= 5 && cs[0] == 'ה' && (cs[1] == 'ת' || matches!(cs[2], 'ט' | 'ת')) {
        // התפעל, הצטרך
        let (body, base) = (text(1..n), text(1..n - 1));
        out.extend(match he {
            true => final_he(
                &format!("ה{base}"),
                &format!("מ{base}"),
                &base,
                &format!("ה{base}"),
            ),
            false => regular(q, &format!("מ{body}"), &body, format!("ל{q}")),
        });
    }
    if (n == 4 || n == 5) && cs[0] == 'ה' && cs[n - 2] == 'י' {
        // הפעיל, הגיע
        let body = text(1..n);
        let root = format!("{}{last}", text(1..n - 2));
        out.extend(each(&[q], &["ה", "ו"]));
        out.extend(each(&[&format!("ה{root}")], &["תי", "ת", "נו", "תמ"]));
        out.extend(each(&[&format!("מ{body}")], &PRESENT));
        out.extend(future(&body, &["", "ו", "י"]));
        out.push(format!("לה{body}"));
    }
    if n == 4 && cs[1] == 'י' {
        // פיעל, ניסה
        let root = format!("{}{}", cs[0], text(2..n));
        let base = format!("{}{}", cs[0], text(2..n - 1));
        out.extend(match he {
            true => final_he(&text(0..n - 1), &format!("מ{base}"), &base, &base),
            false => regular(q, &format!("מ{root}"), &root, format!("ל{root}")),
        });
    }
    if n == 4 && cs[0] == 'נ' {
        // נפעל, נראה
        let (body, base) = (text(1..n), text(1..n - 1));
        if he {
            out.extend(final_he(
                &text(0..n - 1),
                &text(0..n - 1),
                &format!("י{base}"),
                &format!("הי{base}"),
            ));
        } else {
            out.extend(each(&[q], &[&PAST[..], &["ימ", "ות"]].concat()));
            out.extend(future(&format!("י{body}"), &["", "ו"]));
            out.extend(future(&body, &["", "ו"]));
            out.push(format!("להי{body}"));
            out.push(format!("לה{body}"));
        }
    }
    if n == 3 {
        // פעל, עשה, ידע
        let (a, b) = (cs[0], cs[1]);
        if he {
            let ab = format!("{a}{b}");
            out.extend(final_he(&ab, &format!("{a}ו{b}"), &ab, &ab));
        } else {
            let infinitive = format!("ל{a}{b}ו{last}");
            out.extend(regular(q, &format!("{a}ו{b}{last}"), q, infinitive));
            out.extend(future(&format!("{a}{b}ו{last}"), &[""]));
            if a == 'י' {
                out.extend(future(&format!("{b}{last}"), &["", "ו"]));
                out.push(format!("ל{b}{last}ת"));
            }
        }
    }
    if n == 2 {
        // קם, בא
        let (a, b) = (cs[0], last);
        out.extend(each(&[q], &[&PAST[..], &["ימ", "ות"]].concat()));
        out.extend(future(&format!("{a}ו{b}"), &["", "ו"]));
        out.extend(future(&format!("{a}י{b}"), &["", "ו"]));
        out.push(format!("ל{a}ו{b}"));
        out.push(format!("ל{a}י{b}"));
    }
    let mut seen = std::collections::HashSet::new();
    out.into_iter()
        .map(single_vav_yod)
        .filter(|f| f != q && seen.insert(f.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conjugates_by_the_shape_of_the_dictionary_form() {
        let has = |q: &str, forms: &[&str]| {
            let got = conjugations(q);
            for f in forms {
                assert!(got.iter().any(|g| g == f), "{q}: {f} not in {got:?}");
            }
        };
        has("ביצע", &["לבצע", "מבצעימ", "ביצעתי", "יבצעו"]);
        has("החליט", &["מחליטימ", "החלטנו", "להחליט", "יחליט"]);
        has("פעל", &["פועלת", "לפעול", "יפעל"]);
        has("עשה", &["עושימ", "לעשות", "עשתה", "יעשו"]);
        has("התגלה", &["מתגלה", "להתגלות", "התגליתי"]);
        has("נראה", &["נראימ", "להיראות", "יראה"]);
        has("ידע", &["יודעת", "לדעת", "ידעו"]);
        has("קמ", &["קמתי", "יקומ", "לקומ"]);
        assert!(conjugations("ארגונימ").is_empty());
        assert!(conjugations("crm").is_empty());
    }
}
