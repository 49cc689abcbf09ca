//! Fuzz target `session`: see `tests/support/exercise.rs` for what it does with the input.
#![no_main]

#[path = "../../tests/support/exercise.rs"]
mod exercise;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| exercise::session(data));
