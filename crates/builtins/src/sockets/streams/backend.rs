//! [`SockStream`]: the [`Backend`] of PHP's socket streams (`tcp_socket/ssl`, `udp_socket`,
//! `unix_socket`, `udg_socket`, `generic_socket`), with PHP's blocking-read rules: a blocking
//! read waits for data up to the stream's timeout (`timed_out` in the metadata), then takes
//! what is there without blocking again.

use super::super::sys;
use crate::standard::files::stream::{Backend, StatInfo, Stream};
use socket2::Socket;
use std::any::Any;
use std::io;
use std::os::fd::{AsRawFd, RawFd};
use std::time::Duration;

/// Which transport made the socket; decides `stream_type` in the metadata.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `tcp://` (and bare `host:port`).
    Tcp,
    /// `ssl://`, `tls://`, `tlsv1.x://`: TCP whose TLS layer phpsock does not provide, so
    /// connecting and accepting fail where PHP would start the handshake.
    Tls,
    /// `udp://`.
    Udp,
    /// `unix://`.
    Unix,
    /// `udg://`.
    Udg,
    /// `stream_socket_pair` and sockets of other kinds.
    Generic,
}

impl Kind {
    /// `stream_type` as PHP prints it.
    pub fn stream_type(self) -> &'static str {
        match self {
            Kind::Tcp | Kind::Tls => "tcp_socket/ssl",
            Kind::Udp => "udp_socket",
            Kind::Unix => "unix_socket",
            Kind::Udg => "udg_socket",
            Kind::Generic => "generic_socket",
        }
    }

    /// The transport for a socket's family and type (socket_export_stream).
    pub fn of_socket(family: i32, ty: i32) -> Kind {
        match (family, ty) {
            (libc::AF_INET | libc::AF_INET6, libc::SOCK_STREAM) => Kind::Tcp,
            (libc::AF_INET | libc::AF_INET6, libc::SOCK_DGRAM) => Kind::Udp,
            (libc::AF_UNIX, libc::SOCK_STREAM) => Kind::Unix,
            (libc::AF_UNIX, libc::SOCK_DGRAM) => Kind::Udg,
            _ => Kind::Generic,
        }
    }
}

/// A socket behind a PHP stream.
pub struct SockStream {
    sock: Option<Socket>,
    /// The transport.
    pub kind: Kind,
    blocking: bool,
    /// Read timeout; `None` waits forever (a negative `default_socket_timeout`).
    timeout: Option<Duration>,
    timed_out: bool,
}

/// A timeout from seconds as PHP stores it: negative means none.
pub fn timeout_from_secs(secs: f64) -> Option<Duration> {
    if secs < 0.0 || !secs.is_finite() {
        None
    } else {
        Some(Duration::from_secs_f64(secs.min(1e9)))
    }
}

impl SockStream {
    /// Wraps a connected, listening or bound socket; `timeout` is `default_socket_timeout`.
    pub fn new(sock: Socket, kind: Kind, timeout: Option<Duration>) -> SockStream {
        SockStream {
            sock: Some(sock),
            kind,
            blocking: true,
            timeout,
            timed_out: false,
        }
    }

    /// A stream with no socket yet (`stream_socket_client` without `STREAM_CLIENT_CONNECT`):
    /// writes take nothing, reads fail, `feof` is true, as PHP's descriptor -1 behaves.
    pub fn unconnected(kind: Kind, timeout: Option<Duration>) -> SockStream {
        SockStream {
            sock: None,
            kind,
            blocking: true,
            timeout,
            timed_out: false,
        }
    }

    /// A stream resource payload around this backend, as PHP's socket streams look.
    pub fn into_stream(self) -> Stream {
        let ty = self.kind.stream_type();
        Stream::new(Box::new(self), "", "r+", "", ty)
    }

    /// The socket, while open.
    pub fn socket(&self) -> Option<&Socket> {
        self.sock.as_ref()
    }

    /// The read timeout.
    pub fn timeout(&self) -> Option<Duration> {
        self.timeout
    }

    fn fd(&self) -> io::Result<RawFd> {
        self.sock
            .as_ref()
            .map(|s| s.as_raw_fd())
            .ok_or_else(|| io::Error::from_raw_os_error(libc::EBADF))
    }

    /// PHP's liveness check with a given wait: the peer is gone if the socket turns readable
    /// and a peek finds the end of stream or a hard error.
    pub fn alive_within(&mut self, wait: Duration) -> bool {
        let Ok(fd) = self.fd() else {
            return false;
        };
        match sys::poll_one(fd, libc::POLLIN | libc::POLLPRI, Some(wait)) {
            Ok(n) if n > 0 => {
                let mut b = [0u8; 1];
                match sys::recv(fd, &mut b, libc::MSG_PEEK | libc::MSG_DONTWAIT) {
                    Ok(0) => false,
                    Ok(_) => true,
                    Err(e) => matches!(e.raw_os_error(), Some(libc::EAGAIN) | Some(libc::EMSGSIZE)),
                }
            }
            _ => true,
        }
    }

    /// Waits until the socket is readable or the timeout passes (then `timed_out`).
    fn wait_readable(&mut self) -> io::Result<bool> {
        self.timed_out = false;
        let fd = self.fd()?;
        let r = sys::poll_one(fd, libc::POLLIN | libc::POLLPRI, self.timeout)?;
        if r == 0 {
            self.timed_out = true;
        }
        Ok(r != 0)
    }
}

impl Backend for SockStream {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let fd = self.fd()?;
        if self.blocking {
            // PHP polls (up to the timeout) before every blocking read, then receives without
            // waiting. Receiving first gives the same result whenever that poll returns at
            // once, and saves a system call: data or the end of the stream is there, or a
            // pending socket error (which also makes the socket poll ready; the receive
            // reports and clears it). Nothing there yet, or a socket in the wrong state for
            // receiving (a listening socket polls readable only with a connection waiting):
            // PHP's poll-then-receive sequence runs.
            match sys::recv(fd, buf, libc::MSG_DONTWAIT) {
                Err(e)
                    if matches!(
                        e.kind(),
                        io::ErrorKind::WouldBlock | io::ErrorKind::Interrupted
                    ) || matches!(e.raw_os_error(), Some(libc::ENOTCONN | libc::EINVAL)) => {}
                r => {
                    self.timed_out = false;
                    return r;
                }
            }
            if !self.wait_readable()? {
                return Err(io::Error::from(io::ErrorKind::TimedOut));
            }
        }
        sys::recv(fd, buf, libc::MSG_DONTWAIT)
    }

    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        let Ok(fd) = self.fd() else {
            return Ok(0);
        };
        loop {
            match sys::send(fd, data, libc::MSG_DONTWAIT | libc::MSG_NOSIGNAL) {
                Err(e) if e.kind() == io::ErrorKind::WouldBlock && self.blocking => {
                    self.timed_out = false;
                    if sys::poll_one(fd, libc::POLLOUT, self.timeout)? == 0 {
                        self.timed_out = true;
                        return Err(e);
                    }
                }
                r => return r,
            }
        }
    }

    fn close(&mut self) {
        self.sock = None;
    }

    fn set_blocking(&mut self, on: bool) -> bool {
        match &self.sock {
            Some(s) if s.set_nonblocking(!on).is_ok() => {
                self.blocking = on;
                true
            }
            _ => false,
        }
    }

    fn is_blocking(&self) -> bool {
        self.blocking
    }

    fn set_timeout(&mut self, t: Duration) -> bool {
        // `Duration::MAX` is how stream_set_timeout passes PHP's negative seconds: no limit.
        self.timeout = (t != Duration::MAX).then_some(t);
        self.timed_out = false;
        true
    }

    fn timed_out(&self) -> bool {
        self.timed_out
    }

    fn raw_fd(&self) -> Option<i32> {
        self.sock.as_ref().map(|s| s.as_raw_fd())
    }

    fn alive(&mut self) -> bool {
        // PHP's `feof()` checks liveness with a zero timeout: it never waits for data.
        self.alive_within(Duration::ZERO)
    }

    fn has_seek(&self) -> bool {
        false
    }

    fn stat(&self) -> Option<StatInfo> {
        let fd = self.sock.as_ref()?.as_raw_fd();
        let m = std::fs::metadata(format!("/proc/self/fd/{fd}")).ok()?;
        Some(StatInfo::from_metadata(&m))
    }

    fn read_past_buffer(&self) -> bool {
        true
    }

    fn quiet_read_errors(&self) -> bool {
        true
    }

    fn write_verb(&self) -> &'static str {
        "Send"
    }

    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

/// The socket backend of a stream, if it is a socket stream.
pub fn sock_backend(s: &mut Stream) -> Option<&mut SockStream> {
    s.backend_mut().as_any_mut().downcast_mut::<SockStream>()
}

/// A stream over a descriptor received through `SCM_RIGHTS`: a socket stream for sockets,
/// a stdio stream (`rw`) for anything else, as PHP opens received descriptors.
pub fn stream_from_fd(fd: std::os::fd::OwnedFd, timeout: Option<Duration>) -> Stream {
    use std::os::unix::fs::FileTypeExt;
    let file = std::fs::File::from(fd);
    let is_socket = file.metadata().is_ok_and(|m| m.file_type().is_socket());
    if is_socket {
        let sock = Socket::from(std::os::fd::OwnedFd::from(file));
        return SockStream::new(sock, Kind::Generic, timeout).into_stream();
    }
    let backend = crate::standard::files::stream::PlainFile::new(file, true, true);
    Stream::new(Box::new(backend), "", "rw", "", "STDIO")
}
