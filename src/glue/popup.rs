//! Placing a pop-up next to the thing it explains, always inside the viewport.
//!
//! [`placement`] is the pure geometry (below the anchor, or above when there is no room:
//! flip; moved sideways to stay inside: shift); [`place`] measures the page and applies it.

use wasm_bindgen::JsCast;

/// A rectangle in viewport coordinates (CSS pixels).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

/// Space kept between the pop-up and the anchor, and between the pop-up and the viewport edge.
pub const GAP: f64 = 8.0;

/// The top-left corner for a pop-up of `width` × `height` explaining `anchor`, in a viewport
/// of `viewport_width` × `viewport_height`.
///
/// Below the anchor when it fits, else above when that fits, else wherever it shows the most;
/// left-aligned with the anchor, shifted to stay `GAP` inside the viewport's sides.
pub fn placement(
    anchor: Rect,
    width: f64,
    height: f64,
    viewport_width: f64,
    viewport_height: f64,
) -> (f64, f64) {
    let below = anchor.y + anchor.height + GAP;
    let above = anchor.y - GAP - height;
    let y = if below + height <= viewport_height - GAP || above < GAP && below > viewport_height - below {
        below
    } else {
        above.max(GAP)
    };
    let max_x = (viewport_width - GAP - width).max(GAP);
    (anchor.x.clamp(GAP, max_x), y)
}

/// Positions `popup` (CSS `position: fixed`) next to `anchor` with [`placement`]. Sets only
/// CSSOM properties, which a strict Content-Security-Policy allows. When a host page's
/// ancestor (a `transform`, a `contain`) makes `fixed` relative to itself rather than to the
/// viewport, the pop-up is measured once placed and moved by the difference.
pub fn place(anchor: &web_sys::Element, popup: &web_sys::HtmlElement) {
    let Some(window) = web_sys::window() else { return };
    let size = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    let (viewport_width, viewport_height) = (size(window.inner_width()), size(window.inner_height()));
    let r = anchor.get_bounding_client_rect();
    let anchor = Rect { x: r.x(), y: r.y(), width: r.width(), height: r.height() };
    let own = popup.get_bounding_client_rect();
    let (x, y) = placement(anchor, own.width(), own.height(), viewport_width, viewport_height);
    let style = popup.style();
    let _ = style.set_property("left", &format!("{x:.0}px"));
    let _ = style.set_property("top", &format!("{y:.0}px"));
    let landed = popup.get_bounding_client_rect();
    let (dx, dy) = (landed.x() - x, landed.y() - y);
    if dx.abs() >= 1.0 || dy.abs() >= 1.0 {
        let _ = style.set_property("left", &format!("{:.0}px", x - dx));
        let _ = style.set_property("top", &format!("{:.0}px", y - dy));
    }
}

/// The node an event really started on. Listeners on the document see events from inside a
/// shadow root (an embedded app) retargeted to its host; the composed path keeps the origin.
pub fn origin(event: &web_sys::Event) -> Option<web_sys::EventTarget> {
    event.composed_path().get(0).dyn_into().ok().or_else(|| event.target())
}

/// True when `event` started on a node inside `root`.
pub fn inside(root: &web_sys::Element, event: &web_sys::Event) -> bool {
    origin(event)
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
        .is_some_and(|node| root.contains(Some(&node)))
}

/// The element matching `selector` in the same document or shadow root as `near`: what
/// `document.querySelector` is for an app that may live inside a shadow root.
pub fn find_near(near: &web_sys::Node, selector: &str) -> Option<web_sys::Element> {
    let root = near.get_root_node();
    if let Some(shadow) = root.dyn_ref::<web_sys::ShadowRoot>() {
        return shadow.query_selector(selector).ok().flatten();
    }
    root.dyn_ref::<web_sys::Document>()?.query_selector(selector).ok().flatten()
}

#[cfg(test)]
mod tests {
    use super::{GAP, Rect, placement};

    const VIEW: (f64, f64) = (360.0, 640.0);

    fn at(x: f64, y: f64) -> Rect {
        Rect { x, y, width: 80.0, height: 20.0 }
    }

    #[test]
    fn below_the_anchor_when_it_fits() {
        assert_eq!(placement(at(20.0, 100.0), 200.0, 120.0, VIEW.0, VIEW.1), (20.0, 128.0));
    }

    #[test]
    fn flips_above_near_the_bottom() {
        assert_eq!(placement(at(20.0, 600.0), 200.0, 120.0, VIEW.0, VIEW.1), (20.0, 472.0));
    }

    #[test]
    fn shifts_left_near_the_right_edge() {
        let (x, _) = placement(at(330.0, 100.0), 200.0, 120.0, VIEW.0, VIEW.1);
        assert_eq!(x, VIEW.0 - GAP - 200.0);
    }

    #[test]
    fn never_leaves_the_viewport_even_when_too_big() {
        let (x, y) = placement(at(-50.0, 300.0), 500.0, 700.0, VIEW.0, VIEW.1);
        assert!(x >= GAP && y >= GAP, "{x} {y}");
    }
}
