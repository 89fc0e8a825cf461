//! Byte ranges into the analysed text: the one shape every result uses for positions.

use serde::{Deserialize, Serialize};

/// A half-open range of UTF-8 byte offsets, `start..end`, into the analysed text.
///
/// Both ends always lie on `char` boundaries of the text they came from, so
/// [`Span::slice`] on that text cannot fail.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; an inverted range is clamped to empty at `start`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end: end.max(start) }
    }

    /// The text this span covers, or `""` if it does not fit `text` (a span from another text).
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
}

#[cfg(test)]
mod tests {
    use super::Span;

    #[test]
    fn slice_is_total() {
        let text = "héllo";
        assert_eq!(Span::new(0, 3).slice(text), "hé");
        // Not a char boundary, and out of range: both give "" instead of panicking.
        assert_eq!(Span::new(0, 2).slice(text), "");
        assert_eq!(Span::new(4, 99).slice(text), "");
        assert!(Span::new(5, 2).is_empty());
    }
}
