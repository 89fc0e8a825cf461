//! Recognising page debris in copied text: skip links, photo captions, "more stories" tails.

use super::{Removed, RemovedKind};
use crate::lines::Line;
use crate::span::Span;

/// Splits `lines` into the lines that may belong to the story and the debris around them.
///
/// A "more stories" marker only ends the story once a line of ten words or more was kept.
pub(super) fn separate(text: &str, lines: &[Line]) -> (Vec<Line>, Vec<Removed>) {
    let mut kept: Vec<Line> = Vec::with_capacity(lines.len());
    let mut removed: Vec<Removed> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let s = line.span.slice(text);
        if is_skip_link(s) {
            push_removed(&mut removed, RemovedKind::Navigation, line.span);
        } else if starts_tail(s)
            && kept.iter().any(|l| l.span.slice(text).split_whitespace().nth(9).is_some())
        {
            let end = lines.last().map_or(line.span.end, |l| l.span.end);
            push_removed(&mut removed, RemovedKind::MoreStories, Span::new(line.span.start, end));
            break;
        } else if is_credit(s) {
            let mut span = line.span;
            if let Some(alt) = kept.pop_if(|prev| is_caption_title(text, prev, line)) {
                span.start = alt.span.start;
            }
            push_removed(&mut removed, RemovedKind::Caption, span);
        } else {
            kept.push(lines[i]);
        }
    }
    (kept, removed)
}

/// Records a removed span, merging it into the previous one when both are navigation.
fn push_removed(removed: &mut Vec<Removed>, kind: RemovedKind, span: Span) {
    match removed.last_mut() {
        Some(last) if last.kind == kind && kind == RemovedKind::Navigation => last.span.end = span.end,
        _ => removed.push(Removed { kind, span }),
    }
}

/// Strips list numbering or a bullet from the front of a line ("1. ", "- ", "• ").
fn strip_list_marker(line: &str) -> &str {
    let line = line.trim_start();
    let digits = line.trim_start_matches(|c: char| c.is_ascii_digit());
    let numbered = digits.len() < line.len() && digits.starts_with(['.', ')']);
    let rest = if numbered { &digits[1..] } else { line.trim_start_matches(['-', '*', '•', '·']) };
    rest.trim_start()
}

/// True for accessibility skip links and bare menu toggles.
fn is_skip_link(line: &str) -> bool {
    let line = strip_list_marker(line);
    starts_with_ci(line, "skip to ") || starts_with_ci(line, "jump to ")
}

/// True for the first line of what follows a story on a news page.
fn starts_tail(line: &str) -> bool {
    const MARKERS: &[&str] = &[
        "skip next section",
        "more stories",
        "more from dw",
        "related content",
        "related stories",
        "related articles",
        "related topics",
        "most read",
        "most popular",
        "go to homepage",
        "you might also like",
        "recommended for you",
    ];
    let line = line.trim_end_matches([':', ' ']);
    MARKERS.iter().any(|m| starts_with_ci(line, m) && (line.len() == m.len() || m.starts_with("skip")))
}

/// True for a photo-credit line: "Image: picture-alliance/dpa", or a caption that ends in a
/// credit glued to it ("…around MosulImage: Getty Images/Afp").
fn is_credit(line: &str) -> bool {
    const LABELS: &[&str] =
        &["Image:", "Photo:", "Picture:", "Photograph:", "Foto:", "Bild:", "Credit:", "Photo credit:"];
    // Every label holds a colon: one quick scan spares most lines eight searches.
    line.contains(':')
        && LABELS.iter().any(|label| {
            line.rfind(label).is_some_and(|at| {
                let credit = line[at + label.len()..].trim();
                let glued_or_alone = at == 0 || !line[..at].ends_with(' ');
                glued_or_alone && !credit.is_empty() && credit.chars().count() <= 80 && !credit.ends_with('.')
            })
        })
}

/// True when `prev` is the short title of the picture whose credit is `credit`: the line
/// just before it in the same chunk, not itself a sentence.
fn is_caption_title(text: &str, prev: &Line, credit: &Line) -> bool {
    let s = prev.span.slice(text);
    prev.chunk == credit.chunk && s.chars().count() <= 120 && !super::ends_sentence(s)
}

/// True for a line that is plainly running prose: long, or several sentences.
pub(super) fn is_prose(line: &str) -> bool {
    // The length first: a paragraph's words are never all counted.
    line.len() > 200 || line.split_whitespace().nth(25).is_some()
}

/// ASCII-case-insensitive `starts_with`.
fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

#[cfg(test)]
mod tests {
    use super::{is_credit, is_skip_link, starts_tail};

    #[test]
    fn skip_links() {
        assert!(is_skip_link("1. Skip to content"));
        assert!(is_skip_link("  2. Skip to main menu"));
        assert!(is_skip_link("- Jump to navigation"));
        assert!(!is_skip_link("Skipping school is a crime, the minister said."));
    }

    #[test]
    fn credits() {
        assert!(is_credit("Image: picture-alliance/dpa"));
        assert!(is_credit(
            "Some 500,000 people have fled the violence around MosulImage: Getty Images/Afp//Safin Hamed"
        ));
        assert!(!is_credit("The report's key finding: the image was altered."));
        assert!(!is_credit("Photo: a story about cameras that is really a sentence of the article."));
    }

    #[test]
    fn tails() {
        assert!(starts_tail("Skip next section Explore more"));
        assert!(starts_tail("More stories"));
        assert!(starts_tail("Related content:"));
        assert!(!starts_tail("More stories emerged of abuse in the camps."));
    }
}
