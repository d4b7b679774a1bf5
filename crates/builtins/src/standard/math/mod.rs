//! Math: arithmetic helpers, rounding, logarithms, trigonometry, base conversion and the Mt19937 random generators.

use phpsock_eval::Module;

/// The `standard` functions and constants of this group.
pub fn module() -> Module {
    Module::new("standard")
}
