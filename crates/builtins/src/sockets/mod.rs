//! ext/sockets: the Socket and AddressInfo classes, every socket_* function and constant of PHP 8.2 on Linux.

use phpsock_eval::Module;

/// The `sockets` functions and constants of this group.
pub fn module() -> Module {
    Module::new("sockets")
}
