//! Browser glue, tested in headless Chromium with `wasm-bindgen-test`
//! (`cargo test --target wasm32-unknown-unknown`; `tools/test.sh` sets up the runner).
#![cfg(target_arch = "wasm32")]
