//! What the reader brought: an incoming file, download, drop or paste judged by its name, type
//! and content, before any browser work is done on it. Pure, and tested natively.
//!
//! The browser side (`glue::load`) asks [`refusal`] first (images and other media are not
//! articles), decodes with [`encoding_for`], then cleans by [`Format`].

use companion_core::MAX_INPUT_BYTES;

/// How the text of an incoming article is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A web page: the article is extracted from its markup.
    Html,
    /// Markdown: its markup is dropped.
    Markdown,
    /// Plain text (a paste, a `.txt` file): page debris is set apart by the analysis.
    Text,
}

/// What is known about something the reader brought, besides its content.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Incoming<'a> {
    /// A file name or a URL ("" for a paste), for choosing the format and for messages.
    pub name: &'a str,
    /// Its media type as the browser or server gave it ("" when unknown).
    pub mime: &'a str,
}

impl Incoming<'_> {
    /// The name's extension, lower case ("html"), ignoring a URL's query and fragment.
    fn extension(&self) -> String {
        let path = self.name.split(['?', '#']).next().unwrap_or_default();
        let file = path.rsplit('/').next().unwrap_or_default();
        file.rsplit_once('.').map(|(_, ext)| ext.to_ascii_lowercase()).unwrap_or_default()
    }

    /// The media type without parameters, lower case.
    fn essence(&self) -> String {
        self.mime.split(';').next().unwrap_or_default().trim().to_ascii_lowercase()
    }

    /// The name as shown in messages: "report.html: …", or nothing for a paste.
    pub fn label(&self) -> String {
        if self.name.is_empty() { String::new() } else { format!("{}: ", self.name) }
    }
}

/// Why `incoming` (of `size` bytes) cannot be an article, before reading it: images, sound,
/// video, PDFs, archives and anything over the size limit get a message saying what to open
/// instead.
pub fn refusal(incoming: &Incoming, size: usize) -> Option<String> {
    let label = incoming.label();
    if size > MAX_INPUT_BYTES {
        let mb = size as f64 / 1_048_576.0;
        let limit = MAX_INPUT_BYTES / 1_048_576;
        return Some(format!(
            "{label}This is too large to be an article ({mb:.1} MB; the limit is {limit} MB)."
        ));
    }
    let essence = incoming.essence();
    let kind = match essence.split('/').next().unwrap_or_default() {
        "image" => "an image",
        "audio" => "a sound file",
        "video" => "a video",
        _ if essence == "application/pdf" || incoming.extension() == "pdf" => "a PDF",
        _ if ["zip", "gzip", "x-tar", "x-7z-compressed"].iter().any(|a| essence.ends_with(a)) => "an archive",
        _ => return None,
    };
    Some(format!(
        "{label}This is {kind}, not an article. Open a text file (.txt), a saved web page (.html) or a Markdown file (.md), or paste the article's text."
    ))
}

/// How `text` from `incoming` is written: by the name's extension, then the media type, then
/// by looking at the text itself (a paste of page source is HTML).
pub fn format_of(incoming: &Incoming, text: &str) -> Format {
    match (incoming.extension().as_str(), incoming.essence().as_str()) {
        ("html" | "htm" | "xhtml", _) | (_, "text/html" | "application/xhtml+xml") => Format::Html,
        ("md" | "markdown", _) | (_, "text/markdown") => Format::Markdown,
        _ if companion_core::looks_like_html(text) => Format::Html,
        _ => Format::Text,
    }
}

/// The encoding to decode `bytes` with: a byte-order mark wins, then the `charset` of a
/// server's `Content-Type` (`declared`), then what the content says or suggests
/// ([`companion_core::sniff_encoding`]).
pub fn encoding_for<'a>(bytes: &[u8], declared: Option<&'a str>) -> &'a str {
    companion_core::bom_encoding(bytes).or(declared).unwrap_or_else(|| companion_core::sniff_encoding(bytes))
}

/// The `charset` parameter of a `Content-Type` header value, if it names one.
pub fn charset_of(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        let value = value.trim().trim_matches('"').trim();
        (name.trim().eq_ignore_ascii_case("charset") && !value.is_empty()).then_some(value)
    })
}

#[cfg(test)]
mod tests {
    use super::{Format, Incoming, charset_of, encoding_for, format_of, refusal};

    fn incoming<'a>(name: &'a str, mime: &'a str) -> Incoming<'a> {
        Incoming { name, mime }
    }

    #[test]
    fn formats_by_name_type_and_content() {
        let cases = [
            (incoming("story.HTML", ""), "plain words", Format::Html),
            (incoming("https://news.example/a/b?x=1.txt", "text/html; charset=utf-8"), "", Format::Html),
            (incoming("notes.md", "text/plain"), "# Title", Format::Markdown),
            (incoming("", ""), "<!doctype html><html><body><p>Hi</p>", Format::Html),
            (incoming("", ""), "A headline\n\nA paragraph with <b> in prose.", Format::Text),
            (incoming("story.txt", "text/plain"), "Words.", Format::Text),
        ];
        for (incoming, text, want) in cases {
            assert_eq!(format_of(&incoming, text), want, "{incoming:?}");
        }
    }

    #[test]
    fn media_and_huge_files_are_refused_with_a_way_forward() {
        let photo = refusal(&incoming("photo.jpg", "image/jpeg"), 2_000).expect("refused");
        assert!(photo.starts_with("photo.jpg: This is an image, not an article."), "{photo}");
        assert!(photo.contains(".html"));
        assert!(refusal(&incoming("a.pdf", ""), 10).expect("refused").contains("a PDF"));
        let huge = refusal(&incoming("big.txt", "text/plain"), 30 * 1_048_576).expect("refused");
        assert!(huge.contains("30.0 MB"), "{huge}");
        assert_eq!(refusal(&incoming("story.txt", "text/plain"), 10), None);
        assert_eq!(refusal(&incoming("", ""), 10), None);
    }

    #[test]
    fn encoding_order_is_bom_then_header_then_content() {
        assert_eq!(encoding_for(b"caf\xE9", None), "windows-1252");
        assert_eq!(encoding_for(b"caf\xE9", Some("iso-8859-15")), "iso-8859-15");
        assert_eq!(encoding_for(b"\xEF\xBB\xBFcaf\xC3\xA9", Some("windows-1252")), "utf-8");
        assert_eq!(charset_of("text/html; Charset=\"ISO-8859-1\""), Some("ISO-8859-1"));
        assert_eq!(charset_of("text/html"), None);
    }
}
