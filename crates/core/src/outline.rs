//! A plain-text rendering of an [`Analysis`], one line per part: what `companion` prints and
//! what the golden tests compare.

use std::fmt::Write;

use crate::analysis::Analysis;
use crate::article::{BlockKind, RemovedKind};
use crate::notes::NoteSource;
use crate::quotes::{QuoteKind, SpeakerKind};

/// Renders `analysis` of `text` as labelled lines (`title: …`, `p: …`, `removed caption: …`),
/// then its quotes and speakers as [`quote_listing`] shows them, then its notes as
/// [`note_listing`] shows them.
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
    out + &quote_listing(text, analysis) + &note_listing(analysis)
}

/// Renders the quotes and speakers of `analysis` of `text`, one line each: what
/// `companion analyze` prints.
///
/// A quote line gives its kind, speaker, cue and words; a speaker line gives the kind,
/// name, aliases and description.
///
/// # Example
/// ```
/// let text = "\"We will win this race,\" Jane Doe said.";
/// let listing = companion_core::quote_listing(text, &companion_core::analyze(text));
/// assert!(listing.starts_with("quote claim [Jane Doe] said: \"We will win this race,\""));
/// ```
pub fn quote_listing(text: &str, analysis: &Analysis) -> String {
    let mut out = String::new();
    for quote in &analysis.quotes {
        let kind = match quote.kind {
            QuoteKind::Claim => "claim",
            QuoteKind::Mention => "mention",
        };
        let speaker = quote.speaker.and_then(|i| analysis.speakers.get(i)).map_or("?", |s| s.name.as_str());
        let cue = quote.cue.as_deref().map_or(String::new(), |c| format!(" {c}"));
        let words = quote.span.slice(text).split_whitespace().collect::<Vec<_>>().join(" ");
        let _ = writeln!(
            out,
            "quote {kind} [{speaker}]{cue}: \"{words}\" ({}, {:.2})",
            quote.reason, quote.confidence
        );
    }
    for speaker in &analysis.speakers {
        let kind = match speaker.kind {
            SpeakerKind::Person => "person",
            SpeakerKind::Organisation => "organisation",
            SpeakerKind::Group => "group",
            SpeakerKind::Unknown => "unknown",
        };
        let aliases = speaker.aliases.join(", ");
        let _ = writeln!(out, "speaker {kind} {} [{aliases}]: {}", speaker.name, speaker.description);
    }
    out
}

/// Renders the notes of `analysis`, one line each in order of first mention:
/// `note [source] Term: N mentions`.
///
/// # Example
/// ```
/// let text = "The Kurdistan Regional Government (KRG) met. The KRG agreed.";
/// let listing = companion_core::note_listing(&companion_core::analyze(text));
/// assert_eq!(listing, "note [article] KRG: 2 mentions\n");
/// ```
pub fn note_listing(analysis: &Analysis) -> String {
    let mut out = String::new();
    for note in &analysis.notes {
        let source = match note.source {
            NoteSource::Builtin => "builtin",
            NoteSource::Article => "article",
            NoteSource::Custom => "custom",
        };
        let n = note.mentions.len();
        let plural = if n == 1 { "" } else { "s" };
        let _ = writeln!(out, "note [{source}] {}: {n} mention{plural}", note.term);
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
