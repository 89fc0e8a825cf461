//! RFC 4180 records, each with the line it starts on.
//!
//! Fields are separated by commas; a field in double quotes may hold commas, line breaks
//! and doubled quotes (`""`). Lines may end in CRLF or LF. Blank lines are skipped.

/// One record: its 1-based starting line and its fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Record {
    /// The line the record starts on.
    pub line: usize,
    /// The fields, unquoted.
    pub fields: Vec<String>,
}

/// A record whose quoted field never closes: its starting line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Unclosed(pub usize);

/// Cuts `text` into records. Stops at a quoted field that is never closed, returning the
/// records before it and the error.
pub(crate) fn records(text: &str) -> (Vec<Record>, Option<Unclosed>) {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    while chars.peek().is_some() {
        let start = line;
        let mut fields = Vec::new();
        let mut field = String::new();
        loop {
            match chars.next() {
                None => break,
                Some('"') if field.is_empty() => {
                    if !quoted(&mut chars, &mut field, &mut line) {
                        return (out, Some(Unclosed(start)));
                    }
                }
                Some(',') => fields.push(std::mem::take(&mut field)),
                Some('\r') if chars.peek() == Some(&'\n') => {}
                Some('\n') => break,
                Some(c) => field.push(c),
            }
        }
        line += 1;
        fields.push(field);
        if fields.iter().any(|f| !f.trim().is_empty()) {
            out.push(Record { line: start, fields });
        }
    }
    (out, None)
}

/// Reads a quoted field's content after its opening quote, up to the closing one; text
/// after the closing quote up to the next comma or line end is kept too. False when the
/// quote never closes.
fn quoted(
    chars: &mut std::iter::Peekable<std::str::Chars<'_>>,
    field: &mut String,
    line: &mut usize,
) -> bool {
    while let Some(c) = chars.next() {
        match c {
            '"' if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            '"' => return true,
            '\n' => {
                *line += 1;
                field.push('\n');
            }
            c => field.push(c),
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::{Record, Unclosed, records};

    fn rec(line: usize, fields: &[&str]) -> Record {
        Record { line, fields: fields.iter().map(|f| (*f).to_owned()).collect() }
    }

    #[test]
    fn table() {
        let cases: &[(&str, Vec<Record>, Option<Unclosed>)] = &[
            ("a,b\r\nc,d\n", vec![rec(1, &["a", "b"]), rec(2, &["c", "d"])], None),
            ("\"x, y\",\"say \"\"hi\"\"\"\n\nz", vec![rec(1, &["x, y", "say \"hi\""]), rec(3, &["z"])], None),
            ("\"two\nlines\",n\nnext", vec![rec(1, &["two\nlines", "n"]), rec(3, &["next"])], None),
            ("ok\n\"never closed", vec![rec(1, &["ok"])], Some(Unclosed(2))),
            ("", vec![], None),
        ];
        for (text, want, unclosed) in cases {
            assert_eq!(records(text), (want.clone(), *unclosed), "{text:?}");
        }
    }
}
