//! Splitting text into trimmed lines and blank-line-separated chunks, with their offsets.

use crate::span::Span;

/// One non-blank line: its span, trimmed of surrounding white space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    pub span: Span,
    /// Index of the chunk (run of non-blank lines) the line belongs to.
    pub chunk: usize,
}

/// The non-blank lines of `text` in order, each trimmed, numbered by chunk.
///
/// Accepts `\n`, `\r\n` and lone `\r` line ends. A chunk is a maximal run of lines with no
/// blank line between them: the paragraph structure of plain text.
pub(crate) fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut chunk = 0;
    let mut previous_blank = false;
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i <= bytes.len() {
        let at_end = i == bytes.len();
        if at_end || bytes[i] == b'\n' || bytes[i] == b'\r' {
            match trimmed(text, start, i) {
                Some(span) => {
                    if previous_blank && !out.is_empty() {
                        chunk += 1;
                    }
                    out.push(Line { span, chunk });
                    previous_blank = false;
                }
                None => previous_blank = true,
            }
            if !at_end && bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    out
}

/// The span of `text[start..end]` without leading and trailing white space, if any is left.
fn trimmed(text: &str, start: usize, end: usize) -> Option<Span> {
    let raw = &text[start..end];
    let lead = raw.len() - raw.trim_start().len();
    let body = raw.trim();
    (!body.is_empty()).then(|| Span::new(start + lead, start + lead + body.len()))
}

#[cfg(test)]
mod tests {
    use super::lines;

    #[test]
    fn chunks_follow_blank_lines() {
        let text = "  one \r\ntwo\r\n\r\n\tthree\rfour\n \n\nfive";
        let got: Vec<(&str, usize)> = lines(text).iter().map(|l| (l.span.slice(text), l.chunk)).collect();
        assert_eq!(got, [("one", 0), ("two", 0), ("three", 1), ("four", 1), ("five", 2)]);
    }

    #[test]
    fn empty_and_blank_text_have_no_lines() {
        assert!(lines("").is_empty());
        assert!(lines(" \n\r\n\t").is_empty());
    }
}
