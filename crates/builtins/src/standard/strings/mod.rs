//! String functions: searching, slicing, case, trimming, splitting, comparison, encodings and hashes, ctype_* and the UTF-8 mb_* subset.

use phpsock_eval::Module;

/// The `standard` functions and constants of this group.
pub fn module() -> Module {
    Module::new("standard")
}
