//! Golden tests: the analysis of real article text, compared with a reviewed snapshot.
//!
//! Each case pairs an input under `www/` with `tests/golden/<name>.outline`, the output of
//! [`companion_core::outline`]. A change in the analysis shows up as a readable diff. After
//! reviewing it, refresh the snapshots with `UPDATE_GOLDEN=1 cargo test --test golden`.

use std::path::{Path, PathBuf};

/// The repository root, from this crate's manifest directory (`crates/core`).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Compares the outline of `input` (relative to the repository root) with its snapshot.
fn check(name: &str, input: &str) {
    let bytes = std::fs::read(root().join(input)).expect("golden input is readable");
    let text = companion_core::check_input(&bytes).expect("golden input is text");
    let got = companion_core::outline(text, &companion_core::analyze(text));
    let snapshot = root().join("tests/golden").join(format!("{name}.outline"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&snapshot, &got).expect("snapshot is writable");
        return;
    }
    let want = std::fs::read_to_string(&snapshot).unwrap_or_default();
    if got != want {
        let diff: Vec<String> = want
            .lines()
            .zip(got.lines().chain(std::iter::repeat("<missing>")))
            .filter(|(w, g)| w != g)
            .map(|(w, g)| format!("- {w}\n+ {g}"))
            .take(10)
            .collect();
        panic!(
            "{name}: the outline changed ({} lines now, {} in the snapshot).\n{}\n\
             Review, then refresh with UPDATE_GOLDEN=1.",
            got.lines().count(),
            want.lines().count(),
            diff.join("\n")
        );
    }
}

#[test]
fn dw_us_iraq_isis_2014() {
    check("dw-us-iraq-isis-2014", "www/sample/dw-us-iraq-isis-2014.txt");
}
