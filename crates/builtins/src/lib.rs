//! Native functions and constants, grouped by PHP extension.
//!
//! Each extension is a directory of [`Module`]s declared with PHP stub signatures (see the
//! `phpsock-eval` README, "Adding a builtin"); [`modules`] returns all of them, in the order
//! they must be registered.

use phpsock_eval::Module;

pub mod json;
pub mod pcntl;
pub mod pcre;
pub mod sockets;
pub mod standard;

/// Every builtin module, ready for `Vm::register_module`.
pub fn modules() -> Vec<Module> {
    let mut all = standard::modules();
    all.push(pcre::module());
    all.push(json::module());
    all.push(sockets::module());
    all.push(pcntl::module());
    all.push(pcntl::posix::module());
    all
}
