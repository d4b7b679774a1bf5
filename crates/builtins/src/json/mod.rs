//! json_encode and json_decode.

use phpsock_eval::Module;

/// The `json` functions and constants of this group.
pub fn module() -> Module {
    Module::new("json")
}
