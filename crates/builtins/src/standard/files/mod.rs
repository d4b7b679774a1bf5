//! Files and streams: the fopen family, `php://` wrappers, STDIN/STDOUT/STDERR, filesystem
//! queries and the stream functions that sockets meet.
//!
//! [`stream`] holds the [`stream::Stream`] type and the [`stream::Backend`] trait that socket
//! streams implement; [`resource`] turns streams into PHP resources and back.
//!
//! Socket streams plug in through the same trait: `crate::sockets::streams::backend::SockStream`
//! is the backend of `tcp://`, `udp://`, `unix://` and `udg://` streams (PHP's blocking-read
//! rules, liveness checks for `feof`, `Send of N bytes failed` notices), made by
//! `fsockopen`/`stream_socket_*` in `crate::sockets::streams`, whose functions are registered
//! here because PHP counts them in its `standard` extension. `fread`/`fgets`/`fwrite`/`feof`/
//! `fclose`/`stream_set_blocking`/`stream_set_timeout`/`stream_get_meta_data` work on them
//! unchanged; [`resource::with_stream`] gives socket functions the [`stream::Stream`] behind an
//! argument, and `Stream::backend_mut().as_any_mut().downcast_mut::<SockStream>()` its socket.

use phpsock_eval::Module;

pub mod contents;
pub mod context;
pub mod csv;
pub mod dirs;
pub mod fs;
pub mod handles;
pub mod links;
pub mod paths;
pub mod popen;
pub mod resource;
pub mod stream;

/// The `standard` functions and constants of this group.
pub fn module() -> Module {
    let mut m = Module::new("standard");
    handles::register(&mut m);
    contents::register(&mut m);
    fs::register(&mut m);
    links::register(&mut m);
    popen::register(&mut m);
    paths::register(&mut m);
    context::register(&mut m);
    dirs::register(&mut m);
    csv::register(&mut m);
    // Socket streams live with ext/sockets but belong to PHP's `standard` group.
    crate::sockets::streams::register(&mut m);
    m
}
