//! Creating, binding, connecting, listening, accepting and closing sockets; blocking mode,
//! shutdown and the local/peer names. (`socket_atmark` is not defined by PHP 8.2 on Linux.)

use super::addr::{self, SUN_PATH_LEN};
use super::class::{new_socket, open_sock, with_sock, Sock};
use super::errors::{global_warn, sock_error, sock_io_error};
use crate::policy::{self, Op};
use phpsock_eval::{Args, Ctx, NResult, ObjRef, PhpArray, Unwind, Value};
use socket2::{Domain, Protocol, SockAddr, Socket, Type};
use std::net::Shutdown;
use std::os::fd::AsRawFd;

/// Runs `f` with the descriptor of an open socket object.
pub fn with_fd<R>(o: &ObjRef, f: impl FnOnce(&Socket) -> R) -> Option<R> {
    o.with_native::<Sock, _>(|s| s.and_then(|s| s.fd.as_ref().map(f)))
}

/// The raw descriptor of an open socket object (-1 when closed).
pub fn raw_fd(o: &ObjRef) -> i32 {
    with_fd(o, |s| s.as_raw_fd()).unwrap_or(-1)
}

/// The family PHP recorded for the socket.
pub fn family(o: &ObjRef) -> i32 {
    with_sock(o, |s| s.family).unwrap_or(0)
}

fn check_domain_type(cx: &mut Ctx, domain: i64, ty: i64) -> Result<(), Unwind> {
    if ![libc::AF_UNIX, libc::AF_INET6, libc::AF_INET].contains(&(domain as i32))
        || domain != domain as i32 as i64
    {
        return Err(cx.value_error(1, "must be one of AF_UNIX, AF_INET6, or AF_INET"));
    }
    if ty > 10 {
        return Err(cx.value_error(
            2,
            "must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM",
        ));
    }
    Ok(())
}

fn proto(p: i64) -> Option<Protocol> {
    Some(Protocol::from(p as i32))
}

/// `socket_create(int $domain, int $type, int $protocol): Socket|false`
pub fn socket_create(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (domain, ty, p) = (a.int(0), a.int(1), a.int(2));
    check_domain_type(cx, domain, ty)?;
    match Socket::new_raw(Domain::from(domain as i32), Type::from(ty as i32), proto(p)) {
        Ok(s) => Ok(Value::Object(new_socket(cx, s, domain as i32)?)),
        Err(e) => {
            global_warn(cx, "Unable to create socket", super::errors::errno_of(&e))?;
            Ok(Value::Bool(false))
        }
    }
}

/// `socket_create_pair(int $domain, int $type, int $protocol, &$pair): bool`
pub fn socket_create_pair(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (domain, ty, p) = (a.int(0), a.int(1), a.int(2));
    check_domain_type(cx, domain, ty)?;
    match Socket::pair_raw(Domain::from(domain as i32), Type::from(ty as i32), proto(p)) {
        Ok((s1, s2)) => {
            let o1 = new_socket(cx, s1, domain as i32)?;
            let o2 = new_socket(cx, s2, domain as i32)?;
            let arr = PhpArray::from_values(vec![Value::Object(o1), Value::Object(o2)]);
            a.set_ref(3, Value::from(arr));
            Ok(Value::Bool(true))
        }
        Err(e) => {
            // PHP creates both objects before socketpair() and destroys them in order on
            // failure, which decides the handles later objects get.
            let first = cx.new_object("Socket")?;
            let second = cx.new_object("Socket")?;
            drop(first);
            drop(second);
            global_warn(
                cx,
                "Unable to create socket pair",
                super::errors::errno_of(&e),
            )?;
            Ok(Value::Bool(false))
        }
    }
}

/// `socket_create_listen(int $port, int $backlog = 128): Socket|false`
pub fn socket_create_listen(cx: &mut Ctx, a: &mut Args) -> NResult {
    let port = a.int(0) as u16;
    let backlog = a.int(1) as i32;
    let s = match Socket::new_raw(Domain::IPV4, Type::STREAM, None) {
        Ok(s) => s,
        Err(e) => {
            global_warn(
                cx,
                "unable to create listening socket",
                super::errors::errno_of(&e),
            )?;
            return Ok(Value::Bool(false));
        }
    };
    let sa = SockAddr::from(std::net::SocketAddr::from(([0, 0, 0, 0], port)));
    if let Err(errno) = policy::check(cx, Op::Bind, &sa) {
        global_warn(cx, "unable to bind to given address", errno)?;
        return Ok(Value::Bool(false));
    }
    if let Err(e) = s.bind(&sa) {
        global_warn(
            cx,
            "unable to bind to given address",
            super::errors::errno_of(&e),
        )?;
        return Ok(Value::Bool(false));
    }
    if let Err(e) = s.listen(backlog) {
        global_warn(
            cx,
            "unable to listen on socket",
            super::errors::errno_of(&e),
        )?;
        return Ok(Value::Bool(false));
    }
    Ok(Value::Object(new_socket(cx, s, libc::AF_INET)?))
}

/// `socket_bind(Socket $socket, string $address, int $port = 0): bool`
pub fn socket_bind(cx: &mut Ctx, a: &mut Args) -> NResult {
    let o = open_sock(cx, a, 0)?;
    let host = a.str(1);
    let fam = family(&o);
    if fam == libc::AF_UNIX && host.len() >= SUN_PATH_LEN {
        return Err(cx.value_error(2, &format!("must be less than {SUN_PATH_LEN}")));
    }
    if ![libc::AF_UNIX, libc::AF_INET, libc::AF_INET6].contains(&fam) {
        return Err(cx.value_error(1, "must be one of AF_UNIX, AF_INET, or AF_INET6"));
    }
    let Some(sa) = addr::build(cx, &o, fam, &host, a.int(2))? else {
        return Ok(Value::Bool(false));
    };
    if let Err(errno) = policy::check(cx, Op::Bind, &sa) {
        sock_error(cx, &o, "Unable to bind address", errno)?;
        return Ok(Value::Bool(false));
    }
    match with_fd(&o, |s| s.bind(&sa)) {
        Some(Err(e)) => {
            sock_io_error(cx, &o, "Unable to bind address", &e)?;
            Ok(Value::Bool(false))
        }
        _ => Ok(Value::Bool(true)),
    }
}

/// `socket_connect(Socket $socket, string $address, ?int $port = null): bool`
pub fn socket_connect(cx: &mut Ctx, a: &mut Args) -> NResult {
    let o = open_sock(cx, a, 0)?;
    let host = a.str(1);
    let fam = family(&o);
    let port = a.opt_int(2);
    match fam {
        libc::AF_INET | libc::AF_INET6 => {
            if port.is_none() {
                let name = if fam == libc::AF_INET {
                    "AF_INET"
                } else {
                    "AF_INET6"
                };
                return Err(
                    cx.value_error(3, &format!("cannot be null when the socket type is {name}"))
                );
            }
        }
        libc::AF_UNIX => {
            if host.len() >= SUN_PATH_LEN {
                return Err(cx.value_error(2, &format!("must be less than {SUN_PATH_LEN}")));
            }
        }
        _ => return Err(cx.value_error(1, "must be one of AF_UNIX, AF_INET, or AF_INET6")),
    }
    let Some(sa) = addr::build(cx, &o, fam, &host, port.unwrap_or(0))? else {
        return Ok(Value::Bool(false));
    };
    if let Err(errno) = policy::check(cx, Op::Connect, &sa) {
        sock_error(cx, &o, "unable to connect", errno)?;
        return Ok(Value::Bool(false));
    }
    cx.vm().flush();
    match with_fd(&o, |s| s.connect(&sa)) {
        Some(Err(e)) => {
            sock_io_error(cx, &o, "unable to connect", &e)?;
            Ok(Value::Bool(false))
        }
        _ => Ok(Value::Bool(true)),
    }
}

/// `socket_listen(Socket $socket, int $backlog = 0): bool`
pub fn socket_listen(cx: &mut Ctx, a: &mut Args) -> NResult {
    let o = open_sock(cx, a, 0)?;
    let backlog = a.int(1).clamp(i32::MIN as i64, i32::MAX as i64) as i32;
    match with_fd(&o, |s| s.listen(backlog)) {
        Some(Err(e)) => {
            sock_io_error(cx, &o, "unable to listen on socket", &e)?;
            Ok(Value::Bool(false))
        }
        _ => Ok(Value::Bool(true)),
    }
}

/// `socket_accept(Socket $socket): Socket|false`
pub fn socket_accept(cx: &mut Ctx, a: &mut Args) -> NResult {
    let o = open_sock(cx, a, 0)?;
    cx.vm().flush();
    match with_fd(&o, |s| s.accept_raw()) {
        Some(Ok((s, sa))) => {
            let fam = sa.family() as i32;
            Ok(Value::Object(new_socket(cx, s, fam)?))
        }
        Some(Err(e)) => {
            // PHP records the error on the new (discarded) socket and globally.
            super::errors::global_warn(
                cx,
                "unable to accept incoming connection",
                super::errors::errno_of(&e),
            )?;
            Ok(Value::Bool(false))
        }
        None => Ok(Value::Bool(false)),
    }
}

/// `socket_close(Socket $socket): void`
pub fn socket_close(cx: &mut Ctx, a: &mut Args) -> NResult {
    let o = open_sock(cx, a, 0)?;
    let linked = with_sock(&o, |s| {
        s.fd = None;
        s.stream.take()
    })
    .flatten();
    // A socket tied to a stream (socket_import_stream/socket_export_stream) closes it too.
    if let Some(r) = linked {
        crate::standard::files::resource::close_stream(&r);
    }
    Ok(Value::Null)
}

fn set_blocking(cx: &mut Ctx, a: &mut Args, blocking: bool) -> NResult {
    let o = open_sock(cx, a, 0)?;
    match with_fd(&o, |s| s.set_nonblocking(!blocking)) {
        Some(Err(e)) => {
            let msg = if blocking {
                "unable to set blocking mode"
            } else {
                "unable to set nonblocking mode"
            };
            sock_io_error(cx, &o, msg, &e)?;
            Ok(Value::Bool(false))
        }
        _ => {
            with_sock(&o, |s| s.blocking = blocking);
            Ok(Value::Bool(true))
        }
    }
}

/// `socket_set_block(Socket $socket): bool`
pub fn socket_set_block(cx: &mut Ctx, a: &mut Args) -> NResult {
    set_blocking(cx, a, true)
}

/// `socket_set_nonblock(Socket $socket): bool`
pub fn socket_set_nonblock(cx: &mut Ctx, a: &mut Args) -> NResult {
    set_blocking(cx, a, false)
}

/// `socket_shutdown(Socket $socket, int $mode = 2): bool`
pub fn socket_shutdown(cx: &mut Ctx, a: &mut Args) -> NResult {
    let o = open_sock(cx, a, 0)?;
    let how = match a.int(1) {
        0 => Some(Shutdown::Read),
        1 => Some(Shutdown::Write),
        2 => Some(Shutdown::Both),
        _ => None,
    };
    let r = match how {
        Some(h) => with_fd(&o, |s| s.shutdown(h)),
        None => Some(Err(std::io::Error::from_raw_os_error(libc::EINVAL))),
    };
    match r {
        Some(Err(e)) => {
            sock_io_error(cx, &o, "Unable to shutdown socket", &e)?;
            Ok(Value::Bool(false))
        }
        _ => Ok(Value::Bool(true)),
    }
}

fn name_of(cx: &mut Ctx, a: &mut Args, peer: bool) -> NResult {
    let o = open_sock(cx, a, 0)?;
    let r = with_fd(&o, |s| if peer { s.peer_addr() } else { s.local_addr() });
    let sa = match r {
        Some(Ok(sa)) => sa,
        Some(Err(e)) => {
            let msg = if peer {
                "unable to retrieve peer name"
            } else {
                "unable to retrieve socket name"
            };
            sock_io_error(cx, &o, msg, &e)?;
            return Ok(Value::Bool(false));
        }
        None => return Ok(Value::Bool(false)),
    };
    match addr::describe(&sa) {
        Some((text, port)) => {
            a.set_ref(1, Value::from(text));
            if let Some(p) = port {
                if a.was_passed(2) {
                    a.set_ref(2, Value::Int(p as i64));
                }
            }
            Ok(Value::Bool(true))
        }
        None => Err(cx.value_error(1, "must be one of AF_UNIX, AF_INET, or AF_INET6")),
    }
}

/// `socket_getsockname(Socket $socket, &$address, &$port = null): bool`
pub fn socket_getsockname(cx: &mut Ctx, a: &mut Args) -> NResult {
    name_of(cx, a, false)
}

/// `socket_getpeername(Socket $socket, &$address, &$port = null): bool`
pub fn socket_getpeername(cx: &mut Ctx, a: &mut Args) -> NResult {
    name_of(cx, a, true)
}
