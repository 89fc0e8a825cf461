//! The people an article names, found before any quote is attributed.
//!
//! The first full mention of a person ("US Senator John McCain", "Ben Connable, Iraq expert
//! at the RAND Corporation,") defines the name that later surnames and titles ("McCain",
//! "Mr. White") resolve to, and gives the description: the role written before the name,
//! or an aside after it ("…, who formerly served as …,"). Every mention's position is kept
//! so that a pronoun can find the person named last before it.

use std::collections::BTreeMap;

use super::lexicon::{
    CALENDAR, FEMALE_NAMES, FUNCTION_WORDS, MALE_NAMES, ORG_WORDS, PHRASE_GLUE, PRONOUNS, ROLE_NOUNS, TITLES,
    has,
};
use super::phrase::is_name_particle;
use super::words::{TextTokens, Token};
use crate::span::Span;

/// What the article says about one person.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Person {
    /// The full name at its first mention ("John McCain").
    pub name: String,
    /// The role and affiliation the article gives ("US Senator"), when it gives one.
    pub description: Option<String>,
    /// Grammatical gender, when a title, a role or a pronoun right after the name shows it.
    pub gender: Option<Gender>,
}

/// The gender a pronoun must agree with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    /// he, him, his; Mr., spokesman.
    Male,
    /// she, her; Mrs., Ms., spokeswoman.
    Female,
}

impl Gender {
    /// The gender a word shows: a pronoun, a title or a gendered role noun.
    pub fn of(word: &str) -> Option<Gender> {
        const MALE: &[&str] = &[
            "businessman",
            "chairman",
            "congressman",
            "councilman",
            "he",
            "him",
            "himself",
            "his",
            "king",
            "mr",
            "prince",
            "spokesman",
        ];
        const FEMALE: &[&str] = &[
            "businesswoman",
            "chairwoman",
            "congresswoman",
            "councilwoman",
            "her",
            "hers",
            "herself",
            "miss",
            "mrs",
            "ms",
            "queen",
            "she",
            "spokeswoman",
        ];
        Gender::listed(word, MALE, FEMALE)
    }

    /// The gender a common first name shows ("Tom", "Ana"), from a small built-in list.
    pub fn of_first_name(name: &str) -> Option<Gender> {
        Gender::listed(name, MALE_NAMES, FEMALE_NAMES)
    }

    /// The gender of `word` when one of the lists `male` and `female` holds it.
    fn listed(word: &str, male: &[&str], female: &[&str]) -> Option<Gender> {
        if has(male, word) {
            Some(Gender::Male)
        } else if has(female, word) {
            Some(Gender::Female)
        } else {
            None
        }
    }
}

/// The people of one article: by lowercase surname, and every mention in text order.
#[derive(Clone, Debug, Default)]
pub(crate) struct People {
    by_surname: BTreeMap<String, Person>,
    /// (byte offset, lowercase surname) of each mention of a known person.
    mentions: Vec<(usize, String)>,
}

/// A run of capitalised words in the text: a possible name.
struct Run {
    /// Index of the paragraph whose tokens the indexes below refer to.
    paragraph: usize,
    /// Token indexes: where the run starts, where it starts after openers ("But"), where the
    /// name starts after titles, and where the run ends.
    start: usize,
    opener: usize,
    first: usize,
    end: usize,
    /// The name's words, after titles and openers.
    name: Vec<String>,
}

impl Run {
    /// The role before the name or the aside after it that describes the person.
    fn description(&self, text: &str, toks: &[Token]) -> Option<String> {
        role_before(text, toks, self.opener, self.first).or_else(|| aside_after(text, toks, self.end))
    }

    /// A title or role before the name, else a known first name ("Ana"), else the first
    /// gendered pronoun shortly after it.
    fn gender(&self, toks: &[Token]) -> Option<Gender> {
        let before = toks[self.start.saturating_sub(2)..self.first].iter().rev();
        let mut after = toks[self.end..toks.len().min(self.end + GENDER_REACH)].iter();
        let first_name =
            self.name.first().filter(|_| self.name.len() > 1).and_then(|n| Gender::of_first_name(n));
        before
            .clone()
            .find_map(|t| Gender::of(t.text))
            .or(first_name)
            .or_else(|| after.find_map(|t| Gender::of(t.text)))
    }
}

/// How many mentions back a role noun looks for the person it describes.
const LOOK_BACK: usize = 64;

/// How far after a name a pronoun tells its gender, in tokens.
const GENDER_REACH: usize = 15;

/// Longest aside after a name that can describe it, in tokens.
const ASIDE_LEN: usize = 30;

impl People {
    /// The people named in the paragraphs of `text`, whose tokens `words` holds;
    /// `paragraphs` is how many there are.
    pub fn find(text: &str, words: &TextTokens, paragraphs: usize) -> People {
        let runs: Vec<Run> = (0..paragraphs).flat_map(|i| runs(words.paragraph(i), i)).collect();
        let mut people = People::default();
        for run in runs.iter().filter(|r| r.name.len() >= 2) {
            let name = run.name.join(" ");
            people.by_surname.entry(surname_key(&run.name)).or_insert(Person {
                name,
                description: None,
                gender: None,
            });
        }
        // Descriptions and genders are read only around mentions of known people.
        for run in &runs {
            let key = surname_key(&run.name);
            if let Some(person) = people.by_surname.get_mut(&key) {
                let toks = words.paragraph(run.paragraph);
                if person.description.is_none() {
                    person.description = run.description(text, toks);
                }
                if person.gender.is_none() {
                    person.gender = run.gender(toks);
                }
                people.mentions.push((toks[run.first].span.start, key));
            }
        }
        people
    }

    /// The person whose surname is the last word of `name`, if the article names one.
    pub fn by_name(&self, name: &[String]) -> Option<&Person> {
        self.by_surname.get(&surname_key(name))
    }

    /// The person mentioned last before byte `at` (among the last [`LOOK_BACK`] mentions)
    /// whose description holds the word `head` ("the senator" → "US Senator John McCain").
    pub fn last_described(&self, at: usize, head: &str) -> Option<&Person> {
        let i = self.mentions.partition_point(|(pos, _)| *pos < at);
        let recent = self.mentions[..i].iter().rev().take(LOOK_BACK);
        let described = |p: &&Person| p.description.as_deref().is_some_and(|d| holds_word(d, head));
        recent.filter_map(|(_, key)| self.by_surname.get(key)).find(described)
    }

    /// The person mentioned last before byte `at` who can be `gender` (among the last
    /// [`LOOK_BACK`] mentions), or else the person mentioned last.
    pub fn last_before(&self, at: usize, gender: Option<Gender>) -> Option<&Person> {
        let i = self.mentions.partition_point(|(pos, _)| *pos < at);
        let mut recent =
            self.mentions[..i].iter().rev().take(LOOK_BACK).filter_map(|(_, k)| self.by_surname.get(k));
        let last = self.mentions[..i].last().and_then(|(_, k)| self.by_surname.get(k));
        let agrees = |p: &&Person| gender.is_none() || p.gender.is_none() || p.gender == gender;
        recent.find(agrees).or(last)
    }
}

/// The lowercase last word of a name: the key under which a person is found.
pub(crate) fn surname_key(name: &[String]) -> String {
    name.last().map_or(String::new(), |s| s.to_lowercase())
}

/// True when one of the space-separated words of `description` is `word`, ignoring ASCII
/// case. Splits bytes: a string split would build a char searcher for every word.
pub(crate) fn holds_word(description: &str, word: &str) -> bool {
    description.as_bytes().split(|&b| b == b' ').any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
}

/// The runs of capitalised words of one paragraph that look like people's names.
/// `paragraph` is the paragraph's index.
fn runs<'a>(toks: &'a [Token], paragraph: usize) -> impl Iterator<Item = Run> + 'a {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < toks.len() {
            let start = i;
            let end = (i..toks.len()).find(|&k| !name_word(&toks[k])).unwrap_or(toks.len());
            i = end.max(i + 1);
            if let Some(run) = (end > start).then(|| run(toks, paragraph, start, end)).flatten() {
                return Some(run);
            }
        }
        None
    })
}

/// True for a word that can be part of a name or of the title before it.
fn name_word(t: &Token) -> bool {
    t.is_word() && (t.is_capitalised() || is_name_particle(t.text))
}

/// The run `toks[start..end]` of paragraph `paragraph`, when it holds a person's name.
fn run(toks: &[Token], paragraph: usize, start: usize, end: usize) -> Option<Run> {
    let opener = (start..end).find(|&k| !has(FUNCTION_WORDS, toks[k].text)).unwrap_or(end);
    // Titles and roles written before the name: "Senator", "Host" in "Host Ana Ruiz".
    let title = |k: usize| has(TITLES, toks[k].text) || (k + 1 < end && has(ROLE_NOUNS, toks[k].text));
    let first = (opener..end).rev().find(|&k| title(k)).map_or(opener, |k| k + 1);
    let words = &toks[first..end];
    // The cheap test first: a run starting with a particle ("de", "al") needs no lookups.
    let person = words.first().is_some_and(Token::is_capitalised)
        && words.iter().all(|t| {
            !has(ORG_WORDS, t.bare())
                && !has(CALENDAR, t.text)
                && !has(TITLES, t.text)
                && !has(PRONOUNS, t.text)
        });
    if !person {
        return None;
    }
    let name = words.iter().map(|t| t.bare().to_owned()).collect();
    Some(Run { paragraph, start, opener, first, end, name })
}

/// The role written before a name: capitalised words and role nouns ("State Department spokeswoman").
fn role_before(text: &str, toks: &[Token], opener: usize, first: usize) -> Option<String> {
    let role = |t: &Token| t.is_word() && (has(ROLE_NOUNS, t.text) || has(TITLES, t.text));
    let start = if first > opener {
        opener
    } else {
        let from = (0..first)
            .rev()
            .find(|&k| !(role(&toks[k]) || (toks[k].is_capitalised() && !has(FUNCTION_WORDS, toks[k].text))));
        let from = from.map_or(0, |k| k + 1);
        if !(from..first).any(|k| role(&toks[k])) {
            return None;
        }
        from
    };
    (start < first)
        .then(|| Span::new(toks[start].span.start, toks[first - 1].span.end).slice(text).to_owned())
}

/// An aside right after a name that describes it: ", Iraq expert at the RAND Corporation," or
/// ", who formerly served as …,"; it must close with a comma and hold a role word.
fn aside_after(text: &str, toks: &[Token], end: usize) -> Option<String> {
    if !toks.get(end)?.is_punct(&[',']) {
        return None;
    }
    let limit = toks.len().min(end + 1 + ASIDE_LEN);
    let close = (end + 1..limit).find(|&k| toks[k].is_punct(&[',', '.', ';', ':', '(', ')']))?;
    let aside = toks.get(end + 1..close).filter(|a| !a.is_empty() && toks[close].is_punct(&[',']))?;
    let (aside, relative) = match aside.split_first() {
        Some((who, rest)) if who.text == "who" && !rest.is_empty() => (rest, true),
        _ => (aside, false),
    };
    let roleish = |t: &Token| {
        has(ROLE_NOUNS, t.text)
            || has(TITLES, t.text)
            || (t.text.starts_with(char::is_lowercase)
                && !has(PHRASE_GLUE, t.text)
                && ["ist", "er", "or", "ian", "ant", "ent"].iter().any(|s| t.text.ends_with(s)))
    };
    let first = aside.first()?;
    let describes = relative
        || (aside.iter().any(roleish) && !first.is_capitalised()
            || aside.len() > 1 && aside.iter().any(roleish));
    let last = aside.last()?;
    describes.then(|| Span::new(first.span.start, last.span.end).slice(text).to_owned())
}

#[cfg(test)]
mod tests {
    use super::{Gender, People};
    use crate::quotes::words::TextTokens;
    use crate::span::Span;

    struct Case {
        name: &'static str,
        input: &'static str,
        surname: &'static str,
        expect: Option<(&'static str, Option<&'static str>)>,
    }

    const CASES: &[Case] = &[
        Case {
            name: "role before name",
            input: "It said so, according to State Department spokeswoman Jen Psaki. Psaki left.",
            surname: "Psaki",
            expect: Some(("Jen Psaki", Some("State Department spokeswoman"))),
        },
        Case {
            name: "title in the run",
            input: "US Senator John McCain on Tuesday suggested it.",
            surname: "McCain",
            expect: Some(("John McCain", Some("US Senator"))),
        },
        Case {
            name: "appositive",
            input: "According to Ben Connable, Iraq expert at the RAND Corporation, it will.",
            surname: "Connable",
            expect: Some(("Ben Connable", Some("Iraq expert at the RAND Corporation"))),
        },
        Case {
            name: "relative clause on a later surname",
            input: "But according to Wayne White, the man left. White, who formerly served as the top analyst, said so.",
            surname: "White",
            expect: Some(("Wayne White", Some("formerly served as the top analyst"))),
        },
        Case {
            name: "organisation is no person",
            input: "The State Department said it.",
            surname: "Department",
            expect: None,
        },
        Case {
            name: "sentence opener",
            input: "But Maria Lopez came.",
            surname: "Lopez",
            expect: Some(("Maria Lopez", None)),
        },
    ];

    /// The people of `text`, read as one paragraph.
    fn find(text: &str) -> People {
        let words = TextTokens::new(text, &[Span::new(0, text.len())]);
        People::find(text, &words, 1)
    }

    #[test]
    fn people() {
        for case in CASES {
            let people = find(case.input);
            let got = people
                .by_name(&[case.surname.to_owned()])
                .map(|p| (p.name.as_str(), p.description.as_deref()));
            assert_eq!(got, case.expect, "{}", case.name);
        }
    }

    #[test]
    fn last_described_before() {
        let text = "US Senator Tom Reed met Ana Lee, a lawyer, today. Later the senator spoke.";
        let people = find(text);
        let at = text.find("the senator").unwrap_or_default();
        assert_eq!(people.last_described(at, "senator").map(|p| p.name.as_str()), Some("Tom Reed"));
        assert_eq!(people.last_described(at, "lawyer").map(|p| p.name.as_str()), Some("Ana Lee"));
    }

    #[test]
    fn last_mention_before() {
        let text = "Ann Lee met Bob Ray. Later Lee spoke.";
        let people = find(text);
        let at = text.find("spoke").unwrap_or_default();
        assert_eq!(people.last_before(at, None).map(|p| p.name.as_str()), Some("Ann Lee"));
    }

    #[test]
    fn first_names_show_gender() {
        let text = "Ana Ruiz met Tom Reed, and then she left.";
        let people = find(text);
        let at = text.len();
        let he = people.last_before(at, Gender::of("he")).map(|p| p.name.as_str());
        let she = people.last_before(at, Gender::of("she")).map(|p| p.name.as_str());
        assert_eq!((he, she), (Some("Tom Reed"), Some("Ana Ruiz")));
    }

    #[test]
    fn pronouns_agree_in_gender() {
        let text = "Mrs. Ann Lee met Bob Ray, who said he was late. Later she spoke.";
        let people = find(text);
        let at = text.find("she spoke").unwrap_or_default();
        let she = people.last_before(at, Gender::of("she")).map(|p| p.name.as_str());
        let he = people.last_before(at, Gender::of("he")).map(|p| p.name.as_str());
        assert_eq!((she, he), (Some("Ann Lee"), Some("Bob Ray")));
    }
}
