//! Regular expressions (preg_*) on PCRE2.

use phpsock_eval::Module;

/// The `pcre` functions and constants of this group.
pub fn module() -> Module {
    Module::new("pcre")
}
