//! Files and streams: the fopen family, `php://` wrappers, STDIN/STDOUT/STDERR, filesystem
//! queries and the stream functions that sockets meet.
//!
//! [`stream`] holds the [`stream::Stream`] type and the [`stream::Backend`] trait that socket
//! streams implement; [`resource`] turns streams into PHP resources and back.
//!
//! A socket stream (say for `stream_socket_client`) plugs in like this:
//!
//! ```ignore
//! struct TcpBackend { sock: std::net::TcpStream, timed_out: bool }
//! impl Backend for TcpBackend {
//!     fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> { self.sock.read(buf) }
//!     fn write(&mut self, data: &[u8]) -> io::Result<usize> { self.sock.write(data) }
//!     fn set_blocking(&mut self, on: bool) -> bool { self.sock.set_nonblocking(!on).is_ok() }
//!     fn set_timeout(&mut self, t: Duration) -> bool { self.sock.set_read_timeout(Some(t)).is_ok() }
//!     fn timed_out(&self) -> bool { self.timed_out }
//!     fn raw_fd(&self) -> Option<i32> { Some(self.sock.as_raw_fd()) }
//!     fn as_any_mut(&mut self) -> &mut dyn Any { self }
//! }
//! let s = Stream::new(Box::new(backend), "tcp://127.0.0.1:80", "r+", "", "tcp_socket/ssl");
//! let res = resource::new_stream(cx.vm(), s);   // resource(N) of type (stream)
//! ```
//!
//! `fread`/`fgets`/`fwrite`/`feof`/`fclose`/`stream_set_blocking`/`stream_set_timeout`/
//! `stream_get_meta_data` then work on it unchanged; [`resource::with_stream`] gives socket
//! functions the [`stream::Stream`] behind an argument, and `Stream::backend_mut()
//! .as_any_mut().downcast_mut::<TcpBackend>()` their own backend.

use phpsock_eval::Module;

pub mod contents;
pub mod context;
pub mod csv;
pub mod dirs;
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
    context::register(&mut m);
    dirs::register(&mut m);
    csv::register(&mut m);
    // Socket streams live with ext/sockets but belong to PHP's `standard` group.
    crate::sockets::streams::register(&mut m);
    m
}
