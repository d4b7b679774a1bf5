//! The `standard` extension, one submodule per group of functions.

use phpsock_eval::Module;

pub mod arrays;
pub mod env;
pub mod files;
pub mod math;
pub mod output;
pub mod strings;

/// Every group of the `standard` extension.
pub fn modules() -> Vec<Module> {
    vec![
        strings::module(),
        output::module(),
        arrays::module(),
        math::module(),
        env::module(),
        files::module(),
    ]
}
