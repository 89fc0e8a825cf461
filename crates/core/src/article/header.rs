//! The head of an article: headline, byline and date lines before the body.

use super::Article;
use super::debris::is_prose;
use crate::lines::Line;
use crate::span::Span;

/// Fills the title, byline and date of `article` from the first lines of `kept` and returns
/// the index of the first body line.
///
/// A headline is a first line that is not prose, does not end in a full stop or comma and
/// has something after it; the byline and
/// date are short lines right after it, in either order.
pub(super) fn read(text: &str, kept: &[Line], article: &mut Article) -> usize {
    let Some(first) = kept.first() else { return 0 };
    let headline = first.span.slice(text);
    let punctuated = headline.ends_with(['.', ',', ';', ':']);
    if kept.len() < 2 || punctuated || is_prose(headline) || headline.chars().count() > 200 {
        return 0;
    }
    article.title = Some(first.span);
    let mut next = 1;
    for line in &kept[1..kept.len().min(4)] {
        let s = line.span.slice(text);
        let name = byline_name(s).filter(|_| article.byline.is_none());
        if article.date.is_none() && is_date(s) {
            article.date = Some(line.span);
        } else if let Some(name) = name {
            // The name ends the line, so its span is the line's tail.
            article.byline = Some(Span::new(line.span.end - name.len(), line.span.end));
        } else {
            break;
        }
        next += 1;
    }
    next
}

/// The author's name in a byline ("By Jane Doe" gives "Jane Doe"), if `line` is one:
/// two to five capitalised words (name particles allowed), no digits, no final punctuation.
fn byline_name(line: &str) -> Option<&str> {
    const PARTICLES: &[&str] = &["and", "de", "van", "von", "der", "da", "di", "al", "bin", "la", "le", "&"];
    let name = ["By ", "by ", "BY "].iter().find_map(|p| line.strip_prefix(p)).unwrap_or(line).trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase) || PARTICLES.contains(w);
    let ok = (2..=5).contains(&words.len())
        && name.chars().count() <= 60
        && words.iter().all(capitalised)
        && !name.chars().any(|c| c.is_ascii_digit())
        && !super::ends_sentence(name);
    ok.then_some(name)
}

/// True for a line that is a date, possibly with a weekday, a time and a label:
/// "June 12, 2014", "12 June 2014", "Thursday, 12.06.2014 14:30 CET", "Published 2014-06-12".
fn is_date(line: &str) -> bool {
    if line.chars().count() > 60 {
        return false;
    }
    let mut month = false;
    let mut day = false;
    let mut year = false;
    for token in line.split(|c: char| c.is_whitespace() || c == ',' || c == '|').filter(|t| !t.is_empty()) {
        let word = token.trim_end_matches('.').to_ascii_lowercase();
        if is_numeric_date(token) {
            (day, month, year) = (true, true, true);
        } else if MONTHS.iter().any(|m| word == *m || (word.len() >= 3 && m.starts_with(&word))) {
            month = true;
        } else if let Ok(n) = word.trim_end_matches(|c: char| c.is_alphabetic()).parse::<u32>() {
            match n {
                1..=31 if !day => day = true,
                1900..=2100 => year = true,
                _ => return false,
            }
        } else if !is_date_filler(&word, token) {
            return false;
        }
    }
    month && day && year
}

/// Month names, lower case.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// True for "2014-06-12", "12.06.2014" and "06/12/2014".
fn is_numeric_date(token: &str) -> bool {
    let parts: Vec<&str> = token.split(['-', '.', '/']).collect();
    parts.len() == 3
        && parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
        && parts.iter().any(|p| p.len() == 4)
}

/// Words that may stand around a date: weekdays, labels, times and time zones.
fn is_date_filler(word: &str, token: &str) -> bool {
    const WORDS: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "published",
        "updated",
        "posted",
        "date",
        "date:",
        "published:",
        "updated:",
        "on",
        "at",
        "am",
        "pm",
        "a.m",
        "p.m",
        "-",
        "–",
        "—",
        "utc",
        "gmt",
        "cet",
        "cest",
        "et",
        "est",
        "edt",
        "pt",
        "pst",
        "pdt",
        "bst",
    ];
    WORDS.contains(&word) || is_time(token)
}

/// True for "14:30" or "9:05".
fn is_time(token: &str) -> bool {
    let mut parts = token.split(':');
    let (Some(h), Some(m), None) = (parts.next(), parts.next(), parts.next()) else { return false };
    (1..=2).contains(&h.len()) && m.len() == 2 && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::{byline_name, is_date};

    #[test]
    fn dates() {
        for yes in [
            "June 12, 2014",
            "12 June 2014",
            "Jun. 12, 2014",
            "Thursday, 12.06.2014 14:30 CET",
            "Published 2014-06-12",
            "Updated: June 12, 2014 at 9:05 pm",
        ] {
            assert!(is_date(yes), "{yes}");
        }
        for no in [
            "June",
            "Spencer Kimball",
            "In June 2014 the army fled Mosul",
            "12 people died in 2014",
            "May 2014",
        ] {
            assert!(!is_date(no), "{no}");
        }
    }

    #[test]
    fn bylines() {
        assert_eq!(byline_name("Spencer Kimball"), Some("Spencer Kimball"));
        assert_eq!(byline_name("By Jane van der Berg"), Some("Jane van der Berg"));
        assert_eq!(byline_name("Post-American security vacuum"), None);
        assert_eq!(byline_name("Iraq"), None);
        assert_eq!(byline_name("Washington Promises Help."), None);
    }
}
