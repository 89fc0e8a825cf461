//! The browser entry point: mounts the Reading Companion into the page that loaded it.

fn main() {
    reading_companion::start();
}
