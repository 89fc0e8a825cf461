//! A plain-text rendering of an [`Analysis`], one line per part: what `companion` prints and
//! what the golden tests compare.

use std::fmt::Write;

use crate::analysis::Analysis;
use crate::article::{BlockKind, RemovedKind};

/// Renders `analysis` of `text` as labelled lines (`title: …`, `p: …`, `removed caption: …`).
///
/// Line breaks inside a part are shown as ` / ` so that every part stays on one line.
///
/// # Example
/// ```
/// let text = "Headline\n\nThe story.";
/// let analysis = companion_core::analyze(text);
/// assert_eq!(companion_core::outline(text, &analysis), "title: Headline\nstandfirst: The story.\n");
/// ```
pub fn outline(text: &str, analysis: &Analysis) -> String {
    let article = &analysis.article;
    let mut out = String::new();
    let mut line = |label: &str, span: crate::Span| {
        let body =
            span.slice(text).lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" / ");
        // Writing to a String cannot fail.
        let _ = writeln!(out, "{label}: {body}");
    };
    let head = [("title", article.title), ("byline", article.byline), ("date", article.date)];
    for (label, span) in head {
        span.into_iter().for_each(|s| line(label, s));
    }
    for block in &article.blocks {
        line(block_label(block.kind), block.span);
    }
    for removed in &article.removed {
        line(removed_label(removed.kind), removed.span);
    }
    out
}

fn block_label(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::Standfirst => "standfirst",
        BlockKind::Heading => "heading",
        BlockKind::Paragraph => "p",
    }
}

fn removed_label(kind: RemovedKind) -> &'static str {
    match kind {
        RemovedKind::Navigation => "removed navigation",
        RemovedKind::Caption => "removed caption",
        RemovedKind::MoreStories => "removed more stories",
    }
}
