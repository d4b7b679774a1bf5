//! Files and streams: the fopen family, `php://` wrappers, STDIN/STDOUT/STDERR, filesystem
//! queries and the stream functions that sockets meet.
//!
//! [`stream`] holds the [`stream::Stream`] type and the [`stream::Backend`] trait that socket
//! streams implement; [`resource`] turns streams into PHP resources and back.

use phpsock_eval::Module;

pub mod contents;
pub mod fs;
pub mod handles;
pub mod paths;
pub mod resource;
pub mod stream;

/// The `standard` functions and constants of this group.
pub fn module() -> Module {
    let mut m = Module::new("standard");
    handles::register(&mut m);
    contents::register(&mut m);
    fs::register(&mut m);
    paths::register(&mut m);
    m
}
