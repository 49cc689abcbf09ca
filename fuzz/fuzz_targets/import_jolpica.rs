//! Fuzz target `import_jolpica`: see `tests/support/exercise.rs` for what it does with the input.
#![no_main]

#[path = "../../tests/support/exercise.rs"]
mod exercise;

use libfuzzer_sys::fuzz_target;
use qualichart::import::Kind;

fuzz_target!(|data: &[u8]| exercise::import_as(Kind::JolpicaLaps, data));
