//! `companion`: the Reading Companion's analysis on the command line, for batch evaluation
//! and for looking at what the app will show.

mod html;
mod notes;

use std::io::{Read, Write};
use std::process::ExitCode;

const HELP: &str = "\
companion: read a news article the way the Reading Companion app does

USAGE:
    companion <COMMAND> [ARGS]

COMMANDS:
    extract <PATH> [--body]
                     Print the cleaned article: title, then paragraphs separated by blank
                     lines (for a web page: title, byline, date, then the story's blocks;
                     with --body, the story's blocks only). PATH may be - for standard input.
    outline <PATH> [--glossary FILE]...
                     Print every part found (title, byline, date, blocks, removed page
                     debris, quotes, speakers, notes), one labelled line each.
    analyze <PATH> [--json] [--glossary FILE]...
                     Print the quotes with their speakers and the background notes, one
                     line each; with --json, {text_len, quotes, speakers, notes} with byte
                     offsets into the text, and for a web page also the cleaned \"text\"
                     those offsets refer to.

INPUT:
    Plain UTF-8 text, or a saved web page (.html/.htm, or content that looks like HTML):
    its encoding is taken from its byte-order mark or <meta charset>, and its article is
    extracted first.

OPTIONS:
    --glossary FILE  Add a custom glossary (.json or .csv) over the built-in notes pack;
                     its entries override the pack's. Repeatable. Bad lines are reported
                     on stderr and skipped.
    -h, --help       Print this help
    -V, --version    Print the version

ENVIRONMENT:
    COMPANION_NOTES_PACK  The built-in notes pack (default: www/notes/pack.json of the
                          repository the program was built in, else of the current folder).
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut warnings = Vec::new();
    let result = run(&args, &mut warnings);
    for warning in warnings {
        eprintln!("companion: {warning}");
    }
    match result {
        Ok(output) => {
            // A closed pipe (`companion extract x | head`) is not an error worth reporting.
            let _ = std::io::stdout().write_all(output.as_bytes());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("companion: {message}");
            ExitCode::from(2)
        }
    }
}

/// Runs one command line and returns what to print, or a one-line error; problems that do
/// not stop the command (a missing notes pack, bad glossary lines) go to `warnings`.
fn run(args: &[&str], warnings: &mut Vec<String>) -> Result<String, String> {
    match args {
        [] | ["-h" | "--help" | "help", ..] => Ok(HELP.to_owned()),
        ["-V" | "--version", ..] => Ok(format!("companion {}\n", env!("CARGO_PKG_VERSION"))),
        ["extract", path] => Ok(extract(&Input::load(path)?, false)),
        ["extract", "--body", path] | ["extract", path, "--body"] => Ok(extract(&Input::load(path)?, true)),
        ["outline", rest @ ..] => {
            let options = Options::parse(rest, false)?;
            let glossary = notes::glossary(&options.glossaries, warnings)?;
            let text = Input::load(options.path)?.text;
            Ok(companion_core::outline(&text, &companion_core::analyze_with(&text, &glossary)))
        }
        ["analyze", rest @ ..] => {
            let options = Options::parse(rest, true)?;
            let glossary = notes::glossary(&options.glossaries, warnings)?;
            let input = Input::load(options.path)?;
            let text = &input.text;
            if options.json {
                Ok(analyze_json(text, &glossary, input.page.is_some()))
            } else {
                let analysis = companion_core::analyze_with(text, &glossary);
                Ok(companion_core::quote_listing(text, &analysis) + &companion_core::note_listing(&analysis))
            }
        }
        ["extract", ..] => Err("'extract' takes one PATH (or -) and maybe --body. Try --help.".to_owned()),
        [other, ..] => Err(format!("unknown command '{other}'. Try --help.")),
    }
}

/// The arguments of `outline` and `analyze`.
struct Options<'a> {
    path: &'a str,
    json: bool,
    glossaries: Vec<&'a str>,
}

impl<'a> Options<'a> {
    /// Reads `PATH [--json] [--glossary FILE]...` in any order; `--json` only when allowed.
    fn parse(args: &[&'a str], json_allowed: bool) -> Result<Options<'a>, String> {
        let mut path = None;
        let mut json = false;
        let mut glossaries = Vec::new();
        let mut args = args.iter();
        while let Some(&arg) = args.next() {
            match arg {
                "--json" if json_allowed => json = true,
                "--glossary" => glossaries.push(*args.next().ok_or("--glossary needs a FILE. Try --help.")?),
                flag if flag.starts_with("--") => {
                    return Err(format!("unknown option '{flag}'. Try --help."));
                }
                _ if path.is_some() => return Err("give one PATH (or -). Try --help.".to_owned()),
                _ => path = Some(arg),
            }
        }
        let path = path.ok_or("give a PATH (or -) to read. Try --help.")?;
        Ok(Options { path, json, glossaries })
    }
}

/// One input, read and checked: the article text to analyse, and the extracted article
/// when the input was a web page.
struct Input {
    text: String,
    page: Option<companion_core::ExtractedArticle>,
}

impl Input {
    /// Reads `path` (or standard input for `-`): a web page (by its extension or its content)
    /// is decoded and its article extracted; anything else must be UTF-8 article text.
    fn load(path: &str) -> Result<Input, String> {
        let bytes = read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        let checked = |bytes: &[u8]| {
            companion_core::check_input(bytes).map(str::to_owned).map_err(|e| format!("{path}: {e}"))
        };
        if bytes.len() <= companion_core::MAX_INPUT_BYTES {
            let decoded = html::decode(&bytes);
            if html::has_html_extension(path) || companion_core::looks_like_html(&decoded) {
                let page =
                    html::extract(&checked(decoded.as_bytes())?).map_err(|e| format!("{path}: {e}"))?;
                return Ok(Input { text: page.to_text(), page: Some(page) });
            }
        }
        Ok(Input { text: checked(&bytes)?, page: None })
    }
}

fn read(path: &str) -> std::io::Result<Vec<u8>> {
    if path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes)?;
        Ok(bytes)
    } else {
        std::fs::read(path)
    }
}

/// The cleaned article, title then blocks separated by blank lines; for a web page, the
/// extracted article (only its blocks when `body_only`).
fn extract(input: &Input, body_only: bool) -> String {
    match &input.page {
        Some(page) if body_only => page.body_text(),
        Some(page) => page.to_text(),
        None => extract_text(&input.text),
    }
}

/// The cleaned article of plain text: title, then every body block, separated by blank lines.
fn extract_text(text: &str) -> String {
    let article = companion_core::analyze(text).article;
    let parts = article.title.into_iter().chain(article.blocks.iter().map(|b| b.span));
    let paragraphs: Vec<String> =
        parts.map(|span| span.slice(text).split_whitespace().collect::<Vec<_>>().join(" ")).collect();
    paragraphs.join("\n\n") + "\n"
}

/// The quotes, speakers and notes of `text` as one JSON object; each quote also carries
/// its `text`, and the object carries the whole `text` when it was extracted from a page.
fn analyze_json(text: &str, glossary: &companion_core::Glossary, with_text: bool) -> String {
    let analysis = companion_core::analyze_with(text, glossary);
    let quotes: Vec<serde_json::Value> = analysis
        .quotes
        .iter()
        .map(|q| {
            let mut value = serde_json::to_value(q).unwrap_or_default();
            if let Some(object) = value.as_object_mut() {
                object.insert("text".to_owned(), q.span.slice(text).into());
            }
            value
        })
        .collect();
    let mut json = serde_json::json!({
        "text_len": analysis.text_len,
        "quotes": quotes,
        "speakers": analysis.speakers,
        "notes": analysis.notes,
    });
    if let Some(object) = json.as_object_mut().filter(|_| with_text) {
        object.insert("text".to_owned(), text.into());
    }
    json.to_string() + "\n"
}

#[cfg(test)]
mod tests {
    use super::run;

    #[test]
    fn help_and_version() {
        assert!(run(&["--help"], &mut Vec::new()).unwrap_or_default().contains("USAGE"));
        assert!(run(&[], &mut Vec::new()).unwrap_or_default().contains("extract"));
        assert_eq!(run(&["-V"], &mut Vec::new()), Ok(format!("companion {}\n", env!("CARGO_PKG_VERSION"))));
    }

    #[test]
    fn errors_are_one_line() {
        for args in [&["frobnicate"][..], &["extract"], &["extract", "a", "b"], &["extract", "/no/such/file"]]
        {
            let err = run(args, &mut Vec::new()).expect_err("an error");
            assert!(!err.contains('\n'), "{err}");
        }
    }

    #[test]
    fn analyze_json_has_the_documented_shape() {
        let text = "Héadline\n\n“We will not leave,” Ana Ruiz told reporters.\n";
        let path = temp_file("q.txt", text);
        let out = run(&["analyze", &path, "--json"], &mut Vec::new()).expect("analyze");
        let json: serde_json::Value = serde_json::from_str(&out).expect("json");
        assert_eq!(json["text_len"], text.len());
        let quote = &json["quotes"][0];
        let (start, end) = (quote["start"].as_u64().unwrap_or(0), quote["end"].as_u64().unwrap_or(0));
        assert_eq!(&text[start as usize..end as usize], "We will not leave,");
        assert_eq!(quote["text"], "We will not leave,");
        assert_eq!(quote["kind"], "claim");
        assert_eq!(quote["cue"], "told");
        assert_eq!(json["speakers"][quote["speaker"].as_u64().unwrap_or(9) as usize]["name"], "Ana Ruiz");
        assert!(quote["reason"].is_string() && quote["confidence"].is_f64());
        assert_eq!(json["speakers"][0]["kind"], "person");
        assert!(run(&["analyze", "/no/such/file", "--json"], &mut Vec::new()).is_err());
    }

    /// Writes `contents` to a file `name` in this process's temporary folder; its path.
    fn temp_file(name: &str, contents: &str) -> String {
        temp_file_bytes(name, contents.as_bytes())
    }

    /// Writes the bytes `contents` to a file `name` in this process's temporary folder; its path.
    fn temp_file_bytes(name: &str, contents: &[u8]) -> String {
        let dir = std::env::temp_dir().join(format!("companion-cli-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join(name);
        std::fs::write(&path, contents).expect("write");
        path.to_str().expect("utf-8 path").to_owned()
    }

    #[test]
    fn extract_joins_wrapped_lines() {
        let path = temp_file("a.txt", "Headline\n\n1. Skip to content\nThe story\nends.\n");
        let out = run(&["extract", &path], &mut Vec::new()).expect("extract");
        assert_eq!(out, "Headline\n\nThe story\n\nends.\n");
    }

    /// A saved page in windows-1252, with a menu and a script around its story.
    const PAGE: &[u8] = b"<!DOCTYPE html><html><head><meta charset=\"windows-1252\">\
        <title>Caf\xE9 owners protest | Example News</title><script>alert('x')</script></head><body>\
        <nav><a href=/>Home</a> <a href=/w>World</a></nav><article><h1>Caf\xE9 owners protest</h1>\
        <p>\x93We will not close,\x94 Ana Ruiz told reporters outside the caf\xE9, where a crowd, \
        mostly neighbours, had gathered since the morning.</p><p>The city, which wants the street \
        for a bus lane, said talks would continue next week, and that no decision was final.</p>\
        </article><footer>All rights reserved</footer></body></html>";

    #[test]
    fn extract_reads_saved_pages_in_their_encoding() {
        let path = temp_file_bytes("page.htm", PAGE);
        let out = run(&["extract", &path], &mut Vec::new()).expect("extract");
        assert!(out.starts_with("Café owners protest\n\n“We will not close,” Ana Ruiz"), "{out}");
        assert!(!out.contains("Home") && !out.contains("alert") && !out.contains("rights"), "{out}");
        let body = run(&["extract", "--body", &path], &mut Vec::new()).expect("extract --body");
        assert!(body.starts_with("“We will not close,”"), "{body}");
        let sniffed = temp_file_bytes("page.txt", PAGE);
        assert_eq!(run(&["extract", &sniffed], &mut Vec::new()), Ok(out));
    }

    #[test]
    fn analyze_json_of_a_page_carries_the_text_its_offsets_refer_to() {
        let path = temp_file_bytes("page.html", PAGE);
        let out = run(&["analyze", &path, "--json"], &mut Vec::new()).expect("analyze");
        let json: serde_json::Value = serde_json::from_str(&out).expect("json");
        let text = json["text"].as_str().expect("text");
        let quote = &json["quotes"][0];
        let (start, end) =
            (quote["start"].as_u64().unwrap_or(0) as usize, quote["end"].as_u64().unwrap_or(0) as usize);
        assert_eq!(text.get(start..end), Some("We will not close,"));
        let plain = temp_file("plain.txt", "Headline\n\nThe story.\n");
        let out = run(&["analyze", &plain, "--json"], &mut Vec::new()).expect("analyze");
        assert!(!out.contains("\"text\":\"Headline"), "{out}");
    }

    #[test]
    fn pages_without_an_article_are_one_line_errors() {
        let path = temp_file("empty.html", "<html><body><nav><a href=/>Home</a></nav></body></html>");
        let err = run(&["extract", &path], &mut Vec::new()).expect_err("no article");
        assert!(err.contains("no article text") && !err.contains('\n'), "{err}");
        let binary = temp_file_bytes("binary.html", b"\x89PNG\r\n\x1a\n\x00\x00");
        assert!(run(&["extract", &binary], &mut Vec::new()).is_err());
    }

    #[test]
    fn analyze_json_has_notes_and_custom_glossary_errors() {
        let article = &temp_file("b.txt", "Headline\n\nThe Widget Council met in Mosul.\n");
        let glossary = &temp_file("g.csv", "term,note\nWidget Council,A council of widgets.\nBroken,\n");
        let mut warnings = Vec::new();
        let out = run(&["analyze", article, "--json", "--glossary", glossary], &mut warnings).expect("runs");
        let json: serde_json::Value = serde_json::from_str(&out).expect("json");
        let note = &json["notes"][0];
        assert_eq!(
            (note["term"].as_str(), note["source"].as_str()),
            (Some("Widget Council"), Some("custom"))
        );
        assert_eq!(note["mentions"][0], serde_json::json!({"start": 14, "end": 28}));
        assert!(json["text_len"].is_number() && json["quotes"].is_array() && json["speakers"].is_array());
        let bad = format!("{glossary}: line 3: the note for 'Broken' is empty");
        assert!(warnings.contains(&bad), "{warnings:?}");
        let listing = run(&["analyze", article, "--glossary", glossary], &mut Vec::new()).expect("runs");
        assert!(listing.contains("note [custom] Widget Council: 1 mention"), "{listing}");
        assert!(run(&["analyze", article, "--glossary"], &mut Vec::new()).is_err());
        assert!(run(&["analyze", article, "--glossary", "/no/such.csv"], &mut Vec::new()).is_err());
    }
}
