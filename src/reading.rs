//! The reading model: what the article view draws, derived from an [`Analysis`] by slicing.
//!
//! Each block is cut into [`Run`]s of plain text, highlighted claims and lightly marked
//! mentions, using the quotes' spans; speakers get a summary of their claims and a colour.
//! Pure functions over the analysis, tested natively; the components only render them.

use companion_core::{Analysis, Note, NoteSource, Quote, QuoteKind, Span, Speaker, SpeakerKind};

/// A piece of one block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Run {
    /// Text with nothing to mark.
    Text(Span),
    /// A quoted claim, highlighted; `quote` indexes `Analysis::quotes`.
    Claim {
        /// The quote's index.
        quote: usize,
        /// The part of the quote inside this block.
        span: Span,
    },
    /// A mention (scare quote, title, headline quote), lightly marked.
    Mention {
        /// The quote's index.
        quote: usize,
        /// The part of the quote inside this block.
        span: Span,
    },
}

/// The runs of `block`: its text cut at the quotes inside it. Claims for which `shown` is
/// false become plain text (a speaker filter); nested or overlapping quotes keep the outer one.
pub fn runs(block: Span, quotes: &[Quote], shown: impl Fn(&Quote) -> bool) -> Vec<Run> {
    let first = quotes.partition_point(|q| q.span.end <= block.start);
    let mut out = Vec::new();
    let mut at = block.start;
    for (index, quote) in quotes.iter().enumerate().skip(first) {
        if quote.span.start >= block.end {
            break;
        }
        let start = quote.span.start.max(block.start);
        let end = quote.span.end.min(block.end);
        if start < at || start >= end || (quote.kind == QuoteKind::Claim && !shown(quote)) {
            continue;
        }
        if at < start {
            out.push(Run::Text(Span::new(at, start)));
        }
        let span = Span::new(start, end);
        out.push(match quote.kind {
            QuoteKind::Claim => Run::Claim { quote: index, span },
            QuoteKind::Mention => Run::Mention { quote: index, span },
        });
        at = end;
    }
    if at < block.end {
        out.push(Run::Text(Span::new(at, block.end)));
    }
    out
}

/// A mention of a term with a note, to be marked inside the runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TermMark {
    /// Where the mention is.
    pub span: Span,
    /// Index into `Analysis::notes`.
    pub note: usize,
    /// Which mention of that note it is (0: the first).
    pub mention: usize,
}

/// A piece of one run: plain text or a term with a note.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Text without a note.
    Text(Span),
    /// A term with a note.
    Term(TermMark),
}

/// The pieces of `span` (one run): its text cut at the term marks inside it. `marks` are
/// sorted by start and do not overlap; a mark that crosses the run's edge stays text.
pub fn pieces(span: Span, marks: &[TermMark]) -> Vec<Piece> {
    let first = marks.partition_point(|m| m.span.start < span.start);
    let mut out = Vec::new();
    let mut at = span.start;
    for mark in marks[first..].iter().take_while(|m| m.span.end <= span.end) {
        if at < mark.span.start {
            out.push(Piece::Text(Span::new(at, mark.span.start)));
        }
        out.push(Piece::Term(*mark));
        at = mark.span.end;
    }
    if at < span.end {
        out.push(Piece::Text(Span::new(at, span.end)));
    }
    out
}

/// The term mentions to mark, sorted by position: every mention of each note, or only its
/// first (the reader's setting). Overlapping mentions keep the earlier one.
pub fn term_marks(notes: &[Note], every_mention: bool) -> Vec<TermMark> {
    let mut marks: Vec<TermMark> = notes
        .iter()
        .enumerate()
        .flat_map(|(note, n)| {
            let take = if every_mention { n.mentions.len() } else { 1 };
            n.mentions.iter().take(take).enumerate().map(move |(mention, &span)| TermMark {
                span,
                note,
                mention,
            })
        })
        .collect();
    marks.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    let mut end = 0;
    marks.retain(|m| {
        let keep = m.span.start >= end;
        end = end.max(m.span.end);
        keep
    });
    marks
}

/// Where a note comes from, in words for the reader.
pub fn source_label(source: NoteSource) -> &'static str {
    match source {
        NoteSource::Builtin => "Built-in notes",
        NoteSource::Article => "From this article",
        NoteSource::Custom => "From your glossary",
    }
}

/// One entry of the speakers panel.
#[derive(Clone, Debug, PartialEq)]
pub struct SpeakerSummary {
    /// Index into `Analysis::speakers`.
    pub speaker: usize,
    /// The speaker's claims, as indices into `Analysis::quotes`, in text order.
    pub claims: Vec<usize>,
}

/// Everyone quoted with at least one claim, in order of their first claim.
pub fn speakers(analysis: &Analysis) -> Vec<SpeakerSummary> {
    let mut out: Vec<SpeakerSummary> = Vec::new();
    for (index, quote) in analysis.quotes.iter().enumerate().filter(|(_, q)| q.kind == QuoteKind::Claim) {
        let Some(speaker) = quote.speaker.filter(|&s| s < analysis.speakers.len()) else { continue };
        match out.iter_mut().find(|s| s.speaker == speaker) {
            Some(summary) => summary.claims.push(index),
            None => out.push(SpeakerSummary { speaker, claims: vec![index] }),
        }
    }
    out
}

/// The claims a reader steps through: all of them, or one speaker's.
pub fn claims(analysis: &Analysis, speaker: Option<usize>) -> Vec<usize> {
    let wanted = |q: &Quote| q.kind == QuoteKind::Claim && (speaker.is_none() || q.speaker == speaker);
    analysis.quotes.iter().enumerate().filter(|(_, q)| wanted(q)).map(|(i, _)| i).collect()
}

/// The number of speaker colours in the stylesheet (`rc-c0` … `rc-c7`).
pub const COLOURS: usize = 8;

/// The colour class of a speaker (`None`: unknown speaker).
pub fn colour_class(speaker: Option<usize>) -> String {
    speaker.map_or_else(|| "rc-cu".to_owned(), |s| format!("rc-c{}", s % COLOURS))
}

/// The short label used at the start of a quote on narrow screens: a person's surname, an
/// organisation's or group's name.
pub fn short_name(speaker: &Speaker) -> &str {
    match speaker.kind {
        SpeakerKind::Person => speaker.name.rsplit(' ').next().unwrap_or(&speaker.name),
        _ => &speaker.name,
    }
}

/// What kind of speaker, in words for the panel.
pub fn kind_label(kind: SpeakerKind) -> &'static str {
    match kind {
        SpeakerKind::Person => "person",
        SpeakerKind::Organisation => "organisation",
        SpeakerKind::Group => "group",
        SpeakerKind::Unknown => "unnamed source",
    }
}

/// "1 claim", "4 claims": `n` with the singular or plural noun.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Attributions below this confidence are shown as tentative.
pub const TENTATIVE_BELOW: f64 = 0.6;

/// The accessible name of a panel beside an article: `what`, and the article's headline when
/// it has one, so that the panels of several companions on one page have different names.
pub fn panel_label(what: &str, text: &str, analysis: &Analysis) -> String {
    match analysis.article.title.map(|s| s.slice(text)) {
        Some(title) => format!("{what}: {title}"),
        None => what.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use companion_core::analyze;

    use super::{Run, claims, runs, speakers};

    const TEXT: &str = "City plans to 'rebuild' fast\n\n\"We will win,\" Jane Doe said.\n\n\"Never,\" Bob Roe told reporters.";

    /// The runs of `span` as (kind, text) pairs.
    fn labelled(
        span: companion_core::Span,
        analysis: &companion_core::Analysis,
    ) -> Vec<(&'static str, &'static str)> {
        runs(span, &analysis.quotes, |_| true)
            .into_iter()
            .map(|run| match run {
                Run::Text(s) => ("text", s.slice(TEXT)),
                Run::Claim { span, .. } => ("claim", span.slice(TEXT)),
                Run::Mention { span, .. } => ("mention", span.slice(TEXT)),
            })
            .collect()
    }

    #[test]
    fn runs_cut_blocks_at_quotes() {
        let analysis = analyze(TEXT);
        let title = analysis.article.title.expect("a title");
        assert_eq!(
            labelled(title, &analysis),
            [("text", "City plans to '"), ("mention", "rebuild"), ("text", "' fast")]
        );
        let block = analysis.article.blocks[0].span;
        assert_eq!(
            labelled(block, &analysis),
            [("text", "\""), ("claim", "We will win,"), ("text", "\" Jane Doe said.")]
        );
    }

    #[test]
    fn hidden_claims_become_text_and_runs_cover_the_block() {
        let analysis = analyze(TEXT);
        for block in &analysis.article.blocks {
            let cut = runs(block.span, &analysis.quotes, |_| false);
            assert!(cut.iter().all(|r| !matches!(r, Run::Claim { .. })));
            let covered: usize = cut
                .iter()
                .map(|r| match r {
                    Run::Text(s) | Run::Claim { span: s, .. } | Run::Mention { span: s, .. } => s.len(),
                })
                .sum();
            assert_eq!(covered, block.span.len());
        }
    }

    #[test]
    fn pieces_mark_terms_inside_a_run() {
        use super::{Piece, TermMark, pieces};
        use companion_core::Span;
        let mark = |start, end, note| TermMark { span: Span::new(start, end), note, mention: 0 };
        let marks = [mark(2, 4, 0), mark(6, 9, 1), mark(12, 20, 2)];
        assert_eq!(
            pieces(Span::new(0, 15), &marks),
            [
                Piece::Text(Span::new(0, 2)),
                Piece::Term(marks[0]),
                Piece::Text(Span::new(4, 6)),
                Piece::Term(marks[1]),
                Piece::Text(Span::new(9, 15)),
            ],
            "a mark crossing the run's end stays text"
        );
        assert_eq!(pieces(Span::new(4, 6), &marks), [Piece::Text(Span::new(4, 6))]);
    }

    #[test]
    fn speakers_and_their_claims() {
        let analysis = analyze(TEXT);
        let summary = speakers(&analysis);
        let names: Vec<(&str, usize)> =
            summary.iter().map(|s| (analysis.speakers[s.speaker].name.as_str(), s.claims.len())).collect();
        assert_eq!(names, [("Jane Doe", 1), ("Bob Roe", 1)]);
        assert_eq!(claims(&analysis, None).len(), 2);
        assert_eq!(claims(&analysis, Some(summary[1].speaker)), summary[1].claims);
    }

    #[test]
    fn panel_labels_name_the_article() {
        let text = "Ferry fares rise\n\nThe story.";
        let analysis = companion_core::analyze(text);
        assert_eq!(super::panel_label("Who is quoted", text, &analysis), "Who is quoted: Ferry fares rise");
    }
}
