//! Performance marks, for the render timing script (`tools/bench-render.mjs`) and for anyone
//! profiling in the browser's developer tools. Marking never fails the app.

/// Marks that article text was handed to the app.
pub const TEXT_GIVEN: &str = "rc:text-given";

/// The measure from [`TEXT_GIVEN`] to the highlighted article being laid out.
pub const RENDER: &str = "rc:render";

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
    let Some(performance) = performance() else { return };
    if performance.get_entries_by_name(TEXT_GIVEN).length() > 0 {
        let _ = performance.measure_with_start_mark(RENDER, TEXT_GIVEN);
        performance.clear_marks_with_mark_name(TEXT_GIVEN);
    }
}
