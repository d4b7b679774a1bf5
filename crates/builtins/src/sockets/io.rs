//! Reading and writing: socket_read (PHP_NORMAL_READ / PHP_BINARY_READ), socket_write,
//! socket_send/recv, socket_sendto/recvfrom with their by-reference outputs.

use super::addr;
use super::class::{open_sock, open_sock_fd};
use super::create::{family, with_fd};
use super::errors::{errno_of, sock_io_error};
use phpsock_eval::{Args, Ctx, NResult, ObjRef, Value};
use socket2::Socket;
use std::io;
use std::os::fd::AsRawFd;

/// `PHP_NORMAL_READ`.
const NORMAL_READ: i64 = 1;

/// Largest buffer allocated for one receive (a receive may always return less).
const MAX_CHUNK: usize = 1 << 20;

fn recv_into(s: &Socket, buf: &mut [u8], flags: i32) -> io::Result<usize> {
    super::sys::recv(s.as_raw_fd(), buf, flags)
}

/// One `recv(2)` of at most `len` bytes into a new string of exactly the bytes received.
fn recv_string(s: &Socket, len: usize, flags: i32) -> io::Result<Vec<u8>> {
    super::sys::recv_vec(s.as_raw_fd(), len, flags)
}

/// PHP's line reader: one byte at a time until `\n` or `\r` (kept) or `max` bytes; a
/// non-blocking socket returns what it has once nothing more arrives; 200 empty reads count
/// as a reset connection.
fn read_line(s: &Socket, max: usize) -> io::Result<Vec<u8>> {
    let nonblock = s.nonblocking()?;
    let mut out = Vec::new();
    let mut no_read = 0;
    let mut m: isize = 0;
    // The byte at the current position (0 until one is received there).
    let mut cur: u8 = 0;
    while cur != b'\n' && cur != b'\r' && out.len() < max {
        if m > 0 {
            out.push(cur);
            cur = 0;
        } else if m == 0 {
            no_read += 1;
            if nonblock && no_read >= 2 {
                return Ok(out);
            }
            if no_read > 200 {
                return Err(io::Error::from_raw_os_error(libc::ECONNRESET));
            }
        }
        if out.len() < max {
            let mut b = [0u8; 1];
            match recv_into(s, &mut b, 0) {
                Ok(n) => {
                    m = n as isize;
                    if n == 1 {
                        cur = b[0];
                    }
                }
                Err(e) => {
                    let no = errno_of(&e);
                    if no != libc::ESPIPE && no != libc::EAGAIN {
                        return Err(e);
                    }
                    m = -1;
                }
            }
        }
    }
    if out.len() < max && (cur == b'\n' || cur == b'\r') {
        out.push(cur);
    }
    Ok(out)
}

/// `socket_read(Socket $socket, int $length, int $mode = PHP_BINARY_READ): string|false`
pub fn socket_read(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (o, fd) = open_sock_fd(cx, a, 0)?;
    let length = a.int(1);
    if length <= 0 {
        return Ok(Value::Bool(false));
    }
    let len = (length as u64).min(MAX_CHUNK as u64) as usize;
    cx.vm().flush();
    let r = if a.int(2) == NORMAL_READ {
        with_fd(&o, |s| read_line(s, length.min(isize::MAX as i64) as usize))
    } else {
        Some(super::sys::recv_vec(fd, len, 0))
    };
    match r {
        Some(Ok(b)) => Ok(Value::from(b)),
        Some(Err(e)) => {
            // Transient errors (EAGAIN on a non-blocking socket) are recorded silently.
            sock_io_error(cx, &o, "unable to read from socket", &e)?;
            Ok(Value::Bool(false))
        }
        None => Ok(Value::Bool(false)),
    }
}

fn send_result(cx: &mut Ctx, o: &ObjRef, r: Option<io::Result<usize>>, msg: &str) -> NResult {
    match r {
        Some(Ok(n)) => Ok(Value::Int(n as i64)),
        Some(Err(e)) => {
            sock_io_error(cx, o, msg, &e)?;
            Ok(Value::Bool(false))
        }
        None => Ok(Value::Bool(false)),
    }
}

/// `socket_write(Socket $socket, string $data, ?int $length = null): int|false`
pub fn socket_write(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (o, fd) = open_sock_fd(cx, a, 0)?;
    let data = a.str(1);
    let n = match a.opt_int(2) {
        Some(l) if l < 0 => {
            return Err(cx.value_error(3, "must be greater than or equal to 0"));
        }
        Some(l) => (l as u64).min(data.len() as u64) as usize,
        None => data.len(),
    };
    // As socket2 sends: without SIGPIPE (PHP's CLI ignores it).
    let r = Some(super::sys::send(fd, &data[..n], libc::MSG_NOSIGNAL));
    send_result(cx, &o, r, "unable to write to socket")
}

/// `socket_send(Socket $socket, string $data, int $length, int $flags): int|false`
pub fn socket_send(cx: &mut Ctx, a: &mut Args) -> NResult {
    let o = open_sock(cx, a, 0)?;
    let data = a.str(1);
    let l = a.int(2);
    if l < 0 {
        return Err(cx.value_error(3, "must be greater than or equal to 0"));
    }
    let n = (l as u64).min(data.len() as u64) as usize;
    let flags = a.int(3) as i32;
    let r = with_fd(&o, |s| s.send_with_flags(&data[..n], flags));
    send_result(cx, &o, r, "Unable to write to socket")
}

/// `socket_recv(Socket $socket, &$data, int $length, int $flags): int|false`
pub fn socket_recv(cx: &mut Ctx, a: &mut Args) -> NResult {
    let o = open_sock(cx, a, 0)?;
    let length = a.int(2);
    if length <= 0 {
        return Ok(Value::Bool(false));
    }
    let len = (length as u64).min(MAX_CHUNK as u64) as usize;
    let flags = a.int(3) as i32;
    cx.vm().flush();
    let r = with_fd(&o, |s| recv_string(s, len, flags));
    match r {
        Some(Ok(b)) => {
            let n = b.len();
            a.set_ref(1, if n == 0 { Value::Null } else { Value::from(b) });
            Ok(Value::Int(n as i64))
        }
        Some(Err(e)) => {
            a.set_ref(1, Value::Null);
            // Transient errors (EAGAIN on a non-blocking socket) are recorded silently.
            sock_io_error(cx, &o, "Unable to read from socket", &e)?;
            Ok(Value::Bool(false))
        }
        None => Ok(Value::Bool(false)),
    }
}

/// `socket_recvfrom(Socket $socket, &$data, int $length, int $flags, &$address, &$port = null): int|false`
pub fn socket_recvfrom(cx: &mut Ctx, a: &mut Args) -> NResult {
    let o = open_sock(cx, a, 0)?;
    let length = a.int(2);
    if length <= 0 {
        return Ok(Value::Bool(false));
    }
    let fam = family(&o);
    if ![libc::AF_UNIX, libc::AF_INET, libc::AF_INET6].contains(&fam) {
        return Err(cx.value_error(1, "must be one of AF_UNIX, AF_INET, or AF_INET6"));
    }
    if fam != libc::AF_UNIX && !a.was_passed(5) {
        return Err(cx.throw(
            "ArgumentCountError",
            format!("Wrong parameter count for {}()", cx.fname()),
        ));
    }
    let len = (length as u64).min(MAX_CHUNK as u64) as usize;
    let flags = a.int(3) as i32;
    cx.vm().flush();
    let r = with_fd(&o, |s| {
        let mut buf = super::sys::zeroed_buf(len);
        s.recv_from_with_flags(&mut buf, flags)
            .map(|(n, sa)| (super::sys::buf_bytes(&buf, n), sa))
    });
    match r {
        Some(Ok((b, sa))) => {
            let n = b.len();
            let (text, port) = addr::describe(&sa).unwrap_or_default();
            a.set_ref(1, Value::from(b));
            let text = if text.is_empty() && fam == libc::AF_INET {
                b"0.0.0.0".to_vec()
            } else if text.is_empty() && fam == libc::AF_INET6 {
                b"::".to_vec()
            } else {
                text
            };
            a.set_ref(4, Value::from(text));
            if fam != libc::AF_UNIX {
                a.set_ref(5, Value::Int(port.unwrap_or(0) as i64));
            }
            Ok(Value::Int(n as i64))
        }
        Some(Err(e)) => {
            let msg = if fam == libc::AF_INET6 {
                "unable to recvfrom"
            } else {
                "Unable to recvfrom"
            };
            sock_io_error(cx, &o, msg, &e)?;
            Ok(Value::Bool(false))
        }
        None => Ok(Value::Bool(false)),
    }
}

/// `socket_sendto(Socket $socket, string $data, int $length, int $flags, string $address, ?int $port = null): int|false`
pub fn socket_sendto(cx: &mut Ctx, a: &mut Args) -> NResult {
    let o = open_sock(cx, a, 0)?;
    let data = a.str(1);
    let l = a.int(2);
    if l < 0 {
        return Err(cx.value_error(3, "must be greater than or equal to 0"));
    }
    let n = (l as u64).min(data.len() as u64) as usize;
    let flags = a.int(3) as i32;
    let host = a.str(4);
    let fam = family(&o);
    let sa = match fam {
        libc::AF_UNIX => {
            // PHP copies the path as a C string into sun_path (truncated at NUL / 107 bytes).
            let end = host.iter().position(|&b| b == 0).unwrap_or(host.len());
            let p = &host[..end.min(addr::SUN_PATH_LEN - 1)];
            match addr::unix_addr(p) {
                Ok(sa) => sa,
                Err(_) => return Ok(Value::Bool(false)),
            }
        }
        libc::AF_INET | libc::AF_INET6 => {
            let Some(port) = a.opt_int(5) else {
                let name = if fam == libc::AF_INET {
                    "AF_INET"
                } else {
                    "AF_INET6"
                };
                return Err(
                    cx.value_error(6, &format!("cannot be null when the socket type is {name}"))
                );
            };
            match addr::build(cx, &o, fam, &host, port)? {
                Some(sa) => sa,
                None => return Ok(Value::Bool(false)),
            }
        }
        _ => return Err(cx.value_error(1, "must be one of AF_UNIX, AF_INET, or AF_INET6")),
    };
    if let Err(errno) = crate::policy::check(cx, crate::policy::Op::SendTo, &sa) {
        super::errors::sock_error(cx, &o, "Unable to write to socket", errno)?;
        return Ok(Value::Bool(false));
    }
    let r = with_fd(&o, |s| s.send_to_with_flags(&data[..n], &sa, flags));
    send_result(cx, &o, r, "Unable to write to socket")
}
