//! Which text encoding a saved page is in, and whether some text is HTML at all.
//!
//! Decoding itself needs an encoding table, which is the caller's (the browser's
//! `TextDecoder`, `encoding_rs` natively); this module only picks the label, the way browsers
//! do for a local file: byte-order mark, then `<meta charset>`, then a guess.

/// How far into a document a `<meta charset>` is looked for, as browsers do.
const META_SCAN_BYTES: usize = 1024;

/// The WHATWG encoding label to decode `bytes` with, such as `"utf-8"`, `"windows-1252"` or
/// `"iso-8859-2"`.
///
/// A byte-order mark decides first (`"utf-8"`, `"utf-16le"`, `"utf-16be"`); then bytes that
/// are valid UTF-8 with non-ASCII characters in them are `"utf-8"`, whatever the page
/// declares: a page converted or saved after it was served often keeps its old
/// `<meta charset>`, and legacy-encoded text is practically never valid UTF-8 by chance.
/// Then a `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`
/// in the first 1024 bytes; otherwise `"utf-8"` when the bytes are valid UTF-8, else
/// `"windows-1252"`, the usual encoding of old Western pages. Labels are canonical WHATWG
/// names, so `latin1` and `us-ascii` give `"windows-1252"`, as in browsers.
///
/// ```
/// use companion_core::sniff_encoding;
/// assert_eq!(sniff_encoding(b"<meta charset=\"ISO-8859-2\"><p>\xB1"), "iso-8859-2");
/// assert_eq!(sniff_encoding(b"caf\xE9"), "windows-1252");
/// assert_eq!(sniff_encoding("café".as_bytes()), "utf-8");
/// assert_eq!(sniff_encoding("<meta charset=\"gb2312\"><p>中文".as_bytes()), "utf-8");
/// ```
pub fn sniff_encoding(bytes: &[u8]) -> &'static str {
    if let Some(label) = bom_encoding(bytes) {
        return label;
    }
    let utf8 = std::str::from_utf8(bytes).is_ok();
    if utf8 && !bytes.is_ascii() {
        return "utf-8";
    }
    if let Some(label) = meta_charset(&bytes[..bytes.len().min(META_SCAN_BYTES)]) {
        return label;
    }
    if utf8 { "utf-8" } else { "windows-1252" }
}

/// The encoding a byte-order mark at the start of `bytes` declares (`"utf-8"`,
/// `"utf-16le"`, `"utf-16be"`), if there is one. A mark outranks every other declaration,
/// a server's `charset` included.
///
/// ```
/// assert_eq!(companion_core::bom_encoding(b"\xFF\xFEh\0"), Some("utf-16le"));
/// assert_eq!(companion_core::bom_encoding(b"plain"), None);
/// ```
pub fn bom_encoding(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => Some("utf-8"),
        [0xFF, 0xFE, ..] => Some("utf-16le"),
        [0xFE, 0xFF, ..] => Some("utf-16be"),
        _ => None,
    }
}

/// The canonical label named by the first `charset=` inside a `<meta` tag of `head`, if it is
/// one this function knows.
fn meta_charset(head: &[u8]) -> Option<&'static str> {
    let lower = head.to_ascii_lowercase();
    let mut rest = &lower[..];
    while let Some(at) = find(rest, b"<meta") {
        let tag = &rest[at..];
        let tag = &tag[..find(tag, b">").unwrap_or(tag.len())];
        if let Some(c) = find(tag, b"charset") {
            let value = tag[c + b"charset".len()..].trim_ascii_start();
            let value = value.strip_prefix(b"=").unwrap_or(value).trim_ascii_start();
            let value = value.strip_prefix(b"\"").or_else(|| value.strip_prefix(b"'")).unwrap_or(value);
            let len = value
                .iter()
                .position(|b| !(b.is_ascii_alphanumeric() || b"-_:.".contains(b)))
                .unwrap_or(value.len());
            if let Some(label) = std::str::from_utf8(&value[..len]).ok().and_then(canonical) {
                return Some(label);
            }
        }
        rest = &rest[at + 1..];
    }
    None
}

/// The position of `needle` in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The canonical WHATWG name for a lower-case encoding label, for the encodings news pages
/// use. A UTF-16 label in a `<meta>` means UTF-8, as the HTML standard says.
fn canonical(label: &str) -> Option<&'static str> {
    const LABELS: &[(&[&str], &str)] = &[
        (&["utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be"], "utf-8"),
        (
            &[
                "windows-1252",
                "cp1252",
                "x-cp1252",
                "iso-8859-1",
                "iso8859-1",
                "latin1",
                "l1",
                "us-ascii",
                "ascii",
                "iso_8859-1",
                "cp819",
            ],
            "windows-1252",
        ),
        (&["iso-8859-2", "iso8859-2", "latin2", "l2", "iso_8859-2"], "iso-8859-2"),
        (&["iso-8859-3", "iso8859-3", "latin3"], "iso-8859-3"),
        (&["iso-8859-4", "iso8859-4", "latin4"], "iso-8859-4"),
        (&["iso-8859-5", "iso8859-5", "cyrillic"], "iso-8859-5"),
        (&["iso-8859-6", "iso8859-6", "arabic"], "iso-8859-6"),
        (&["iso-8859-7", "iso8859-7", "greek"], "iso-8859-7"),
        (&["iso-8859-8", "iso8859-8", "hebrew"], "iso-8859-8"),
        (&["iso-8859-9", "iso8859-9", "latin5", "windows-1254", "cp1254"], "windows-1254"),
        (&["iso-8859-10", "iso8859-10", "latin6"], "iso-8859-10"),
        (&["iso-8859-13", "iso8859-13"], "iso-8859-13"),
        (&["iso-8859-14", "iso8859-14"], "iso-8859-14"),
        (&["iso-8859-15", "iso8859-15", "latin9"], "iso-8859-15"),
        (&["iso-8859-16", "iso8859-16"], "iso-8859-16"),
        (&["windows-1250", "cp1250"], "windows-1250"),
        (&["windows-1251", "cp1251"], "windows-1251"),
        (&["windows-1253", "cp1253"], "windows-1253"),
        (&["windows-1255", "cp1255"], "windows-1255"),
        (&["windows-1256", "cp1256"], "windows-1256"),
        (&["windows-1257", "cp1257"], "windows-1257"),
        (&["windows-1258", "cp1258"], "windows-1258"),
        (&["koi8-r", "koi8"], "koi8-r"),
        (&["koi8-u"], "koi8-u"),
        (&["shift_jis", "shift-jis", "sjis", "x-sjis"], "shift_jis"),
        (&["euc-jp"], "euc-jp"),
        (&["iso-2022-jp"], "iso-2022-jp"),
        (&["gbk", "gb2312", "x-gbk", "gb_2312-80"], "gbk"),
        (&["gb18030"], "gb18030"),
        (&["big5", "big5-hkscs"], "big5"),
        (&["euc-kr", "ks_c_5601-1987", "windows-949"], "euc-kr"),
    ];
    LABELS.iter().find(|(labels, _)| labels.contains(&label)).map(|(_, name)| *name)
}

/// True when `text` (pasted or opened) is an HTML document or fragment rather than plain
/// text: it starts with a tag, and its first kilobyte has a typical HTML one.
///
/// ```
/// use companion_core::looks_like_html;
/// assert!(looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>"));
/// assert!(!looks_like_html("A headline\n\nThe <b> tag makes text bold."));
/// ```
pub fn looks_like_html(text: &str) -> bool {
    const TAGS: &[&str] = &[
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<meta",
        "<title",
        "<div",
        "<p>",
        "<p ",
        "<article",
        "<section",
    ];
    let text = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if !text.starts_with('<') {
        return false;
    }
    let end = (0..=text.len().min(META_SCAN_BYTES)).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let head = text[..end].to_ascii_lowercase();
    TAGS.iter().any(|tag| head.contains(tag))
}
