//! Output and variable handling: printf family, number_format, var_dump, print_r, var_export, output buffering, type predicates and conversions, serialize.

use phpsock_eval::Module;

/// The `standard` functions and constants of this group.
pub fn module() -> Module {
    Module::new("standard")
}
