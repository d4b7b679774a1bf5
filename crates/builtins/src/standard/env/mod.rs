//! Environment and runtime: constants, ini, error handling functions, class/function introspection, time and date, pack/unpack, network names and addresses, filter_var.

use phpsock_eval::Module;

/// The `standard` functions and constants of this group.
pub fn module() -> Module {
    Module::new("standard")
}
