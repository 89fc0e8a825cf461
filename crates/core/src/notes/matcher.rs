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

use super::words::{self, Token};
use crate::span::Span;

/// FNV-1a: fast on the short keys used here, and deterministic.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// One match: where, and which entry (an index into the glossary's entries).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Match {
    /// The words matched, without a final possessive "'s".
    pub span: Span,
    /// The entry matched.
    pub entry: usize,
}

/// Word numbers of one text token in one trie.
#[derive(Clone, Copy, Default)]
struct Ids {
    /// The word as it is.
    word: Option<u32>,
    /// Its singular or non-possessive forms, allowed only as a term's last word.
    stems: [Option<u32>; 2],
}

/// A word trie for one case mode.
#[derive(Clone, Debug, Default)]
struct Trie {
    /// Matches the words as written when true, else their lower-case forms.
    sensitive: bool,
    vocab: FastMap<Box<str>, u32>,
    /// `(node << 32) | word` to the child node.
    edges: FastMap<u64, u32>,
    /// The entry each node completes; node 0 is the root.
    terminal: Vec<Option<usize>>,
}

/// The end of the longest term found from one word: token index one past it, the entry, and
/// whether the last word matched as written (preferred over a stem at equal length).
type Found = (usize, usize, bool);

impl Trie {
    fn new(sensitive: bool) -> Trie {
        Trie { sensitive, terminal: vec![None], ..Trie::default() }
    }

    fn key(&self, word: &str, buf: &mut String) {
        if self.sensitive { words::exact_into(word, buf) } else { words::fold_into(word, buf) }
    }

    /// Adds `term` for `entry`; a term already present keeps its first entry.
    fn insert(&mut self, term: &str, entry: usize) {
        let tokens = words::tokens(term, Span::new(0, term.len()));
        if tokens.is_empty() {
            return;
        }
        let mut buf = String::new();
        let mut node = 0u32;
        for token in &tokens {
            self.key(token.span.slice(term), &mut buf);
            let next_id = u32::try_from(self.vocab.len()).unwrap_or(u32::MAX);
            let word = *self.vocab.entry(buf.as_str().into()).or_insert(next_id);
            let next_node = u32::try_from(self.terminal.len()).unwrap_or(u32::MAX);
            node = *self.edges.entry(edge(node, word)).or_insert_with(|| next_node);
            if node == next_node {
                self.terminal.push(None);
            }
        }
        if let Some(slot) = self.terminal.get_mut(node as usize) {
            slot.get_or_insert(entry);
        }
    }

    /// The word numbers of every token of `text`.
    fn ids(&self, text: &str, tokens: &[Token]) -> Vec<Ids> {
        let mut buf = String::new();
        let lookup = |key: &str| self.vocab.get(key).copied();
        tokens
            .iter()
            .map(|t| {
                self.key(t.span.slice(text), &mut buf);
                let [a, b] = words::stems(&buf);
                Ids { word: lookup(&buf), stems: [a.and_then(|s| lookup(&s)), b.and_then(|s| lookup(&s))] }
            })
            .collect()
    }

    fn child(&self, node: u32, word: Option<u32>) -> Option<u32> {
        self.edges.get(&edge(node, word?)).copied()
    }

    fn completes(&self, node: Option<u32>) -> Option<usize> {
        self.terminal.get(node? as usize).copied().flatten()
    }

    /// The longest term starting at token `k`.
    fn longest(&self, ids: &[Ids], tokens: &[Token], k: usize) -> Option<Found> {
        let mut best = None;
        let mut node = 0u32;
        for j in k..ids.len() {
            if j > k && !tokens[j].joined {
                break;
            }
            for stem in ids[j].stems {
                if let Some(entry) = self.completes(self.child(node, stem)) {
                    best = Some((j + 1, entry, false));
                }
            }
            let Some(next) = self.child(node, ids[j].word) else { break };
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

/// Terms compiled for matching: one trie for case-insensitive terms, one for the others.
#[derive(Clone, Debug)]
pub(crate) struct Matcher {
    plain: Trie,
    sensitive: Trie,
}

impl Default for Matcher {
    fn default() -> Matcher {
        Matcher { plain: Trie::new(false), sensitive: Trie::new(true) }
    }
}

impl Matcher {
    /// Adds `term` (a term or alias) for the entry numbered `entry`.
    pub(crate) fn insert(&mut self, term: &str, case_sensitive: bool, entry: usize) {
        let trie = if case_sensitive { &mut self.sensitive } else { &mut self.plain };
        trie.insert(term, entry);
    }

    /// Every match in `regions` of `text`, in order, leftmost-longest, never overlapping.
    pub(crate) fn find(&self, text: &str, regions: &[Span]) -> Vec<Match> {
        let mut out = Vec::new();
        for &region in regions {
            let tokens = words::tokens(text, region);
            let plain = self.plain.ids(text, &tokens);
            let sensitive = self.sensitive.ids(text, &tokens);
            let mut k = 0;
            while k < tokens.len() {
                let a = self.plain.longest(&plain, &tokens, k);
                let b = self.sensitive.longest(&sensitive, &tokens, k);
                let best = match (a, b) {
                    (Some(a), Some(b)) => Some(if (a.0, a.2) > (b.0, b.2) { a } else { b }),
                    (a, b) => a.or(b),
                };
                match best {
                    Some((end, entry, exact)) => {
                        out.push(Match { span: span_of(text, &tokens[k..end], exact), entry });
                        k = end;
                    }
                    None => k += 1,
                }
            }
        }
        out
    }
}

/// The span of matched tokens; a last word matched by its stem loses a possessive "'s".
fn span_of(text: &str, tokens: &[Token], exact: bool) -> Span {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else { return Span::new(0, 0) };
    let word = last.span.slice(text);
    let possessive = ["'s", "\u{2019}s", "\u{02BC}s"].iter().find(|p| word.ends_with(**p));
    let end = match possessive {
        Some(p) if !exact => last.span.end - p.len(),
        _ => last.span.end,
    };
    Span::new(first.span.start, end)
}
