//! Files and streams: fopen family, php:// wrappers, STDIN/STDOUT/STDERR, filesystem queries and the stream functions that sockets meet.

use phpsock_eval::Module;

/// The `standard` functions and constants of this group.
pub fn module() -> Module {
    Module::new("standard")
}
