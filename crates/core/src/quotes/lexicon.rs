//! Small word lists that tell names, titles, roles and organisations apart.
//!
//! All lists are lowercase and sorted, searched with [`has`].

/// True when `list` (sorted, lowercase) holds `word` in lowercase.
pub(crate) fn has(list: &[&str], word: &str) -> bool {
    let word = word.trim_end_matches('.');
    if word.len() >= LONGEST || !word.is_ascii() {
        return false;
    }
    // Every listed word is short ASCII: compare lowercase bytes lazily, without allocating.
    let lower = word.bytes().map(|b| b.to_ascii_lowercase());
    list.binary_search_by(|probe| probe.bytes().cmp(lower.clone())).is_ok()
}

/// Longer than any word in the lists.
const LONGEST: usize = 24;

/// Titles and offices written before a name ("Senator John McCain", "Mr. White").
pub(crate) const TITLES: &[&str] = &[
    "adm",
    "admiral",
    "ambassador",
    "attorney",
    "capt",
    "captain",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "col",
    "colonel",
    "commissioner",
    "congressman",
    "congresswoman",
    "councilman",
    "councilwoman",
    "dr",
    "gen",
    "general",
    "gov",
    "governor",
    "judge",
    "justice",
    "king",
    "lt",
    "mayor",
    "minister",
    "miss",
    "mr",
    "mrs",
    "ms",
    "pope",
    "premier",
    "president",
    "prince",
    "prof",
    "professor",
    "queen",
    "rabbi",
    "rep",
    "representative",
    "rev",
    "secretary",
    "sen",
    "senator",
    "sergeant",
    "sgt",
    "sheriff",
    "speaker",
];

/// Words that make a capitalised name an organisation ("State Department", "RAND Corporation").
pub(crate) const ORG_WORDS: &[&str] = &[
    "administration",
    "agency",
    "army",
    "assembly",
    "association",
    "authority",
    "bank",
    "board",
    "bureau",
    "cabinet",
    "campaign",
    "center",
    "centre",
    "church",
    "coalition",
    "college",
    "commission",
    "committee",
    "company",
    "congress",
    "corp",
    "corporation",
    "council",
    "court",
    "department",
    "embassy",
    "foundation",
    "fund",
    "government",
    "group",
    "guardian",
    "house",
    "inc",
    "institute",
    "journal",
    "kremlin",
    "league",
    "ministry",
    "monitor",
    "network",
    "news",
    "office",
    "organisation",
    "organization",
    "parliament",
    "party",
    "pentagon",
    "police",
    "post",
    "press",
    "reuters",
    "senate",
    "service",
    "society",
    "telegraph",
    "times",
    "tribune",
    "union",
    "university",
    "vatican",
];

/// Nouns that can head a speaker phrase without a name ("the spokeswoman", "officials").
pub(crate) const ROLE_NOUNS: &[&str] = &[
    "activist", "activists", "ad", "ads", "adviser", "advisers", "advisor", "advisors", "agency", "aide",
    "aides", "analyst", "analysts", "anchor", "article", "attorney", "attorneys", "audience", "author",
    "authorities", "authors", "banner", "book", "campaign", "candidate", "caption", "chairman", "chief",
    "column", "commander", "commercial", "company", "complaint", "consultant", "critic", "critics", "crowd",
    "department", "diplomat", "diplomats", "director", "doctor", "doctors", "economist", "economists",
    "editorial", "email", "expert", "experts", "filing", "government", "group", "headline", "historian",
    "host", "indictment", "investigators", "judge", "lawmaker", "lawmakers", "lawsuit", "lawyer", "lawyers",
    "leader", "leaders", "letter", "magazine", "majority", "manager", "memo", "message", "minister",
    "ministry", "moderator", "narrator", "newspaper", "observers", "office", "official", "officials",
    "organizers", "paper", "percent", "piece", "police", "politician", "poll", "pollster", "post",
    "president", "professor", "prosecutor", "prosecutors", "protester", "protesters", "release", "report",
    "reporter", "researchers", "residents", "respondents", "scientist", "secretary", "senator", "sign",
    "signs", "source", "sources", "spokesman", "spokesperson", "spokeswoman", "statement", "strategist",
    "strategists", "study", "supporter", "supporters", "survey", "transcript", "tweet", "video", "voter",
    "voters", "website", "witness", "witnesses",
];

/// Plural role nouns: a group speaks ("officials said").
pub(crate) const GROUP_NOUNS: &[&str] = &[
    "activists", "advisers", "advisors", "aides", "analysts", "attorneys", "audience", "authorities",
    "authors", "critics", "crowd", "diplomats", "doctors", "economists", "experts", "investigators",
    "lawmakers", "lawyers", "leaders", "majority", "observers", "officials", "organizers", "percent",
    "police", "prosecutors", "protesters", "researchers", "residents", "respondents", "sources",
    "strategists", "supporters", "voters", "witnesses",
];

/// Lowercase words allowed inside a speaker phrase: articles, connectives, modifiers.
pub(crate) const PHRASE_GLUE: &[&str] = &[
    "a", "an", "and", "another", "at", "chief", "de", "del", "der", "for", "former", "local", "many", "of",
    "other", "senior", "several", "some", "the", "top", "van", "von",
];

/// Capitalised words that open sentences rather than names ("But Wayne White" is White).
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "a",
    "according",
    "after",
    "also",
    "an",
    "and",
    "as",
    "at",
    "because",
    "before",
    "but",
    "by",
    "despite",
    "during",
    "earlier",
    "even",
    "for",
    "from",
    "however",
    "if",
    "in",
    "it",
    "last",
    "later",
    "meanwhile",
    "now",
    "on",
    "once",
    "since",
    "so",
    "still",
    "that",
    "the",
    "then",
    "this",
    "those",
    "though",
    "to",
    "when",
    "while",
    "with",
    "yet",
];

/// Pronouns that can stand for a speaker.
pub(crate) const PRONOUNS: &[&str] = &["he", "i", "it", "she", "they", "we"];

/// Adverbs and auxiliaries that may sit between a speaker and the cue ("McCain also said").
pub(crate) const BETWEEN: &[&str] = &[
    "again",
    "also",
    "been",
    "bluntly",
    "did",
    "does",
    "had",
    "has",
    "have",
    "is",
    "later",
    "once",
    "previously",
    "privately",
    "publicly",
    "recently",
    "repeatedly",
    "reportedly",
    "simply",
    "then",
    "was",
    "were",
    "will",
    "would",
];

/// Words that date a cue ("said Tuesday morning"): skipped before an inverted speaker.
pub(crate) const TIME_WORDS: &[&str] = &[
    "afternoon",
    "evening",
    "last",
    "later",
    "morning",
    "night",
    "on",
    "this",
    "today",
    "tonight",
    "week",
    "yesterday",
];

/// Determiners that open a nominal speaker phrase ("a friend", "the ad", "her account").
pub(crate) const DETERMINERS: &[&str] = &["a", "an", "another", "her", "his", "its", "one", "the", "their"];

/// Days and months: capitalised, but never names.
pub(crate) const CALENDAR: &[&str] = &[
    "april",
    "august",
    "december",
    "february",
    "friday",
    "january",
    "july",
    "june",
    "march",
    "monday",
    "november",
    "october",
    "saturday",
    "september",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_and_lowercase() {
        let lists = [
            TITLES,
            ORG_WORDS,
            ROLE_NOUNS,
            GROUP_NOUNS,
            PHRASE_GLUE,
            FUNCTION_WORDS,
            PRONOUNS,
            BETWEEN,
            CALENDAR,
        ];
        for list in lists {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            assert!(list.iter().all(|w| w.to_lowercase() == *w), "{list:?}");
        }
    }

    #[test]
    fn lists_fit_the_lookup_buffer() {
        let lists = [TITLES, ORG_WORDS, ROLE_NOUNS, GROUP_NOUNS, PHRASE_GLUE, FUNCTION_WORDS, PRONOUNS];
        assert!(lists.iter().flat_map(|l| l.iter()).all(|w| w.len() < LONGEST && w.is_ascii()));
    }

    #[test]
    fn lookup_ignores_case_and_dot() {
        assert!(has(TITLES, "Sen."));
        assert!(has(ORG_WORDS, "Department"));
        assert!(!has(TITLES, "Connable"));
    }
}
