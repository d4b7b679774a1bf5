//! Array functions: searching, slicing, merging, the sort family, callbacks, set operations, range, compact/extract.

use phpsock_eval::Module;

/// The `standard` functions and constants of this group.
pub fn module() -> Module {
    Module::new("standard")
}
