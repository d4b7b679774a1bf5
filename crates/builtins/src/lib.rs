//! Native functions and constants, grouped by PHP extension.
//!
//! Each extension is a directory of [`Module`]s declared with PHP stub signatures (see the
//! `phpsock-eval` README, "Adding a builtin"); [`modules`] returns all of them, in the order
//! they must be registered.

use phpsock_eval::Module;

pub mod json;
pub mod pcntl;
pub mod pcre;
pub mod policy;
pub mod sockets;
pub mod spl;
pub mod standard;

/// Every builtin module, ready for `Vm::register_module`.
pub fn modules() -> Vec<Module> {
    groups().into_iter().map(|(_, m)| m).collect()
}

/// Every builtin module with the name of the source group it comes from (`strings`,
/// `output`, `arrays`, `math`, `env`, `files` of the `standard` extension; `pcre`, `json`,
/// `sockets`), in registration order. Hosts use the names to choose what a script gets.
pub fn groups() -> Vec<(&'static str, Module)> {
    let mut all = standard::groups();
    all.push(("pcre", pcre::module()));
    all.push(("json", json::module()));
    all.push(("spl", spl::module()));
    all.push(("sockets", sockets::module()));
    all.push(("pcntl", pcntl::module()));
    all.push(("posix", pcntl::posix::module()));
    all
}
