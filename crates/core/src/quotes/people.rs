//! The people an article names, found before any quote is attributed.
//!
//! The first full mention of a person ("US Senator John McCain", "Ben Connable, Iraq expert
//! at the RAND Corporation,") defines the name that later surnames and titles ("McCain",
//! "Mr. White") resolve to, and gives the description: the role written before the name,
//! or an aside after it ("…, who formerly served as …,"). Several people may share a
//! surname: a given name ("Bill Clinton"), a gendered title ("Mr. Obama" beside "Michelle
//! Obama") or, for a bare surname, prominence picks one. Headlines and capitalised words
//! glued onto names ("Smith Says Jones", "Notice Jones") name no one. Every mention's
//! position is kept so that a pronoun can find the person named last before it.

use std::collections::{BTreeMap, HashSet};

use super::cues::cue_base;
use super::lexicon::{
    CALENDAR, FEMALE_NAMES, FUNCTION_WORDS, Lexicon, MALE_NAMES, ORG_WORDS, PHRASE_GLUE, PLACE_WORDS,
    PRONOUNS, ROLE_NOUNS, TITLES, has, is_article,
};
use super::phrase::{is_name_particle, is_possessive};
use super::words::{TextTokens, Token, bare_words, ends_sentence};
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
    /// The gender a title or the given name shows: surer than a pronoun's, it tells apart
    /// people with one surname ("Mr. Obama" is not "Michelle Obama").
    titled: Option<Gender>,
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
        const MALE: &Lexicon = &Lexicon::new(&[
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
        ]);
        const FEMALE: &Lexicon = &Lexicon::new(&[
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
        ]);
        Gender::listed(word, MALE, FEMALE)
    }

    /// The gender a common first name shows ("Tom", "Ana"), from a small built-in list.
    pub fn of_first_name(name: &str) -> Option<Gender> {
        Gender::listed(name, MALE_NAMES, FEMALE_NAMES)
    }

    /// The gender of `word` when one of the lists `male` and `female` holds it.
    fn listed(word: &str, male: &Lexicon, female: &Lexicon) -> Option<Gender> {
        if has(male, word) {
            Some(Gender::Male)
        } else if has(female, word) {
            Some(Gender::Female)
        } else {
            None
        }
    }
}

/// The people of one article, every mention in text order, and an index by surname.
#[derive(Clone, Debug, Default)]
pub(crate) struct People {
    persons: Vec<Person>,
    /// Indexes into `persons` by lowercase surname: everyone the article names so (at most
    /// [`NAMESAKES`]), in order of first mention.
    by_surname: BTreeMap<String, Vec<usize>>,
    /// How often each person is named unambiguously: the most prominent of several people
    /// with one surname is the one a bare surname means.
    weight: Vec<usize>,
    /// (byte offset, person index) of each mention of a known person.
    mentions: Vec<(usize, usize)>,
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
        let mut after = toks[self.end..toks.len().min(self.end + GENDER_REACH)].iter();
        self.sure_gender(toks).or_else(|| after.find_map(|t| Gender::of(t.text)))
    }

    /// A title or role before the name, else a known first name ("Ana").
    fn sure_gender(&self, toks: &[Token]) -> Option<Gender> {
        let first_name =
            self.name.first().filter(|_| self.name.len() > 1).and_then(|n| Gender::of_first_name(n));
        self.titled(toks).or(first_name)
    }

    /// The gender a title or role right before the name shows ("Mrs.", "spokesman"); a
    /// pronoun there ("she says Trump …") is about someone else.
    fn titled(&self, toks: &[Token]) -> Option<Gender> {
        let title = |t: &Token| !has(PRONOUN_FORMS, t.text);
        toks[self.start.saturating_sub(2)..self.first]
            .iter()
            .rev()
            .filter(|t| title(t))
            .find_map(|t| Gender::of(t.text))
    }
}

/// How many mentions back a role noun looks for the person it describes.
const LOOK_BACK: usize = 64;

/// How far after a name a pronoun tells its gender, in tokens.
const GENDER_REACH: usize = 15;

/// Longest aside after a name that can describe it, in tokens.
const ASIDE_LEN: usize = 30;

/// The most people one article may name with one surname.
const NAMESAKES: usize = 8;

impl People {
    /// The people named in the paragraphs of `text`, whose tokens `words` holds;
    /// `paragraphs` is how many there are. Title-cased paragraphs (headlines) name no one:
    /// their capitalised runs glue words onto names ("Smith Says Jones"). A name inside one of
    /// the `quoted` spans (in text order) is no mention a pronoun after the quote refers to:
    /// in "“Here comes Big Daddy,” she said", "she" is not Big Daddy.
    pub fn find(text: &str, words: &TextTokens, paragraphs: usize, quoted: &[Span]) -> People {
        let lowercase = lowercase_words(words, paragraphs);
        let runs: Vec<Run> = (0..paragraphs)
            .filter(|&i| !title_cased(words.paragraph(i)))
            .flat_map(|i| runs(words.paragraph(i), i, &lowercase))
            .collect();
        let mut people = People::default();
        // Full names define people; one surname may name several.
        for run in runs.iter().filter(|r| r.name.len() >= 2) {
            let toks = words.paragraph(run.paragraph);
            if people.lookup(&run.name, None).is_none() {
                people.define(&run.name, run.sure_gender(toks));
            }
        }
        // "Mr. Obama" where the article names only "Michelle Obama": someone else, known by surname.
        for run in runs.iter().filter(|r| r.name.len() == 1) {
            let gender = run.titled(words.paragraph(run.paragraph));
            if gender.is_some() && people.lookup(&run.name, gender).is_none() {
                people.define(&run.name, gender);
            }
        }
        // Descriptions and genders are read only around mentions of known people.
        for run in &runs {
            let toks = words.paragraph(run.paragraph);
            let gender = run.titled(toks);
            let Some(index) = people.lookup(&run.name, gender) else { continue };
            let person = &mut people.persons[index];
            if person.description.is_none() {
                person.description = run.description(text, toks);
            }
            if person.gender.is_none() {
                person.gender = run.gender(toks);
            }
            if run.name.len() >= 2 || gender.is_some() {
                people.weight[index] += 1;
            }
            let at = toks[run.first].span.start;
            if !within(quoted, at) {
                people.mentions.push((at, index));
            }
        }
        people
    }

    /// Adds a person named `name`, unless the surname already names [`NAMESAKES`] people.
    fn define(&mut self, name: &[String], gender: Option<Gender>) {
        let namesakes = self.by_surname.entry(surname_key(name)).or_default();
        if namesakes.len() < NAMESAKES {
            namesakes.push(self.persons.len());
            self.persons.push(Person { name: name.join(" "), description: None, gender, titled: gender });
            self.weight.push(0);
        }
    }

    /// The person at `index`.
    pub fn get(&self, index: usize) -> Option<&Person> {
        self.persons.get(index)
    }

    /// The person a phrase naming `name` refers to, of `gender` when a title shows it. A first
    /// name picks the person with that first name; else the most prominent person of that
    /// surname who can be `gender`.
    pub fn lookup(&self, name: &[String], gender: Option<Gender>) -> Option<usize> {
        let namesakes = self.by_surname.get(&surname_key(name))?;
        let given = name_words(name) >= 2;
        let fits = |&&i: &&usize| {
            let person = &self.persons[i];
            let agrees = gender.is_none() || person.titled.is_none() || person.titled == gender;
            agrees && (!given || same_person(&person.name, name))
        };
        // The first of the most weighty: max_by_key would return the last.
        let weighty = |fitting: &mut dyn DoubleEndedIterator<Item = &usize>| {
            fitting.rev().max_by_key(|&&i| self.weight[i]).copied()
        };
        let found = weighty(&mut namesakes.iter().filter(fits));
        // "Republican Trump", "Said Ellis": no given name, so the surname alone counts.
        let no_given = || given && name.first().is_some_and(|g| Gender::of_first_name(g).is_none());
        found.or_else(|| if no_given() { self.lookup(&name[name.len() - 1..], gender) } else { None })
    }

    /// The person mentioned last before byte `at` (among the last [`LOOK_BACK`] mentions)
    /// whose description holds each of `words` ("the senator" → "US Senator John McCain";
    /// "the Republican nominee" is no "Democratic nominee").
    pub fn last_described(&self, at: usize, words: &[&str]) -> Option<usize> {
        let holds = |d: &str| words.iter().all(|w| holds_word(d, w));
        let described = |i: &usize| self.persons[*i].description.as_deref().is_some_and(holds);
        self.recent(at).find(described)
    }

    /// The person mentioned last before byte `at` who can be `gender` (among the last
    /// [`LOOK_BACK`] mentions), or else the person mentioned last.
    pub fn last_before(&self, at: usize, gender: Option<Gender>) -> Option<usize> {
        let agrees = |i: &usize| {
            let person = &self.persons[*i];
            gender.is_none() || person.gender.is_none() || person.gender == gender
        };
        self.recent(at).find(agrees).or_else(|| self.recent(at).next())
    }

    /// The person mentioned last before byte `at` (among the last [`LOOK_BACK`] mentions)
    /// whose title or given name shows `gender`, unless someone of unknown gender was
    /// mentioned since: the owner in "his campaign", where a guess would mislead. (A pronoun
    /// shows no gender here: it may be the very "her" being resolved.)
    pub fn last_known_as(&self, at: usize, gender: Gender) -> Option<usize> {
        let nearest = self.recent(at).find(|&i| self.persons[i].titled.is_none_or(|g| g == gender))?;
        Some(nearest).filter(|&i| self.persons[i].titled == Some(gender))
    }

    /// The people mentioned before byte `at`, last first, among the last [`LOOK_BACK`] mentions.
    fn recent(&self, at: usize) -> impl Iterator<Item = usize> + '_ {
        let i = self.mentions.partition_point(|(pos, _)| *pos < at);
        self.mentions[..i].iter().rev().take(LOOK_BACK).map(|&(_, person)| person)
    }
}

/// True when byte `at` lies inside one of `spans` (in text order, not overlapping).
fn within(spans: &[Span], at: usize) -> bool {
    let after = spans.partition_point(|s| s.start <= at);
    after.checked_sub(1).is_some_and(|i| at < spans[i].end)
}

/// How many words of `name` are not a suffix ("Jr.", "III").
fn name_words(name: &[String]) -> usize {
    name.iter().filter(|w| !has(NAME_SUFFIXES, w)).count()
}

/// True when the full name `known` and the name `name` are one person's: the given name of
/// one is among the words before the surname of the other ("Hillary Clinton", "Hillary
/// Rodham Clinton"; not "Bill Clinton").
fn same_person(known: &str, name: &[String]) -> bool {
    let known: Vec<&str> = known.split(' ').collect();
    let (Some((_, known_given)), Some((_, given))) = (known.split_last(), name.split_last()) else {
        return false;
    };
    let within = |word: &str, words: &[&str]| words.iter().any(|w| w.eq_ignore_ascii_case(word));
    let given: Vec<&str> = given.iter().map(String::as_str).collect();
    known_given.first().is_some_and(|g| within(g, &given))
        || given.first().is_some_and(|g| within(g, known_given))
}

/// Gendered pronouns: before a name they tell nothing of it.
const PRONOUN_FORMS: &Lexicon =
    &Lexicon::new(&["he", "her", "hers", "herself", "him", "himself", "his", "she"]);

/// Words written after a surname that are not the surname ("Joseph Biden Jr.").
const NAME_SUFFIXES: &Lexicon = &Lexicon::new(&["2nd", "3rd", "ii", "iii", "iv", "jr", "sr"]);

/// The lowercase last word of a name before any suffix ("Biden" in "Joseph R. Biden Jr."):
/// the key under which a person is found.
pub(crate) fn surname_key(name: &[String]) -> String {
    let mut words = name.iter().rev();
    let last = words.next();
    let surname = match words.next() {
        Some(before) if last.is_some_and(|w| has(NAME_SUFFIXES, w)) => Some(before),
        _ => last,
    };
    surname.map_or(String::new(), |s| s.to_lowercase())
}

/// True when one of the space-separated words of `description` is `word`, ignoring ASCII
/// case. Splits bytes: a string split would build a char searcher for every word.
pub(crate) fn holds_word(description: &str, word: &str) -> bool {
    description.as_bytes().split(|&b| b == b' ').any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
}

/// The runs of capitalised words of one paragraph that look like people's names.
/// `paragraph` is the paragraph's index; `lowercase` the words the article writes in lowercase.
fn runs<'a>(
    toks: &'a [Token],
    paragraph: usize,
    lowercase: &'a HashSet<&'a str>,
) -> impl Iterator<Item = Run> + 'a {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < toks.len() {
            let start = i;
            let inside = |k: usize| name_word(&toks[k]) && (k == start || !breaks_name(toks[k].text));
            let end = (i..toks.len()).find(|&k| !inside(k)).unwrap_or(toks.len());
            i = end.max(i + 1);
            if let Some(run) = (end > start).then(|| run(toks, paragraph, start, end, lowercase)).flatten() {
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

/// True for a capitalised word that ends a name before it: a function word ("Problem With
/// Hillary") or a speech verb ("Hollande Says").
fn breaks_name(word: &str) -> bool {
    if has(FUNCTION_WORDS, word) {
        return true;
    }
    if !word.ends_with('s') {
        return false;
    }
    let lower = word.to_lowercase();
    cue_base(&lower).is_some_and(|base| base != lower)
}

/// The run `toks[start..end]` of paragraph `paragraph`, when it holds a person's name.
fn run(toks: &[Token], paragraph: usize, start: usize, end: usize, lowercase: &HashSet<&str>) -> Option<Run> {
    let mut opener = (start..end).find(|&k| !has(FUNCTION_WORDS, toks[k].text)).unwrap_or(end);
    // A common word opening a sentence is no given name ("Notice Trump's …", "Neither …").
    let opens_sentence = start == 0 || ends_sentence(toks, start - 1);
    if opens_sentence && opener == start && opener + 1 < end && common(toks[opener].text, lowercase) {
        opener += 1;
    }
    // Titles and roles written before the name: "Senator", "Host" in "Host Ana Ruiz".
    let title = |k: usize| {
        has(TITLES, toks[k].text)
            || (k + 1 < end && (has(ROLE_NOUNS, toks[k].text) || has(AFFILIATIONS, toks[k].text)))
    };
    let first = (opener..end).rev().find(|&k| title(k)).map_or(opener, |k| k + 1);
    let first = after_office(toks, start, first, end);
    // Role words before a given name, not initials ("J. Gerald Hebert") or words the article
    // writes in lowercase too.
    let plain = |t: &Token| !is_initial(t) && !common(t.text, lowercase);
    let first = match given_name_at(&toks[first..end]) {
        Some(i) if role_like(&toks[opener..first + i]) && toks[first..first + i].iter().all(plain) => {
            first + i
        }
        _ => first,
    };
    let words = &toks[first..end];
    // The cheap test first: a run starting with a particle ("de", "al") needs no lookups.
    let person = words.first().is_some_and(Token::is_capitalised)
        && words.iter().all(|t| {
            let bare = t.bare();
            !has(ORG_WORDS, bare)
                && !has(PLACE_WORDS, bare)
                && !has(CALENDAR, t.text)
                && !has(TITLES, t.text)
                && !has(PRONOUNS, t.text)
        });
    if !person {
        return None;
    }
    let name = bare_words(words);
    Some(Run { paragraph, start, opener, first, end, name })
}

/// Where a person's name may start in a capitalised run of more than two words: at its first
/// known given name ("Senate Majority Whip Ana Ruiz" is Ana Ruiz), which may be the first
/// word ("Ana Maria Ruiz"); callers check that the words before it are a role.
pub(crate) fn given_name_at(words: &[Token]) -> Option<usize> {
    if words.len() <= 2 {
        return None;
    }
    (0..words.len() - 1).find(|&i| Gender::of_first_name(words[i].text).is_some())
}

/// True for capitalised words that can be a role written before a name: several words
/// ("Senate Minority Leader"), or a title, role, organisation, name's possessive or acronym
/// ("NBC's"); not one stray word glued on ("Crooked Hillary Clinton", "He's Donald Trump").
pub(crate) fn role_like(words: &[Token]) -> bool {
    let acronym = |t: &Token| t.text.len() > 1 && t.text.chars().all(|c| c.is_uppercase());
    let role = |t: &Token| {
        has(TITLES, t.text)
            || has(ROLE_NOUNS, t.text)
            || has(ORG_WORDS, t.bare())
            || (is_possessive(t) && !has(PRONOUNS, t.bare()))
            || acronym(t)
    };
    words.len() >= 2 || words.iter().any(role)
}

/// True for an initial or initials ("J.", "A.E.").
fn is_initial(t: &Token) -> bool {
    t.text.ends_with('.') && t.text.chars().all(|c| c == '.' || c.is_uppercase())
}

/// Where the name starts in a run that follows an office's "of": "Secretary of State Ana
/// Ruiz" and "Director of National Intelligence James Clapper" name Ruiz and Clapper. The
/// name is the words from a known given name on, else the last two.
fn after_office(toks: &[Token], start: usize, first: usize, end: usize) -> usize {
    let office = |t: &Token| t.is_capitalised() && (has(TITLES, t.text) || has(ROLE_NOUNS, t.text));
    let of = start.checked_sub(2).is_some_and(|k| toks[k + 1].text == "of" && office(&toks[k]));
    if !of || end - first <= 2 {
        return first;
    }
    (first..end).find(|&k| Gender::of_first_name(toks[k].text).is_some()).unwrap_or(end - 2)
}

/// True for a capitalised word the article also writes in lowercase, unless it is a known
/// given name ("Bill", "Mark").
fn common(word: &str, lowercase: &HashSet<&str>) -> bool {
    let lower = word.to_lowercase();
    lowercase.contains(lower.as_str()) && Gender::of_first_name(word).is_none()
}

/// The words of the article's paragraphs written in lowercase that [`common`] may ask
/// about: those sharing first letter and length with a capitalised word that opens a
/// sentence before another one. The filter spares hashing nearly every word of the text.
fn lowercase_words<'t>(words: &TextTokens<'t>, paragraphs: usize) -> HashSet<&'t str> {
    let mut lengths = [0u32; 26];
    let slot = |t: &Token| {
        let first = t.text.as_bytes()[0].to_ascii_lowercase();
        (first.is_ascii_lowercase() && t.text.len() < 32)
            .then(|| (usize::from(first - b'a'), 1u32 << t.text.len()))
    };
    for toks in (0..paragraphs).map(|i| words.paragraph(i)) {
        let opens = |i: usize| i == 0 || ends_sentence(toks, i - 1);
        // ASCII capitals first: quote marks and other punctuation are skipped by one byte test.
        let capital = |t: &Token| {
            let b = t.text.as_bytes()[0];
            b.is_ascii_uppercase() || (b >= 0x80 && t.is_word() && t.is_capitalised())
        };
        let asked = (0..toks.len())
            .filter(|&i| capital(&toks[i]) && toks.get(i + 1).is_some_and(Token::is_capitalised) && opens(i));
        for (letter, bit) in asked.filter_map(|i| slot(&toks[i])) {
            lengths[letter] |= bit;
        }
    }
    let lower = |t: &&Token<'t>| {
        t.text.as_bytes()[0].is_ascii_lowercase()
            && slot(t).is_some_and(|(letter, bit)| lengths[letter] & bit != 0)
    };
    (0..paragraphs).flat_map(|i| words.paragraph(i).iter().filter(lower).map(|t| t.text)).collect()
}

/// True for a title-cased paragraph: a headline, whose capitalised runs are no names. Every
/// word of four letters or more is capitalised, and there are at least four.
fn title_cased(toks: &[Token]) -> bool {
    let long = toks.iter().filter(|t| t.text.len() >= 4 && t.text.starts_with(char::is_alphabetic));
    let (mut count, mut lower) = (0, 0);
    for t in long {
        count += 1;
        lower += usize::from(!t.is_capitalised());
    }
    count >= 4 && lower == 0
}

/// Party and camp words written before a name ("Republican Donald Trump"): its description.
const AFFILIATIONS: &Lexicon = &Lexicon::new(&[
    "conservative",
    "democrat",
    "democratic",
    "gop",
    "independent",
    "liberal",
    "libertarian",
    "republican",
    "rival",
]);

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

/// The appositive right after byte `end` of `text` (whose tokens `words` holds) that
/// describes an organisation
/// (", a watchdog group,"): it opens with an article, ends in a lowercase word and a comma,
/// and stays within one line and [`ASIDE_LEN`] tokens.
pub(crate) fn appositive(text: &str, words: &TextTokens, end: usize) -> Option<String> {
    // Most phrases are followed by no ", a", ", an" or ", the": answered without a lookup.
    let rest = text.get(end..)?.trim_start().strip_prefix(',')?.trim_start();
    if !["a ", "an ", "the "].iter().any(|article| rest.starts_with(article)) {
        return None;
    }
    let toks = words.within(Span::new(end, text.len().min(end.saturating_add(APPOSITIVE_BYTES))));
    if !toks.first()?.is_punct(&[',']) {
        return None;
    }
    let reach = toks.len().min(ASIDE_LEN + 1);
    let close = (1..reach).find(|&k| toks[k].is_punct(&[',', '.', ';', ':', '(', ')']))?;
    let aside = toks.get(1..close).filter(|a| a.len() >= 2 && toks[close].is_punct(&[',']))?;
    let (first, last) = (aside.first()?, aside.last()?);
    let opens = is_article(first.text);
    let span = Span::new(first.span.start, last.span.end);
    // Within one line: a paragraph break ends the aside.
    (opens && last.text.starts_with(char::is_lowercase) && !span.slice(text).contains('\n'))
        .then(|| span.slice(text).to_owned())
}

/// How far after a name an appositive is looked for, in bytes.
const APPOSITIVE_BYTES: usize = 400;

/// An aside right after a name that describes it: ", Iraq expert at the RAND Corporation,",
/// ", who formerly served as …," or " — surgeon and TV star —"; it must close with the mark
/// that opened it and hold a role word.
fn aside_after(text: &str, toks: &[Token], end: usize) -> Option<String> {
    let open = toks.get(end)?;
    let dashed = !open.is_punct(&[',']);
    let marks: &[char] = if dashed { &['—', '–'] } else { &[','] };
    if !open.is_punct(marks) {
        return None;
    }
    let limit = toks.len().min(end + 1 + ASIDE_LEN);
    let close = (end + 1..limit).find(|&k| toks[k].is_punct(&[',', '.', ';', ':', '(', ')', '—', '–']))?;
    let aside = toks.get(end + 1..close).filter(|a| !a.is_empty() && toks[close].is_punct(marks))?;
    let (aside, relative) = match aside.split_first() {
        Some((who, rest)) if who.text == "who" && !rest.is_empty() => (rest, true),
        _ => (aside, false),
    };
    let roleish = |t: &Token| {
        has(ROLE_NOUNS, t.text)
            || has(TITLES, t.text)
            || (t.text.starts_with(char::is_lowercase)
                && t.text.len() > 4
                && !has(PHRASE_GLUE, t.text)
                && ["ist", "er", "or", "ian", "ant", "ent"].iter().any(|s| t.text.ends_with(s)))
    };
    let first = aside.first()?;
    // Between dashes a description opens with an article, a capital or a role ("— a
    // teacher from Ohio —"), not with a verb or a conjunction ("— was posted at the door —").
    if dashed && !(is_article(first.text) || first.is_capitalised() || roleish(first)) {
        return None;
    }
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
            name: "appositive between dashes",
            input: "Ben Connable — Iraq expert at the RAND Corporation — said it will.",
            surname: "Connable",
            expect: Some(("Ben Connable", Some("Iraq expert at the RAND Corporation"))),
        },
        Case {
            name: "an aside with no role word describes no one",
            input: "Tom Reed, for her part, said it.",
            surname: "Reed",
            expect: Some(("Tom Reed", None)),
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
        People::find(text, &words, 1, &[])
    }

    /// The name of person `index`.
    fn name(people: &People, index: Option<usize>) -> Option<&str> {
        index.and_then(|i| people.get(i)).map(|p| p.name.as_str())
    }

    #[test]
    fn people() {
        for case in CASES {
            let people = find(case.input);
            let got = people
                .lookup(&[case.surname.to_owned()], None)
                .and_then(|i| people.get(i))
                .map(|p| (p.name.as_str(), p.description.as_deref()));
            assert_eq!(got, case.expect, "{}", case.name);
        }
    }

    /// The name of the person `phrase` (space-separated words) refers to in `text`, of `gender`.
    fn resolve(text: &str, phrase: &str, gender: Option<Gender>) -> Option<String> {
        let people = find(text);
        let words: Vec<String> = phrase.split(' ').map(str::to_owned).collect();
        name(&people, people.lookup(&words, gender)).map(str::to_owned)
    }

    #[test]
    fn namesakes_stay_apart() {
        let text =
            "Ruth Vance met voters. Her husband, Mr. Vance, spoke. Mr. Vance left, and Mr. Vance came back.";
        assert_eq!(resolve(text, "Vance", Gender::of("mr")).as_deref(), Some("Vance"));
        assert_eq!(resolve(text, "Vance", Gender::of("mrs")).as_deref(), Some("Ruth Vance"));
        // A bare surname means the one named most often.
        assert_eq!(resolve(text, "Vance", None).as_deref(), Some("Vance"));
    }

    #[test]
    fn given_names_pick_the_namesake() {
        let text = "Tom Reed spoke. Ana Reed answered, and Ana Reed left. Thomas Reed Jr. came too.";
        assert_eq!(resolve(text, "Tom Reed", None).as_deref(), Some("Tom Reed"));
        assert_eq!(resolve(text, "Ana Marie Reed", None).as_deref(), Some("Ana Reed"));
        assert_eq!(resolve(text, "Reed", None).as_deref(), Some("Ana Reed"));
        assert_eq!(resolve(text, "Jane Reed", None), None);
        // A word that is no given name is no rival namesake: "Republican Reed" is a Reed.
        assert_eq!(resolve(text, "Republican Reed", None).as_deref(), Some("Ana Reed"));
        // A suffix is no surname.
        assert_eq!(resolve(text, "Thomas Reed Jr.", None).as_deref(), Some("Thomas Reed Jr."));
    }

    #[test]
    fn headlines_and_glued_words_name_no_one() {
        let text = "Paula Marsh Says Victor Hale Will Lose The Vote\n\nSenator Paula Marsh spoke. \
                    Notice Hale's plan, she said, and notice the crowd.";
        let words = TextTokens::new(text, &[Span::new(0, 47), Span::new(49, text.len())]);
        let people = People::find(text, &words, 2, &[]);
        let marsh = people.lookup(&["Marsh".to_owned()], None);
        assert_eq!(name(&people, marsh), Some("Paula Marsh"));
        assert_eq!(people.lookup(&["Hale".to_owned()], None), None);
        assert_eq!(people.lookup(&["Lose".to_owned()], None), None);
    }

    #[test]
    fn cue_verbs_and_function_words_end_names() {
        let text = "Trouble With Nora Quint began when Nora Quint Says Yes was aired.";
        assert_eq!(resolve(text, "Quint", None).as_deref(), Some("Nora Quint"));
    }

    #[test]
    fn a_pronoun_before_a_name_is_not_its_gender() {
        let text = "Then she said Omar Diaz was wrong. Ms. Diaz disagreed.";
        assert_eq!(resolve(text, "Diaz", Gender::of("mr")).as_deref(), Some("Omar Diaz"));
    }

    #[test]
    fn last_described_before() {
        let text = "US Senator Tom Reed met Ana Lee, a lawyer, today. Later the senator spoke.";
        let people = find(text);
        let at = text.find("the senator").unwrap_or_default();
        assert_eq!(name(&people, people.last_described(at, &["senator"])), Some("Tom Reed"));
        assert_eq!(name(&people, people.last_described(at, &["lawyer"])), Some("Ana Lee"));
        assert_eq!(name(&people, people.last_described(at, &["Ohio", "senator"])), None);
    }

    #[test]
    fn last_mention_before() {
        let text = "Ann Lee met Bob Ray. Later Lee spoke.";
        let people = find(text);
        let at = text.find("spoke").unwrap_or_default();
        assert_eq!(name(&people, people.last_before(at, None)), Some("Ann Lee"));
    }

    #[test]
    fn first_names_show_gender() {
        let text = "Ana Ruiz met Tom Reed, and then she left.";
        let people = find(text);
        let at = text.len();
        let he = name(&people, people.last_before(at, Gender::of("he")));
        let she = name(&people, people.last_before(at, Gender::of("she")));
        assert_eq!((he, she), (Some("Tom Reed"), Some("Ana Ruiz")));
    }

    #[test]
    fn pronouns_agree_in_gender() {
        let text = "Mrs. Ann Lee met Bob Ray, who said he was late. Later she spoke.";
        let people = find(text);
        let at = text.find("she spoke").unwrap_or_default();
        let she = name(&people, people.last_before(at, Gender::of("she")));
        let he = name(&people, people.last_before(at, Gender::of("he")));
        assert_eq!((she, he), (Some("Ann Lee"), Some("Bob Ray")));
    }
}
