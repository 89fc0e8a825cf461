//! Why a glossary, or one of its entries, could not be read.

use std::fmt;

/// A problem in a glossary: the line it is on (1-based, when known) and what is wrong, for a
/// reader to fix. `Display` gives `line 4: the note is empty`, or for a JSON entry
/// `line 12: entry 3: the note is empty`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GlossaryError {
    /// The 1-based line of the text the problem is on, when known.
    pub line: Option<usize>,
    /// The 1-based index of the JSON entry at fault, when the problem is in one entry.
    entry: Option<usize>,
    /// What is wrong, as a phrase ("the note is empty").
    problem: String,
}

impl GlossaryError {
    /// An error at `line` (when known) saying `problem`.
    pub(crate) fn new(line: Option<usize>, problem: impl Into<String>) -> GlossaryError {
        GlossaryError { line, entry: None, problem: problem.into() }
    }

    /// The same error, blamed on JSON entry `index` (0-based; shown 1-based).
    pub(crate) fn in_entry(mut self, index: usize) -> GlossaryError {
        self.entry = Some(index + 1);
        self
    }

    /// The 1-based line the problem is on, when known.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// The 1-based index of the JSON entry at fault, when the problem is in one entry.
    pub fn entry(&self) -> Option<usize> {
        self.entry
    }

    /// What is wrong, without the line: "the note is empty".
    pub fn problem(&self) -> &str {
        &self.problem
    }
}

impl fmt::Display for GlossaryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(line) = self.line {
            write!(f, "line {line}: ")?;
        }
        if let Some(entry) = self.entry {
            write!(f, "entry {entry}: ")?;
        }
        f.write_str(&self.problem)
    }
}

impl std::error::Error for GlossaryError {}
