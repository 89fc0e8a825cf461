//! All terms at once: a trie over normalised words, walked leftmost-longest.
//!
//! Each term is cut into words ([`words::tokens`]); each distinct word gets a number, and the
//! trie's edges are (node, word number) pairs in one hash map. Matching numbers every word
//! of the text once (one hash lookup, plus one or two for the singular or non-possessive
//! form of words ending in "s"), then walks the trie from each word; a term never spans a
//! gap other than spaces and one hyphen. The walk from one word is bounded by the longest
//! term, so matching is linear in the text. Case-sensitive terms live in a second trie
//! keyed on the words as written.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::words;
use crate::span::Span;

/// A multiply-rotate hash over eight bytes at a time (as rustc's FxHash): fast on the
/// short keys used here, and deterministic.
#[derive(Default)]
pub(super) struct Fx(u64);

impl Fx {
    const K: u64 = 0x517c_c1b7_2722_0a95;

    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Fx::K);
    }
}

impl Hasher for Fx {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let mut tail = [0u8; 8];
        let rest = chunks.remainder();
        tail[..rest.len()].copy_from_slice(rest);
        self.add(u64::from_le_bytes(tail) ^ rest.len() as u64);
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_u128(&mut self, i: u128) {
        self.add(i as u64);
        self.add((i >> 64) as u64);
    }
}

/// A hash map keyed with [`Fx`]: for the matcher's word and edge keys, and the notes' slots.
pub(super) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;

/// One match: where, and which entry (an index into the glossary's entries).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Match {
    /// The words matched, without a final possessive "'s".
    pub span: Span,
    /// The entry matched.
    pub entry: usize,
}

/// Word numbers of one text token in one trie.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
struct Ids {
    /// The word as it is.
    word: Option<u32>,
    /// Its singular or non-possessive forms, allowed only as a term's last word.
    stems: [Option<u32>; 2],
}

impl Ids {
    /// True when the word can be part of no term of the trie.
    fn is_none(self) -> bool {
        self == Ids::default()
    }
}

/// A text word that is part of some term: where it is, and its word numbers in each trie.
#[derive(Clone, Copy)]
struct Word {
    span: Span,
    /// True when it follows the previous kept word with only spaces and a hyphen between.
    joined: bool,
    /// Word numbers in the case-insensitive trie, then the case-sensitive one.
    ids: [Ids; 2],
}

/// A word trie for one case mode: edges between nodes labelled by word numbers.
#[derive(Clone, Debug)]
struct Trie {
    /// `(node << 32) | word` to the child node.
    edges: FastMap<u64, u32>,
    /// The entry each node completes; node 0 is the root.
    terminal: Vec<Option<usize>>,
}

/// The end of the longest term found from one word: token index one past it, the entry, and
/// whether the last word matched as written (preferred over a stem at equal length).
type Found = (usize, usize, bool);

impl Default for Trie {
    fn default() -> Trie {
        Trie { edges: FastMap::default(), terminal: vec![None] }
    }
}

impl Trie {
    /// Adds the term spelled by word numbers `words` for `entry`; a term already present
    /// keeps its first entry.
    fn insert(&mut self, words: &[u32], entry: usize) {
        let mut node = 0u32;
        for &word in words {
            let next_node = u32::try_from(self.terminal.len()).unwrap_or(u32::MAX);
            node = *self.edges.entry(edge(node, word)).or_insert(next_node);
            if node == next_node {
                self.terminal.push(None);
            }
        }
        if let Some(slot) = self.terminal.get_mut(node as usize).filter(|_| !words.is_empty()) {
            slot.get_or_insert(entry);
        }
    }

    fn child(&self, node: u32, word: Option<u32>) -> Option<u32> {
        self.edges.get(&edge(node, word?)).copied()
    }

    fn completes(&self, node: Option<u32>) -> Option<usize> {
        self.terminal.get(node? as usize).copied().flatten()
    }

    /// The longest term of this trie (`which`: 0 plain, 1 sensitive) starting at word `k`.
    fn longest(&self, words: &[Word], which: usize, k: usize) -> Option<Found> {
        let mut best = None;
        let mut node = 0u32;
        for (j, word) in words.iter().enumerate().skip(k) {
            if j > k && !word.joined {
                break;
            }
            let ids = word.ids[which];
            for stem in ids.stems {
                if let Some(entry) = self.completes(self.child(node, stem)) {
                    best = Some((j + 1, entry, false));
                }
            }
            let Some(next) = self.child(node, ids.word) else { break };
            if let Some(entry) = self.completes(Some(next)) {
                best = Some((j + 1, entry, true));
            }
            node = next;
        }
        best
    }
}

fn edge(node: u32, word: u32) -> u64 {
    (u64::from(node) << 32) | u64::from(word)
}

/// What one word (folded to lower case) numbers in each trie.
#[derive(Clone, Debug, Default)]
struct Slot {
    /// Its number in the case-insensitive trie.
    plain: Option<u32>,
    /// Its forms as written in case-sensitive terms, each with its number in that trie.
    exact: Vec<(Box<str>, u32)>,
}

impl Slot {
    fn exact(&self, form: Option<&str>) -> Option<u32> {
        let form = form?;
        self.exact.iter().find(|(f, _)| &**f == form).map(|&(_, id)| id)
    }
}

/// Words up to this many bytes are keyed inline as one `u128` (most words): no pointer to
/// follow and no string comparison on lookup.
const SHORT: usize = 15;

/// A quick sieve over the words of the terms: one bit per (length, first letter, last
/// letter), so most words of a text are ruled out without a hash lookup.
///
/// Letters are taken by their low five bits, the same for either case; words longer
/// than 31 bytes share the length 31. A set bit only means "maybe".
#[derive(Clone, Debug)]
struct Sieve(Box<[u64; Sieve::WORDS]>);

impl Default for Sieve {
    fn default() -> Sieve {
        Sieve(Box::new([0; Sieve::WORDS]))
    }
}

impl Sieve {
    const WORDS: usize = (1 << 15) / 64;

    fn bit(word: &str) -> Option<usize> {
        let bytes = word.as_bytes();
        let low5 = |b: &u8| usize::from(b & 31);
        Some(bytes.len().min(31) << 10 | low5(bytes.first()?) << 5 | low5(bytes.last()?))
    }

    fn insert(&mut self, folded: &str) {
        if let Some(bit) = Sieve::bit(folded) {
            self.0[bit / 64] |= 1 << (bit % 64);
        }
    }

    /// False when no word of the vocabulary folds from `word`, an ASCII word.
    fn may_hold(&self, word: &str) -> bool {
        Sieve::bit(word).is_none_or(|bit| self.0[bit / 64] & (1 << (bit % 64)) != 0)
    }
}

/// The word numbers of every word of every term, keyed on the folded word.
#[derive(Clone, Debug, Default)]
struct Vocab {
    short: FastMap<u128, u32>,
    long: FastMap<Box<str>, u32>,
    slots: Vec<Slot>,
    /// Rules out ASCII words before a lookup. Non-ASCII words skip it: folding them may
    /// change their bytes.
    sieve: Sieve,
}

impl Vocab {
    /// True when `word`, a word of the text as written, surely belongs to no term, not
    /// even by a stem: no copy into lower case, and mostly no hash lookup either. Most
    /// words of a text are such words.
    fn surely_absent(&self, word: &str) -> bool {
        let absent = || {
            !self.sieve.may_hold(word)
                || Vocab::short_key(word, true).is_some_and(|key| !self.short.contains_key(&key))
        };
        word.is_ascii() && !word.ends_with(['s', 'S']) && absent()
    }

    /// `word` packed into a `u128` with its length, when it is short enough; with `fold`,
    /// ASCII letters are folded to lower case on the way.
    fn short_key(word: &str, fold: bool) -> Option<u128> {
        let bytes = word.as_bytes();
        if bytes.len() > SHORT {
            return None;
        }
        let mut key = [0u8; 16];
        for (k, &b) in key.iter_mut().zip(bytes) {
            *k = if fold { b.to_ascii_lowercase() } else { b };
        }
        key[SHORT] = bytes.len() as u8;
        Some(u128::from_le_bytes(key))
    }

    fn get(&self, word: &str) -> Option<&Slot> {
        let index = match Vocab::short_key(word, false) {
            Some(key) => self.short.get(&key),
            None => self.long.get(word),
        };
        self.slots.get(*index? as usize)
    }

    fn get_or_insert(&mut self, word: &str) -> Option<&mut Slot> {
        let next = u32::try_from(self.slots.len()).ok()?;
        let index = match Vocab::short_key(word, false) {
            Some(key) => *self.short.entry(key).or_insert(next),
            None => *self.long.entry(word.into()).or_insert(next),
        };
        if index == next {
            self.slots.push(Slot::default());
            self.sieve.insert(word);
        }
        self.slots.get_mut(index as usize)
    }

    fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }
}

/// Terms compiled for matching: one vocabulary, one trie for case-insensitive terms and one
/// for the others.
#[derive(Clone, Debug, Default)]
pub(crate) struct Matcher {
    /// Every word of every term, folded, to its numbers: one lookup per word of the text.
    vocab: Vocab,
    plain: Trie,
    sensitive: Trie,
    /// How many word numbers each trie has given out.
    counts: [u32; 2],
}

impl Matcher {
    /// Adds `term` (a term or alias) for the entry numbered `entry`.
    pub(crate) fn insert(&mut self, term: &str, case_sensitive: bool, entry: usize) {
        let (mut folded, mut exact) = (String::new(), String::new());
        let mut ids = Vec::new();
        for token in words::Tokens::new(term, Span::new(0, term.len())) {
            words::fold_into(token.span.slice(term), &mut folded);
            words::exact_into(token.span.slice(term), &mut exact);
            let Some(slot) = self.vocab.get_or_insert(&folded) else { return };
            let count = &mut self.counts[usize::from(case_sensitive)];
            let id = if case_sensitive {
                slot.exact(Some(&exact)).unwrap_or_else(|| {
                    slot.exact.push((exact.as_str().into(), *count));
                    *count += 1;
                    *count - 1
                })
            } else {
                *slot.plain.get_or_insert_with(|| {
                    *count += 1;
                    *count - 1
                })
            };
            ids.push(id);
        }
        let trie = if case_sensitive { &mut self.sensitive } else { &mut self.plain };
        trie.insert(&ids, entry);
    }

    /// The word numbers of `word` (a word of the text) and of its stems, in each trie.
    fn ids(&self, word: &str, bufs: &mut (String, String)) -> [Ids; 2] {
        if self.vocab.is_empty() || self.vocab.surely_absent(word) {
            return [Ids::default(); 2];
        }
        // Most words need no copy: ASCII is its own exact form, and often already lower case.
        let folded = if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
            word
        } else {
            words::fold_into(word, &mut bufs.0);
            bufs.0.as_str()
        };
        let exact = if word.is_ascii() {
            word
        } else {
            words::exact_into(word, &mut bufs.1);
            bufs.1.as_str()
        };
        let slot = self.vocab.get(folded);
        let mut ids = [
            Ids { word: slot.and_then(|s| s.plain), stems: [None; 2] },
            Ids { word: slot.and_then(|s| s.exact(Some(exact))), stems: [None; 2] },
        ];
        if !folded.ends_with('s') {
            return ids;
        }
        let (folded_stems, exact_stems) = (words::stems(folded), words::stems(exact));
        for (i, stem) in folded_stems.iter().enumerate() {
            let Some(slot) = stem.as_deref().and_then(|s| self.vocab.get(s)) else { continue };
            ids[0].stems[i] = slot.plain;
            ids[1].stems[i] = slot.exact(exact_stems[i].as_deref());
        }
        ids
    }

    /// Every match in `regions` of `text`, in order, leftmost-longest, never overlapping.
    pub(crate) fn find(&self, text: &str, regions: &[Span]) -> Vec<Match> {
        let mut out = Vec::new();
        // No terms (the usual glossary of `analyze`): nothing to match, no text to cut up.
        if self.vocab.is_empty() {
            return out;
        }
        for &region in regions {
            let words = self.words(text, region);
            let mut k = 0;
            while k < words.len() {
                let a = self.plain.longest(&words, 0, k);
                let b = self.sensitive.longest(&words, 1, k);
                let best = match (a, b) {
                    (Some(a), Some(b)) => Some(if (a.0, a.2) > (b.0, b.2) { a } else { b }),
                    (a, b) => a.or(b),
                };
                match best {
                    Some((end, entry, exact)) => {
                        out.push(Match { span: span_of(text, &words[k..end], exact), entry });
                        k = end;
                    }
                    None => k += 1,
                }
            }
        }
        out
    }

    /// The words of `region` that belong to some term; a word after one left out is never
    /// joined to the one before.
    fn words(&self, text: &str, region: Span) -> Vec<Word> {
        let mut bufs = (String::new(), String::new());
        let mut out: Vec<Word> = Vec::new();
        let mut previous_kept = false;
        for token in words::Tokens::new(text, region) {
            let ids = self.ids(token.span.slice(text), &mut bufs);
            previous_kept = !ids.iter().all(|i| i.is_none()) && {
                out.push(Word { span: token.span, joined: token.joined && previous_kept, ids });
                true
            };
        }
        out
    }
}

/// The span of matched tokens; a last word matched by its stem loses a possessive "'s".
fn span_of(text: &str, words: &[Word], exact: bool) -> Span {
    let (Some(first), Some(last)) = (words.first(), words.last()) else { return Span::new(0, 0) };
    let word = last.span.slice(text);
    let possessive = ["'s", "\u{2019}s", "\u{02BC}s"].iter().find(|p| word.ends_with(**p));
    let end = match possessive {
        Some(p) if !exact => last.span.end - p.len(),
        _ => last.span.end,
    };
    Span::new(first.span.start, end)
}
