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
    groups().into_iter().map(|(_, m)| m).collect()
}

/// Every group of the `standard` extension with its name (the submodule's).
pub fn groups() -> Vec<(&'static str, Module)> {
    vec![
        ("strings", strings::module()),
        ("output", output::module()),
        ("arrays", arrays::module()),
        ("math", math::module()),
        ("env", env::module()),
        ("files", files::module()),
    ]
}
