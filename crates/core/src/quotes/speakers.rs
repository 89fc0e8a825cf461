//! The speakers of an article: who a speaker phrase refers to, merged across mentions.
//!
//! A phrase resolves in one of three ways. A name ("Psaki", "US Senator John McCain")
//! resolves by surname, given name and title to the person the article names in full
//! (an organisation takes its appositive as description). A nominal ("the senator",
//! "the spokeswoman") resolves to the latest speaker whose description holds its head noun
//! and capitalised modifiers, or speaks for itself ("officials", "the newspaper", "52
//! percent of voters"); one a possessive pronoun owns is named after its owner ("his
//! campaign" is "Tom Reed's campaign"). A pronoun resolves to the person named last before
//! it. Each speaker is listed once, with every other form as an alias.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::lexicon::{
    DETERMINERS, FUNCTION_WORDS, GROUP_NOUNS, Lexicon, ORG_WORDS, PLACE_WORDS, PRONOUNS, QUANTIFIERS,
    ROLE_NOUNS, SAYING_NOUNS, TITLES, has,
};
use super::people::{Gender, People, appositive, given_name_at, holds_word, role_like, surname_key};
use super::phrase::{is_name_particle, is_owner_pronoun, is_possessive, is_share};
use super::words::{TextTokens, Token, bare_words};

/// Someone quoted in the article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// The canonical name: the person's full name, or the organisation's or group's name.
    pub name: String,
    /// Other forms the article uses for the speaker ("Psaki", "the spokeswoman").
    pub aliases: Vec<String>,
    /// What kind of speaker it is.
    pub kind: SpeakerKind,
    /// Role and affiliation as the article gives them ("US Senator"); empty when it gives none.
    pub description: String,
}

/// Kinds of speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    /// A named person.
    Person,
    /// An organisation ("The State Department", "the newspaper").
    Organisation,
    /// An unnamed group of people ("officials", "experts").
    Group,
    /// Someone unnamed ("a source").
    Unknown,
}

/// How a phrase was resolved, for the quote's reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Via {
    /// The phrase names the speaker.
    Name,
    /// A pronoun, resolved to the last person named.
    Pronoun,
}

/// How many recent speakers a pronoun or a nominal ("the senator") may refer back to.
const RECENT: usize = 32;

/// The most aliases kept for one speaker.
const MAX_ALIASES: usize = 16;

/// The longest alias kept, in bytes: a long nominal ("the former secretary of state and …")
/// is kept when it fits.
const MAX_ALIAS_LEN: usize = 80;

/// Offices: a phrase they head ("the Vermont senator") names a person's role, not an
/// organisation.
const OFFICES: &Lexicon = &Lexicon::new(&[
    "billionaire",
    "businessman",
    "businesswoman",
    "candidate",
    "congressman",
    "congresswoman",
    "governor",
    "lawmaker",
    "mogul",
    "nominee",
    "senator",
]);

/// Nominal heads that are organisations rather than people.
const ORG_HEADS: &Lexicon = &Lexicon::new(&[
    "agency",
    "campaign",
    "company",
    "department",
    "government",
    "magazine",
    "ministry",
    "newspaper",
    "office",
    "paper",
    "report",
    "statement",
    "study",
]);

/// Words of capitalised labels that open a paragraph like a transcript tag but name no one.
const LABELS: &Lexicon = &Lexicon::new(&[
    "alert",
    "breaking",
    "byline",
    "clarification",
    "correction",
    "editor's",
    "email",
    "exclusive",
    "live",
    "look",
    "note",
    "photo",
    "photos",
    "previously",
    "read",
    "update",
    "updated",
    "video",
    "watch",
]);

/// The speakers found so far, and the people they can refer to.
pub(crate) struct Registry<'p> {
    people: &'p People,
    /// The article's words, where an organisation's appositive is read.
    words: &'p TextTokens<'p>,
    speakers: Vec<Speaker>,
    /// Speaker indexes by key: `p:` + lowercase surname for people, `n:` + lowercase name else.
    by_key: BTreeMap<String, usize>,
    /// The last [`RECENT`] speakers attributed, most recent last.
    recent: Vec<usize>,
}

impl<'p> Registry<'p> {
    /// An empty registry over the article's `people` and its `words`.
    pub fn new(people: &'p People, words: &'p TextTokens<'p>) -> Registry<'p> {
        Registry { people, words, speakers: Vec::new(), by_key: BTreeMap::new(), recent: Vec::new() }
    }

    /// The speakers, in order of first attribution.
    pub fn into_speakers(self) -> Vec<Speaker> {
        self.speakers
    }

    /// The speaker at `index`.
    pub fn get(&self, index: usize) -> Option<&Speaker> {
        self.speakers.get(index)
    }

    /// Marks `index` as the speaker attributed last.
    pub fn touch(&mut self, index: usize) {
        self.recent.retain(|&i| i != index);
        self.recent.push(index);
        if self.recent.len() > RECENT {
            self.recent.remove(0);
        }
    }

    /// The speaker `phrase` (tokens of `text`) refers to; `at` is the phrase's byte offset.
    pub fn resolve(&mut self, text: &str, phrase: &[Token], at: usize) -> Option<(usize, Via)> {
        let phrase = said_by(phrase);
        let surface = surface(text, phrase);
        // "Romney's" (in "Romney's comment") speaks as "Romney".
        let surface = match phrase.last().is_some_and(Token::is_owner) {
            true => surface.strip_suffix("'s").or_else(|| surface.strip_suffix("’s")).unwrap_or(surface),
            false => surface,
        };
        let resolved = match phrase {
            [one] if has(PRONOUNS, one.text) => self.pronoun(one.text, at).map(|i| (i, Via::Pronoun)),
            // "31% of Democrats", "four in 10 Ohio voters": a share of a group is a group.
            _ if is_share(phrase) => {
                Some((self.keyed(surface, surface, SpeakerKind::Group, String::new()), Via::Name))
            }
            // "his campaign" is the campaign of someone named before.
            [owner, rest @ ..]
                if is_owner_pronoun(owner.text) && !rest.is_empty() && !rest.iter().any(proper) =>
            {
                Some((self.owned(owner.text, rest, surface, at), Via::Name))
            }
            _ if phrase.iter().any(proper) && !office(phrase) && serving(phrase).is_none() => {
                let after = phrase.last().map_or(text.len(), |t| t.span.end);
                Some((self.named(phrase, surface, appositive(text, self.words, after)), Via::Name))
            }
            _ => Some((self.nominal(phrase, surface, at), Via::Name)),
        };
        if let Some((index, _)) = resolved {
            self.touch(index);
        }
        resolved
    }

    /// The person a transcript tag in capitals names ("WALLACE", "DONALD TRUMP"): the person
    /// the article names with that surname, else one it names only by the tag; a label
    /// ("BREAKING:", "UPDATE:") is none.
    pub fn tag<'w>(&mut self, words: impl Iterator<Item = &'w str>) -> Option<usize> {
        let words: Vec<String> = words.map(title_case).collect();
        if self.people.lookup(&words, None).is_none() && words.iter().any(|w| has(LABELS, w)) {
            return None;
        }
        Some(self.person(&words, None, "", String::new()))
    }

    /// A pronoun: he/she/I is the person named last; they/it/we the last group or organisation.
    fn pronoun(&mut self, word: &str, at: usize) -> Option<usize> {
        let plural = matches!(word.to_lowercase().as_str(), "they" | "it" | "we");
        if plural {
            let group = self.recent.iter().rev().find(|&&i| self.speakers[i].kind != SpeakerKind::Person);
            if let Some(&i) = group {
                return Some(i);
            }
        }
        match self.people.last_before(at, Gender::of(word)) {
            Some(person) => Some(self.known(person, "", String::new())),
            None => self.recent.last().copied(),
        }
    }

    /// A phrase with a name in it: a person ("Jen Psaki") or an organisation ("The State Department").
    /// `aside` is the appositive after the phrase, which describes an organisation.
    fn named(&mut self, phrase: &[Token], surface: &str, aside: Option<String>) -> usize {
        // "Scott Hawkins of Cheyenne": the name is before "of" unless that is an organisation's.
        // "Secretary of State Ana Ruiz": after an office, "of" belongs to the office.
        let of = phrase.iter().position(|t| t.text == "of");
        let office = |t: &Token| has(TITLES, t.text) || has(ROLE_NOUNS, t.text);
        let head = match of {
            Some(k)
                if k > 0
                    && phrase[k - 1].is_capitalised()
                    && !has(ORG_WORDS, phrase[k - 1].bare())
                    && !office(&phrase[k - 1]) =>
            {
                &phrase[..k]
            }
            _ => phrase,
        };
        let run = self.name_start(head, of);
        let split = (run..head.len()).rev().find(|&i| has(TITLES, head[i].text)).map_or(run, |i| i + 1);
        let name = &head[split..];
        // "The State Department" is an organisation; "the writer Tom Reed" is a person.
        let given = name.len() >= 2 && name.first().is_some_and(|t| Gender::of_first_name(t.text).is_some());
        let determined = phrase.first().is_some_and(|t| matches!(t.text, "the" | "The")) && !given;
        let organisation = determined
            || name.is_empty()
            || name.iter().any(|t| has(ORG_WORDS, t.bare()) || has(PLACE_WORDS, t.bare()))
            || matches!(name, [one] if one.text.len() > 1 && one.text.chars().all(|c| c.is_uppercase()));
        if organisation {
            let kind = SpeakerKind::Organisation;
            return self.keyed(strip_determiner(surface), surface, kind, aside.unwrap_or_default());
        }
        let titles = &head[..split];
        let role = Some(titles).filter(|r| !r.is_empty()).map(|r| surface_of(surface, phrase, r));
        let gender = titles.iter().rev().find_map(|t| Gender::of(t.text));
        let words = bare_words(name);
        self.person(
            &words,
            gender,
            surface,
            role.map(|r| strip_determiner(&r).to_owned()).unwrap_or_default(),
        )
    }

    /// Where the name starts in `head` (a speaker phrase, cut before an "of" that follows a
    /// name, at `of` when one follows an office): the trailing run of capitalised words, from
    /// a known first name on when a role stands before it and the article names that person
    /// ("Senate Minority Leader Harry Reid"); after an office's "of", at most the words from a
    /// known first name on ("… of State Ana Ruiz").
    fn name_start(&self, head: &[Token], of: Option<usize>) -> usize {
        let run =
            head.iter().rposition(|t| !(t.is_capitalised() || is_name_particle(t.text))).map_or(0, |i| i + 1);
        let known = |i: &usize| self.people.lookup(&bare_words(&head[*i..]), None).is_some();
        let given = given_name_at(&head[run..]).map(|i| run + i);
        match of {
            Some(k) if k < run && head.len() - run > 2 => given.unwrap_or(head.len() - 2),
            _ => given.filter(|i| role_like(&head[run..*i]) && known(i)).unwrap_or(run),
        }
    }

    /// The person speaker named `words`, of `gender` when a title shows it: the person the
    /// article names so, whose full name and description win, else someone named only so.
    fn person(&mut self, words: &[String], gender: Option<Gender>, surface: &str, role: String) -> usize {
        if let Some(person) = self.people.lookup(words, gender) {
            return self.known(person, surface, role);
        }
        let key = format!("s:{}", surname_key(words));
        let index = self.by_key.get(&key).copied().unwrap_or_else(|| {
            let speaker = Speaker {
                name: words.join(" "),
                aliases: Vec::new(),
                kind: SpeakerKind::Person,
                description: description(&role),
            };
            self.push(key, speaker)
        });
        self.alias(index, strip_determiner(surface));
        index
    }

    /// The speaker for the article's person number `person`; `role`, the title or role
    /// written with the name, describes it, else the article's description.
    fn known(&mut self, person: usize, surface: &str, role: String) -> usize {
        let key = format!("p:{person}");
        let index = self.by_key.get(&key).copied().unwrap_or_else(|| {
            let known = self.people.get(person);
            let name = known.map_or_else(String::new, |p| p.name.clone());
            // The role written in the phrase wins over the article's description.
            let role = Some(description(&role)).filter(|d| !d.is_empty());
            let given = || known.and_then(|p| p.description.as_deref()).map(description);
            let description = role.or_else(given).unwrap_or_default();
            self.push(key, Speaker { name, aliases: Vec::new(), kind: SpeakerKind::Person, description })
        });
        self.alias(index, strip_determiner(surface));
        index
    }

    /// A phrase without a name: a role that refers back ("the senator") or speaks itself ("officials").
    fn nominal(&mut self, phrase: &[Token], surface: &str, at: usize) -> usize {
        // "a spokesman for Tom Reed" is headed by "spokesman"; "the spokesman" refers back to it.
        let served = serving(phrase);
        let head = served.or(phrase.last()).map_or(String::new(), |t| t.text.to_lowercase());
        // "a spokesman" brings in someone new; "the spokesman" refers back.
        let indefinite = phrase.first().is_some_and(Token::is_indefinite_article);
        let group = has(GROUP_NOUNS, &head) || indefinite;
        // "the Republican nominee": the capitalised words before the head must fit too.
        let mut words: Vec<&str> = phrase
            .iter()
            .take_while(|t| served.is_none_or(|s| s.span != t.span))
            .filter(|t| t.is_capitalised() && !has(DETERMINERS, t.text))
            .map(|t| t.text)
            .collect();
        words.push(&head);
        let refers =
            self.recent.iter().rev().copied().find(|&i| !group && refers_to(&self.speakers[i], &words));
        if let Some(index) = refers {
            self.alias(index, surface);
            return index;
        }
        if let Some(person) =
            Some(at).filter(|_| !group).and_then(|at| self.people.last_described(at, &words))
        {
            let index = self.known(person, "", String::new());
            self.alias(index, surface);
            return index;
        }
        self.keyed(strip_determiner(surface), surface, kind_of_head(&head), String::new())
    }

    /// A phrase owned by a pronoun ("his spokesman", "Her campaign"): named after the owner
    /// the pronoun refers to ("Tom Reed's spokesman"), as the nominal `rest` when no one fits.
    fn owned(&mut self, owner: &str, rest: &[Token], surface: &str, at: usize) -> usize {
        // "his" and "her" name a person known to be so; "their" and "its" no one surely.
        let name = Gender::of(&owner.to_ascii_lowercase())
            .and_then(|g| self.people.last_known_as(at, g))
            .and_then(|p| self.people.get(p))
            .map(|p| p.name.clone());
        let kind = kind_of_head(&rest.last().map_or(String::new(), |t| t.text.to_lowercase()));
        let words = surface.split_once(' ').map_or(surface, |(_, rest)| rest);
        match name {
            Some(name) => self.keyed(&format!("{name}'s {words}"), surface, kind, String::new()),
            None => self.keyed(words, surface, kind, String::new()),
        }
    }

    /// The speaker named `name` (any case), created with `kind` when new.
    fn keyed(&mut self, name: &str, surface: &str, kind: SpeakerKind, description: String) -> usize {
        let key = format!("n:{}", name.to_lowercase());
        let index = self.by_key.get(&key).copied().unwrap_or_else(|| {
            self.push(
                key,
                Speaker { name: name.to_owned(), aliases: Vec::new(), kind, description: String::new() },
            )
        });
        // The first mention that describes the speaker gives its description.
        if let Some(speaker) = self.speakers.get_mut(index).filter(|s| s.description.is_empty()) {
            speaker.description = description;
        }
        self.alias(index, surface);
        index
    }

    fn push(&mut self, key: String, speaker: Speaker) -> usize {
        self.speakers.push(speaker);
        self.by_key.insert(key, self.speakers.len() - 1);
        self.speakers.len() - 1
    }

    /// Records `surface` as another form of speaker `index`, unless it is the name or known.
    fn alias(&mut self, index: usize, surface: &str) {
        let fresh = |s: &&mut Speaker| {
            !surface.is_empty()
                && surface.len() <= MAX_ALIAS_LEN
                && surface != s.name
                && s.aliases.len() < MAX_ALIASES
                && !s.aliases.iter().any(|a| a == surface)
        };
        if let Some(s) = self.speakers.get_mut(index).filter(fresh) {
            s.aliases.push(surface.to_owned());
        }
    }
}

/// The owner in a phrase for something a name said ("Oz's dubious medical advice" is Oz's),
/// else the whole phrase ("Sanders's campaign").
fn said_by<'a, 't>(phrase: &'a [Token<'t>]) -> &'a [Token<'t>] {
    let saying = phrase.last().is_some_and(|t| has(SAYING_NOUNS, t.text));
    // The last owner: "Trump's campaign's statement" is the campaign's.
    match phrase.iter().rposition(Token::is_owner) {
        Some(owner) if saying && owner + 1 < phrase.len() && is_possessive(&phrase[owner]) => {
            &phrase[..=owner]
        }
        _ => phrase,
    }
}

/// True when a nominal with head noun and capitalised modifiers `words` ("the spokesman",
/// "the Republican nominee") can refer to `speaker`: a person described with all of them, or
/// a speaker of unknown kind named so ("spokesman for Tom Reed").
fn refers_to(speaker: &Speaker, words: &[&str]) -> bool {
    let holds = |d: &str| words.iter().all(|w| holds_word(d, w));
    holds(&speaker.description) || (speaker.kind == SpeakerKind::Unknown && holds(&speaker.name))
}

/// The role of a phrase for a role that serves or comes from a name ("a spokesman for
/// Bernie Sanders", "an aide to Ruiz", "the senator from Vermont", "the secretary of State"):
/// the phrase is the role's, not the name's.
fn serving<'a, 't>(phrase: &'a [Token<'t>]) -> Option<&'a Token<'t>> {
    let role = |t: &Token| !t.is_capitalised() && (has(ROLE_NOUNS, t.text) || has(TITLES, t.text));
    // The phrase opens with the role or its article, not with a name.
    let opens = phrase.first().is_some_and(|t| !t.is_capitalised() || matches!(t.text, "A" | "An" | "The"));
    let k =
        phrase.windows(2).position(|w| role(&w[0]) && matches!(w[1].text, "for" | "to" | "of" | "from"))?;
    // After "of" or "from" comes a place or body, not an office before a person's name
    // ("secretary of state Hillary Clinton", "former secretary of State Ana Ruiz" are those
    // people); after "for" or "to", whoever is served.
    let object = &phrase[k + 2..];
    let place = object.first().is_some_and(|t| t.is_capitalised() || t.text == "the")
        && !object.iter().any(|t| Gender::of_first_name(t.text).is_some());
    let serves = matches!(phrase[k + 1].text, "for" | "to");
    (opens && (serves || place)).then(|| &phrase[k])
}

/// The kind of speaker a nominal headed by `head` (lowercase) is: a group ("officials",
/// "several"), an organisation ("the campaign") or unknown ("the spokesman").
fn kind_of_head(head: &str) -> SpeakerKind {
    if has(GROUP_NOUNS, head) || (has(QUANTIFIERS, head) && head != "another") {
        SpeakerKind::Group
    } else if has(ORG_HEADS, head) {
        SpeakerKind::Organisation
    } else {
        SpeakerKind::Unknown
    }
}

/// True for a phrase headed by an office ("the Vermont senator"): it names no one.
fn office(phrase: &[Token]) -> bool {
    phrase.last().is_some_and(|t| !t.is_capitalised() && has(OFFICES, t.text))
}

/// True for a capitalised word that is part of a name: not a title, opener or pronoun.
fn proper(t: &Token) -> bool {
    t.is_capitalised()
        && !has(TITLES, t.text)
        && !has(FUNCTION_WORDS, t.text)
        && !has(PRONOUNS, t.text)
        && !has(QUANTIFIERS, t.text)
}

/// The text a phrase covers, from its first token to its last.
fn surface<'t>(text: &'t str, phrase: &[Token]) -> &'t str {
    match (phrase.first(), phrase.last()) {
        (Some(a), Some(b)) => text.get(a.span.start..b.span.end).unwrap_or(""),
        _ => "",
    }
}

/// The part of `surface` (the text of `phrase`) that the tokens `part` cover.
fn surface_of(surface: &str, phrase: &[Token], part: &[Token]) -> String {
    let base = phrase.first().map_or(0, |t| t.span.start);
    match (part.first(), part.last()) {
        (Some(a), Some(b)) => surface.get(a.span.start - base..b.span.end - base).unwrap_or("").to_owned(),
        _ => String::new(),
    }
}

/// `word` with a capital first letter and the rest in lowercase ("WALLACE" → "Wallace").
fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect())
}

/// A description from the role words before a name, without bare courtesy titles ("Mr.",
/// "Ms."): those say nothing of role or affiliation.
fn description(role: &str) -> String {
    let courtesy = |w: &str| has(COURTESY, w);
    if role.split(' ').all(courtesy) { String::new() } else { role.to_owned() }
}

/// Titles that tell only gender or degree.
const COURTESY: &Lexicon = &Lexicon::new(&["dr", "miss", "mr", "mrs", "ms", "mx"]);

/// `s` without a leading "the", "a" or "an".
fn strip_determiner(s: &str) -> &str {
    ["the ", "The ", "a ", "A ", "an ", "An "].iter().find_map(|d| s.strip_prefix(d)).unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::Speaker;

    /// The speakers of `text`, as "name | description".
    fn speakers(text: &str) -> Vec<String> {
        let show = |s: &Speaker| format!("{} | {}", s.name, s.description);
        crate::analyze(text).speakers.iter().map(show).collect()
    }

    #[test]
    fn namesakes_are_different_speakers() {
        let text = "Ruth Vance, a teacher, said the school \"needs more room.\" \
                    Her husband disagreed. \"It is big enough,\" Mr. Vance said.";
        assert_eq!(speakers(text), ["Ruth Vance | a teacher", "Vance | "]);
    }

    #[test]
    fn a_capitalised_role_before_a_given_name_describes_the_person() {
        let text =
            "Senate Majority Whip Ana Ruiz (D-Ohio), in particular, has been calling the plan a \"con job.\"";
        assert_eq!(speakers(text), ["Ana Ruiz | Senate Majority Whip"]);
    }

    #[test]
    fn an_appositive_describes_an_organisation() {
        let text = "The Harbor Trust, a small civic group, said the plan \"ignores the river.\"";
        assert_eq!(speakers(text), ["Harbor Trust | a small civic group"]);
    }

    #[test]
    fn an_office_is_no_organisation() {
        let text = "The Ohio senator said the vote \"was a disgrace.\"";
        let analysis = crate::analyze(text);
        let kinds: Vec<_> = analysis.speakers.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [super::SpeakerKind::Unknown]);
    }

    #[test]
    fn courtesy_titles_describe_no_one() {
        let text = "\"We will see,\" Ms. Dana Holt said.";
        assert_eq!(speakers(text), ["Dana Holt | "]);
    }
}
