//! Plain text out of a Markdown article (`.md` files): what a reader sees, without the markup.
//!
//! Articles saved as Markdown (note apps, static sites, "reader mode" exports) carry heading
//! marks, emphasis, links and images. The analysis wants the words only, one paragraph per
//! blank-line block, as in any plain-text article; this is a line-by-line clean-up, not a
//! full CommonMark renderer: what it does not know stays as written.

/// The text of the Markdown document `source`: heading marks, block-quote marks, emphasis,
/// inline code marks, images, horizontal rules and code-fence lines removed; links become
/// their text. Paragraph breaks (blank lines) are kept.
///
/// ```
/// let md = "# The title\n\nSome **bold** words and a [link](https://example.org).\n\n> A *quote*\n";
/// assert_eq!(
///     companion_core::markdown_text(md),
///     "The title\n\nSome bold words and a link.\n\nA quote\n"
/// );
/// ```
pub fn markdown_text(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    for line in source.lines() {
        if let Some(line) = block_text(line) {
            inline_text(line, &mut out);
        }
        out.push('\n');
    }
    out
}

/// A line without its block markup (heading marks, quote marks), or `None` for a line that
/// is markup only (a rule, a code fence).
fn block_text(line: &str) -> Option<&str> {
    let trimmed = line.trim();
    let rule =
        trimmed.len() >= 3 && ['-', '*', '_'].iter().any(|&m| trimmed.chars().all(|c| c == m || c == ' '));
    if rule || trimmed.starts_with("```") || trimmed.starts_with("~~~") {
        return None;
    }
    let mut text = trimmed;
    while let Some(rest) = text.strip_prefix('>') {
        text = rest.trim_start();
    }
    let hashes = text.len() - text.trim_start_matches('#').len();
    if (1..=6).contains(&hashes) && text[hashes..].starts_with([' ', '\t']) {
        text = text[hashes..].trim().trim_end_matches('#').trim_end();
    }
    Some(text)
}

/// Appends `line` to `out` without its inline markup: `![alt](url)` goes, `[text](url)`
/// keeps its text, `**`, `__`, `` ` `` and single `*`/`_` around words go.
fn inline_text(line: &str, out: &mut String) {
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if let Some((text, after)) = link(rest) {
            if c != '!' {
                inline_text(text, out);
            }
            rest = after;
            continue;
        }
        let emphasis = matches!(c, '*' | '_' | '`') && is_emphasis(out, rest);
        if !emphasis {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
}

/// For `[text](url)` or `![alt](url)` at the start of `s`: the text and what follows.
fn link(s: &str) -> Option<(&str, &str)> {
    let body = s.strip_prefix("![").or_else(|| s.strip_prefix('['))?;
    let close = body.find("](")?;
    let target = &body[close + 2..];
    let end = target.find(')')?;
    let text = &body[..close];
    (!text.contains(['[', ']']) && !target[..end].contains(char::is_whitespace))
        .then(|| (text, &target[end + 1..]))
}

/// True when the `*`, `_` or `` ` `` starting `rest` marks emphasis or code rather than
/// standing for itself: it opens before a word (after a space or an opening bracket or
/// quote) or closes after one, and never sits inside a word ("snake_case") or between spaces.
fn is_emphasis(before: &str, rest: &str) -> bool {
    let mark = rest.chars().next().unwrap_or(' ');
    let after = rest.trim_start_matches(mark).chars().next();
    let prev = before.chars().next_back();
    let opens = prev.is_none_or(|c| c.is_whitespace() || "\"'([\u{201C}\u{2018}".contains(c))
        && after.is_some_and(|c| !c.is_whitespace());
    let closes = prev.is_some_and(|c| !c.is_whitespace()) && !after.is_some_and(char::is_alphanumeric);
    opens || closes
}

#[cfg(test)]
mod tests {
    use super::markdown_text;

    #[test]
    fn markup_goes_words_stay() {
        let cases = [
            ("## A heading ##", "A heading"),
            ("#hashtag stays", "#hashtag stays"),
            ("> > nested quote", "nested quote"),
            ("An ![photo](a.jpg) here", "An  here"),
            ("Read [the report](https://x.org/r) now", "Read the report now"),
            ("[not a link] (x)", "[not a link] (x)"),
            ("Use `code` and __strong__", "Use code and strong"),
            ("snake_case_name and 3 * 4", "snake_case_name and 3 * 4"),
            ("Said: \"*Never*,\" he said.", "Said: \"Never,\" he said."),
            ("---", ""),
            ("```rust", ""),
            ("- a list item", "- a list item"),
        ];
        for (md, want) in cases {
            assert_eq!(markdown_text(md), format!("{want}\n"), "{md}");
        }
    }

    #[test]
    fn paragraphs_keep_their_breaks() {
        assert_eq!(markdown_text("# T\n\nOne\ntwo\n\nThree"), "T\n\nOne\ntwo\n\nThree\n");
    }
}
