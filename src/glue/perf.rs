//! Performance marks, for the render timing script (`tools/bench-render.mjs`) and for anyone
//! profiling in the browser's developer tools. Marking never fails the app.

/// Marks that article text was handed to the app.
pub const TEXT_GIVEN: &str = "rc:text-given";

/// The measure from [`TEXT_GIVEN`] to the highlighted article being laid out.
pub const RENDER: &str = "rc:render";

/// Marks the start of extracting an article from a web page.
pub const EXTRACT_START: &str = "rc:extract-start";

/// The measure of one extraction: the browser parsing the page, the walk into the core's
/// tree, and the core's extractor (`tools/bench-extract.mjs` reads it).
pub const EXTRACT: &str = "rc:extract";

fn performance() -> Option<web_sys::Performance> {
    web_sys::window()?.performance()
}

/// Records a mark named `name`.
pub fn mark(name: &str) {
    if let Some(performance) = performance() {
        let _ = performance.mark(name);
    }
}

/// Records the measure [`RENDER`] from the last [`TEXT_GIVEN`] mark to now, if there is one,
/// and clears that mark so each hand-over is measured once.
pub fn measure_render() {
    measure_since(RENDER, TEXT_GIVEN);
}

/// Records the measure `name` from the last `start` mark to now, if there is one, and
/// clears that mark.
pub fn measure_since(name: &str, start: &str) {
    let Some(performance) = performance() else { return };
    if performance.get_entries_by_name(start).length() > 0 {
        let _ = performance.measure_with_start_mark(name, start);
        performance.clear_marks_with_mark_name(start);
    }
}
