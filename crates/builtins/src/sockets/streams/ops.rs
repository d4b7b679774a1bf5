//! Using socket streams: stream_socket_get_name, _shutdown, _pair, _recvfrom, _sendto and
//! stream_get_transports.

use super::backend::{sock_backend, Kind, SockStream};
use super::xport;
use crate::standard::files::resource::{resource_arg, with_res_stream, STREAM};
use phpsock_eval::{Args, Ctx, NResult, PhpArray, ResRef, Unwind, Value};
use socket2::{Domain, SockAddr, Socket, Type};
use std::net::SocketAddr;

/// PHP's text form of a socket address: `1.2.3.4:80`, `[::1]:80`, a Unix path (abstract
/// names keep their leading NUL); `None` for an unnamed socket.
pub fn addr_text(a: &SockAddr) -> Option<Vec<u8>> {
    if let Some(s) = a.as_socket() {
        return Some(match s {
            SocketAddr::V4(v) => format!("{}:{}", v.ip(), v.port()).into_bytes(),
            SocketAddr::V6(v) => format!("[{}]:{}", v.ip(), v.port()).into_bytes(),
        });
    }
    if let Some(p) = a.as_pathname() {
        use std::os::unix::ffi::OsStrExt;
        return Some(p.as_os_str().as_bytes().to_vec());
    }
    if let Some(n) = a.as_abstract_namespace() {
        let mut v = vec![0u8];
        v.extend_from_slice(n);
        return Some(v);
    }
    None
}

/// Runs `f` on the socket backend of the stream argument `i`; `None` for other streams.
pub fn with_sock_stream<R>(
    cx: &mut Ctx,
    a: &Args,
    i: usize,
    f: impl FnOnce(&mut SockStream, &mut Ctx) -> Result<R, Unwind>,
) -> Result<Option<R>, Unwind> {
    let r = resource_arg(cx, a, i)?;
    with_res_stream(cx, &r, |s, cx| match sock_backend(s) {
        Some(b) => f(b, cx).map(Some),
        None => Ok(None),
    })
}

/// `stream_socket_get_name($socket, bool $remote): string|false`
pub fn stream_socket_get_name(cx: &mut Ctx, a: &mut Args) -> NResult {
    let remote = a.bool(1);
    let name = with_sock_stream(cx, a, 0, |b, _| {
        Ok(b.socket().and_then(|s| {
            let sa = if remote {
                s.peer_addr()
            } else {
                s.local_addr()
            };
            sa.ok().and_then(|sa| addr_text(&sa))
        }))
    })?;
    Ok(match name.flatten() {
        Some(t) => Value::from(t),
        None => Value::Bool(false),
    })
}

/// `stream_socket_shutdown($stream, int $mode): bool`
pub fn stream_socket_shutdown(cx: &mut Ctx, a: &mut Args) -> NResult {
    let how = match a.int(1) {
        0 => std::net::Shutdown::Read,
        1 => std::net::Shutdown::Write,
        2 => std::net::Shutdown::Both,
        _ => {
            return Err(cx.value_error(
                2,
                "must be one of STREAM_SHUT_RD, STREAM_SHUT_WR, or STREAM_SHUT_RDWR",
            ))
        }
    };
    let ok = with_sock_stream(cx, a, 0, |b, _| {
        Ok(b.socket().is_some_and(|s| s.shutdown(how).is_ok()))
    })?;
    Ok(Value::Bool(ok.unwrap_or(false)))
}

/// `stream_socket_pair(int $domain, int $type, int $protocol): array|false`
pub fn stream_socket_pair(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (domain, ty, proto) = (a.int(0) as i32, a.int(1) as i32, a.int(2) as i32);
    let proto = (proto != 0).then(|| socket2::Protocol::from(proto));
    match Socket::pair_raw(Domain::from(domain), Type::from(ty), proto) {
        Ok((s1, s2)) => {
            let mut out = PhpArray::new();
            for s in [s1, s2] {
                let st = xport::make_stream(cx, s, Kind::Generic).into_stream();
                let id = cx.vm().next_resource();
                let _ = out.push(Value::Resource(ResRef::new(id, STREAM, Box::new(st))));
            }
            Ok(Value::from(out))
        }
        Err(e) => {
            let code = xport::os_code(&e);
            cx.warn(format!(
                "Failed to create sockets: [{code}]: {}",
                super::super::errors::strerror(code as i64)
            ))?;
            Ok(Value::Bool(false))
        }
    }
}

/// `stream_socket_recvfrom($socket, int $length, int $flags = 0, &$address = null): string|false`
pub fn stream_socket_recvfrom(cx: &mut Ctx, a: &mut Args) -> NResult {
    let len = a.int(1);
    let flags = a.int(2) as i32;
    let r = resource_arg(cx, a, 0)?;
    if len <= 0 {
        return Err(cx.value_error(2, "must be greater than 0"));
    }
    let want_addr = a.was_passed(3);
    if want_addr {
        a.set_ref(3, Value::Null);
    }
    let len = (len as usize).min(1 << 24);
    let got = with_res_stream(cx, &r, |s, _| {
        let Some(b) = sock_backend(s) else {
            return Ok(None);
        };
        let Some(sock) = b.socket() else {
            return Ok(None);
        };
        let mut buf = super::super::sys::zeroed_buf(len);
        Ok(match sock.recv_from_with_flags(&mut buf, flags) {
            Ok((n, from)) => Some((super::super::sys::buf_bytes(&buf, n), from)),
            Err(_) => None,
        })
    })?;
    match got {
        Some((data, from)) => {
            if want_addr {
                // An unnamed sender (a socket pair) reads as "".
                a.set_ref(3, Value::from(addr_text(&from).unwrap_or_default()));
            }
            Ok(Value::from(data))
        }
        None => Ok(Value::Bool(false)),
    }
}

/// `stream_socket_sendto($socket, string $data, int $flags = 0, string $address = ""): int|false`
pub fn stream_socket_sendto(cx: &mut Ctx, a: &mut Args) -> NResult {
    let data = a.str(1);
    let flags = a.int(2) as i32;
    let addr = a.str(3);
    let r = resource_arg(cx, a, 0)?;
    let target = if addr.is_empty() {
        None
    } else {
        match parse_network_address(cx, addr.as_bytes())? {
            Some(sa) => Some(sa),
            None => {
                cx.warn(format!(
                    "Failed to parse `{}' into a valid network address",
                    addr.to_string_lossy()
                ))?;
                return Ok(Value::Bool(false));
            }
        }
    };
    if let Some(sa) = &target {
        if let Err(errno) = crate::policy::check_ip(cx, crate::policy::Op::SendTo, sa) {
            cx.warn(format!(
                "{}\n",
                super::super::errors::strerror(errno as i64)
            ))?;
            return Ok(Value::Int(-1));
        }
    }
    let sent = with_res_stream(cx, &r, |s, _| {
        let Some(b) = sock_backend(s) else {
            return Ok(None);
        };
        let Some(sock) = b.socket() else {
            return Ok(None);
        };
        let flags = flags | libc::MSG_NOSIGNAL;
        Ok(Some(match &target {
            Some(sa) => sock.send_to_with_flags(data.as_bytes(), &SockAddr::from(*sa), flags),
            None => sock.send_with_flags(data.as_bytes(), flags),
        }))
    })?;
    match sent {
        Some(Ok(n)) => Ok(Value::Int(n as i64)),
        Some(Err(e)) => {
            let code = xport::os_code(&e);
            cx.warn(format!("{}\n", super::super::errors::strerror(code as i64)))?;
            Ok(Value::Int(-1))
        }
        None => Ok(Value::Int(-1)),
    }
}

/// PHP's `php_network_parse_network_address_with_port`: `host:port` or `[v6]:port`, numeric
/// or resolved; `None` when it does not parse.
fn parse_network_address(cx: &mut Ctx, s: &[u8]) -> Result<Option<SocketAddr>, Unwind> {
    let (host, port) = if s.first() == Some(&b'[') {
        let Some(close) = s.iter().position(|&b| b == b']') else {
            return Ok(None);
        };
        if s.get(close + 1) != Some(&b':') {
            return Ok(None);
        }
        (&s[1..close], &s[close + 2..])
    } else {
        let Some(colon) = s.iter().rposition(|&b| b == b':') else {
            return Ok(None);
        };
        (&s[..colon], &s[colon + 1..])
    };
    let port = String::from_utf8_lossy(port)
        .trim()
        .parse::<i64>()
        .unwrap_or(0) as u16;
    let host = String::from_utf8_lossy(host).into_owned();
    Ok(match xport::resolve(cx, &host, port, libc::SOCK_DGRAM)? {
        Ok(list) => list.into_iter().next(),
        Err(_) => None,
    })
}

/// `stream_get_transports(): array`
pub fn stream_get_transports(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    let names = [
        "tcp", "udp", "unix", "udg", "ssl", "tls", "tlsv1.0", "tlsv1.1", "tlsv1.2", "tlsv1.3",
    ];
    Ok(Value::from(PhpArray::from_values(
        names.iter().map(|n| Value::from(*n)).collect(),
    )))
}
