//! Turning raw bytes into article text, or into an error a reader can act on.

use std::fmt;

/// The largest input accepted, in bytes (20 MB). Longer texts are not articles.
pub const MAX_INPUT_BYTES: usize = 20 * 1024 * 1024;

/// Checks that `bytes` hold readable article text and returns it as `&str`.
///
/// A leading UTF-8 byte-order mark is dropped.
///
/// # Errors
/// Empty or blank input, input over [`MAX_INPUT_BYTES`], invalid UTF-8 and binary data
/// (NUL bytes or many control characters) each give an [`InputError`] whose message says
/// what was wrong and what to do.
///
/// # Example
/// ```
/// assert_eq!(companion_core::check_input(b"Hello").unwrap(), "Hello");
/// let err = companion_core::check_input(b"  \n ").unwrap_err();
/// assert!(err.to_string().contains("empty"));
/// ```
pub fn check_input(bytes: &[u8]) -> Result<&str, InputError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(InputError::new(Kind::TooLarge(bytes.len())));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if looks_binary(bytes) {
        return Err(InputError::new(Kind::Binary));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| InputError::new(Kind::NotUtf8(e.valid_up_to())))?;
    if text.trim().is_empty() {
        return Err(InputError::new(Kind::Empty));
    }
    Ok(text)
}

/// True for data that is not text: any NUL byte, or more than 1 in 100 of the first 64 KiB
/// being control characters other than tab, line feed, carriage return and form feed.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(64 * 1024)];
    if head.contains(&0) {
        return true;
    }
    let controls = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)).count();
    controls * 100 > head.len()
}

/// Why some input could not be read as an article. Its `Display` is a complete sentence
/// meant for the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    kind: Kind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Kind {
    Empty,
    TooLarge(usize),
    Binary,
    NotUtf8(usize),
}

impl InputError {
    fn new(kind: Kind) -> InputError {
        InputError { kind }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            Kind::Empty => f.write_str("There is no text to read: the input is empty."),
            Kind::TooLarge(n) => write!(
                f,
                "This is too large to be an article ({:.1} MB; the limit is {} MB).",
                n as f64 / 1_048_576.0,
                MAX_INPUT_BYTES / 1_048_576
            ),
            Kind::Binary => f.write_str(
                "This looks like a binary file (an image, a PDF or a program), not text. \
                 Open a .txt, .html or .md file, or paste the article's text.",
            ),
            Kind::NotUtf8(at) => write!(
                f,
                "This text is not valid UTF-8 (the first bad byte is at offset {at}). \
                 Save it as UTF-8 and try again."
            ),
        }
    }
}

impl std::error::Error for InputError {}

#[cfg(test)]
mod tests {
    use super::{MAX_INPUT_BYTES, check_input};

    struct Case {
        name: &'static str,
        input: &'static [u8],
        expect: Result<&'static str, &'static str>,
    }

    const CASES: &[Case] = &[
        Case { name: "plain", input: b"Hello, world.", expect: Ok("Hello, world.") },
        Case { name: "bom dropped", input: b"\xEF\xBB\xBFHi", expect: Ok("Hi") },
        Case { name: "empty", input: b"", expect: Err("empty") },
        Case { name: "blank", input: b" \n\t\r\n", expect: Err("empty") },
        Case { name: "nul byte", input: b"PK\x03\x04\x00\x00", expect: Err("binary") },
        Case { name: "png header", input: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", expect: Err("binary") },
        Case { name: "latin-1", input: b"caf\xe9 au lait", expect: Err("offset 3") },
    ];

    #[test]
    fn table() {
        for case in CASES {
            let got = check_input(case.input).map_err(|e| e.to_string());
            match (got, case.expect) {
                (Ok(text), Ok(want)) => assert_eq!(text, want, "{}", case.name),
                (Err(msg), Err(want)) => assert!(msg.contains(want), "{}: {msg}", case.name),
                (got, want) => panic!("{}: got {got:?}, want {want:?}", case.name),
            }
        }
    }

    #[test]
    fn too_large() {
        let big = vec![b'a'; MAX_INPUT_BYTES + 1];
        let msg = check_input(&big).expect_err("too large").to_string();
        assert!(msg.contains("too large") && msg.contains("20 MB"), "{msg}");
    }
}
