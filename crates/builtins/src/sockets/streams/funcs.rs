//! The socket stream functions: fsockopen/pfsockopen, stream_socket_client/server/accept,
//! get_name, pair, shutdown, recvfrom/sendto.

use super::backend::{sock_backend, timeout_from_secs, Kind, SockStream};
use super::xport::{self, OpenFail, SockOpts};
use crate::standard::files::context::context_or_default;
use crate::standard::files::resource::{resource_arg, with_res_stream, STREAM};
use crate::standard::files::stream::Stream;
use phpsock_eval::{Args, Ctx, NResult, PhpArray, ResRef, Unwind, Value};
use socket2::{Domain, SockAddr, Socket, Type};
use std::net::SocketAddr;
use std::time::Duration;

/// `STREAM_CLIENT_PERSISTENT`.
const CLIENT_PERSISTENT: i64 = 1;
/// `STREAM_CLIENT_ASYNC_CONNECT`.
const CLIENT_ASYNC: i64 = 2;
/// `STREAM_CLIENT_CONNECT`.
const CLIENT_CONNECT: i64 = 4;
/// `STREAM_SERVER_BIND`.
const SERVER_BIND: i64 = 4;
/// `STREAM_SERVER_LISTEN`.
const SERVER_LISTEN: i64 = 8;

/// The resource type of persistent streams.
const PERSISTENT: &str = "persistent stream";

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

fn set_errors(a: &Args, errno_at: usize, fail: Option<&OpenFail>) {
    a.set_ref(errno_at, Value::Int(fail.map_or(0, |f| f.errno as i64)));
    let text = fail.and_then(|f| f.text.clone()).unwrap_or_default();
    a.set_ref(errno_at + 1, Value::from(text));
}

fn fail_text(f: &OpenFail) -> &str {
    f.text.as_deref().unwrap_or("Unknown error")
}

fn resource(id: i64, persistent: bool, s: Stream) -> Value {
    let ty = if persistent { PERSISTENT } else { STREAM };
    Value::Resource(ResRef::new(id, ty, Box::new(s)))
}

/// Opens a client: transport lookup (no stream id on failure), then the connect (skipped
/// when `connect` is false: the stream then has no socket, as in PHP).
fn open_client(
    cx: &mut Ctx,
    url: &[u8],
    timeout: Option<Duration>,
    asynchronous: bool,
    connect: bool,
    opts: &SockOpts,
) -> Result<Result<(i64, SockStream), OpenFail>, Unwind> {
    let (kind, rest) = match xport::transport(url) {
        Ok(x) => x,
        Err(t) => {
            return Ok(Err(OpenFail {
                errno: 0,
                text: Some(t),
            }))
        }
    };
    // PHP allocates the stream before connecting, so a failed connect uses up an id.
    let id = cx.vm().next_resource();
    if !connect {
        let t = xport::default_timeout(cx);
        return Ok(Ok((id, SockStream::unconnected(kind, t))));
    }
    cx.vm().flush();
    Ok(
        match xport::connect(cx, kind, rest, timeout, asynchronous, opts)? {
            Ok(s) => Ok((id, xport::make_stream(cx, s, kind))),
            Err(f) => Err(f),
        },
    )
}

const PERSISTENT_KEY: &str = "streams.persistent";

/// The persistent stream registered under `key`, if it is still open (PHP hands back the
/// same resource to a second pfsockopen of the same target).
fn persistent_lookup(cx: &mut Ctx, key: &str) -> Option<Value> {
    let map = cx
        .vm()
        .module_state
        .get(PERSISTENT_KEY)?
        .downcast_ref::<std::collections::HashMap<String, ResRef>>()?;
    let r = map.get(key).filter(|r| !r.is_closed())?.clone();
    // As PHP does, a persistent connection the peer has dropped is closed and made anew.
    let alive = with_payload_stream(&r, |s| {
        sock_backend(s).is_some_and(|b| b.alive_within(Duration::ZERO))
    })
    .unwrap_or(false);
    if !alive {
        crate::standard::files::resource::close_stream(&r);
        return None;
    }
    Some(Value::Resource(r))
}

/// Runs `f` on the stream payload of a resource, without the argument checks.
fn with_payload_stream<R>(r: &ResRef, f: impl FnOnce(&mut Stream) -> R) -> Option<R> {
    let mut p = r.get().payload.borrow_mut();
    p.as_mut().and_then(|b| b.downcast_mut::<Stream>()).map(f)
}

fn persistent_store(cx: &mut Ctx, key: String, v: &Value) {
    let Value::Resource(r) = v else {
        return;
    };
    let state = cx
        .vm()
        .module_state
        .entry(PERSISTENT_KEY)
        .or_insert_with(|| Box::new(std::collections::HashMap::<String, ResRef>::new()));
    if let Some(map) = state.downcast_mut::<std::collections::HashMap<String, ResRef>>() {
        map.insert(key, r.clone());
    }
}

fn timeout_arg(cx: &mut Ctx, a: &Args, i: usize) -> Option<Duration> {
    match a.opt_float(i) {
        Some(t) => timeout_from_secs(t),
        None => xport::default_timeout(cx),
    }
}

fn fsockopen_impl(cx: &mut Ctx, a: &mut Args, persistent: bool) -> NResult {
    let host = a.str(0);
    let port = a.int(1);
    let timeout = timeout_arg(cx, a, 4);
    set_errors(a, 2, None);
    let mut url = host.as_bytes().to_vec();
    if port > 0 {
        url.extend_from_slice(format!(":{port}").as_bytes());
    }
    let key = format!("pfsockopen__{}:{port}", host.to_string_lossy());
    if persistent {
        if let Some(v) = persistent_lookup(cx, &key) {
            return Ok(v);
        }
    }
    match open_client(cx, &url, timeout, false, true, &SockOpts::default())? {
        Ok((id, s)) => {
            let v = resource(id, persistent, s.into_stream());
            if persistent {
                persistent_store(cx, key, &v);
            }
            Ok(v)
        }
        Err(f) => {
            cx.warn(format!(
                "Unable to connect to {}:{} ({})",
                host.to_string_lossy(),
                port,
                fail_text(&f)
            ))?;
            set_errors(a, 2, Some(&f));
            Ok(Value::Bool(false))
        }
    }
}

/// `fsockopen(string $hostname, int $port = -1, &$error_code = null, &$error_message = null, ?float $timeout = null)`
pub fn fsockopen(cx: &mut Ctx, a: &mut Args) -> NResult {
    fsockopen_impl(cx, a, false)
}

/// `pfsockopen(...)`: as fsockopen, the resource typed `persistent stream`.
pub fn pfsockopen(cx: &mut Ctx, a: &mut Args) -> NResult {
    fsockopen_impl(cx, a, true)
}

/// `stream_socket_client(string $address, &$error_code = null, &$error_message = null, ?float $timeout = null, int $flags = STREAM_CLIENT_CONNECT, $context = null)`
pub fn stream_socket_client(cx: &mut Ctx, a: &mut Args) -> NResult {
    let url = a.str(0);
    let timeout = timeout_arg(cx, a, 3);
    let flags = a.int(4);
    let ctx = a.get(5);
    context_or_default(cx.vm(), &ctx);
    let opts = SockOpts::from_context(&ctx);
    set_errors(a, 1, None);
    let asynchronous = flags & CLIENT_ASYNC != 0;
    let persistent = flags & CLIENT_PERSISTENT != 0;
    let key = format!("stream_socket_client__{}", url.to_string_lossy());
    if persistent {
        if let Some(v) = persistent_lookup(cx, &key) {
            return Ok(v);
        }
    }
    match open_client(
        cx,
        url.as_bytes(),
        timeout,
        asynchronous,
        flags & CLIENT_CONNECT != 0,
        &opts,
    )? {
        Ok((id, s)) => {
            let v = resource(id, persistent, s.into_stream());
            if persistent {
                persistent_store(cx, key, &v);
            }
            Ok(v)
        }
        Err(f) => {
            cx.warn(format!(
                "Unable to connect to {} ({})",
                url.to_string_lossy(),
                fail_text(&f)
            ))?;
            set_errors(a, 1, Some(&f));
            Ok(Value::Bool(false))
        }
    }
}

/// `stream_socket_server(string $address, &$error_code = null, &$error_message = null, int $flags = STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $context = null)`
pub fn stream_socket_server(cx: &mut Ctx, a: &mut Args) -> NResult {
    let url = a.str(0);
    let flags = a.int(3);
    let ctx = a.get(4);
    context_or_default(cx.vm(), &ctx);
    let opts = SockOpts::from_context(&ctx);
    set_errors(a, 1, None);
    let r = match xport::transport(url.as_bytes()) {
        Ok((kind, rest)) => {
            let id = cx.vm().next_resource();
            let bind = flags & SERVER_BIND != 0;
            let listen = flags & SERVER_LISTEN != 0;
            xport::bind(cx, kind, rest, bind, listen, &opts)?.map(|s| (id, kind, s))
        }
        Err(t) => Err(OpenFail {
            errno: 0,
            text: Some(t),
        }),
    };
    match r {
        Ok((id, kind, s)) => {
            let st = xport::make_stream(cx, s, kind).into_stream();
            Ok(resource(id, false, st))
        }
        Err(f) => {
            cx.warn(format!(
                "Unable to connect to {} ({})",
                url.to_string_lossy(),
                fail_text(&f)
            ))?;
            set_errors(a, 1, Some(&f));
            Ok(Value::Bool(false))
        }
    }
}

/// Runs `f` on the socket backend of the stream argument `i`; `None` for other streams.
fn with_sock_stream<R>(
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

/// `stream_socket_accept($socket, ?float $timeout = null, &$peer_name = null)`
pub fn stream_socket_accept(cx: &mut Ctx, a: &mut Args) -> NResult {
    let timeout = timeout_arg(cx, a, 1);
    let got = with_sock_stream(cx, a, 0, |b, _| {
        let kind = b.kind;
        let Some(s) = b.socket() else {
            return Ok(Err(None));
        };
        use std::os::fd::AsRawFd;
        match super::super::sys::poll_one(s.as_raw_fd(), libc::POLLIN, timeout) {
            Ok(0) => return Ok(Err(Some(libc::ETIMEDOUT))),
            Err(e) => return Ok(Err(Some(xport::os_code(&e)))),
            Ok(_) => {}
        }
        Ok(match s.accept() {
            Ok((c, peer)) => Ok((c, peer, kind)),
            Err(e) => Err(Some(xport::os_code(&e))),
        })
    })?;
    match got {
        Some(Ok((_, _, Kind::Tls))) => {
            // Where PHP would run the TLS handshake, which phpsock does not provide.
            cx.warn("Failed to enable crypto")?;
            cx.warn("Accept failed: Unknown error")?;
            Ok(Value::Bool(false))
        }
        Some(Ok((c, peer, kind))) => {
            if a.was_passed(2) {
                let text = addr_text(&peer).unwrap_or_default();
                a.set_ref(2, Value::from(text));
            }
            let st = xport::make_stream(cx, c, kind).into_stream();
            let id = cx.vm().next_resource();
            Ok(resource(id, false, st))
        }
        Some(Err(Some(code))) => {
            cx.warn(format!(
                "Accept failed: {}",
                super::super::errors::strerror(code as i64)
            ))?;
            Ok(Value::Bool(false))
        }
        _ => {
            cx.warn("Accept failed: Unknown error")?;
            Ok(Value::Bool(false))
        }
    }
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
                let _ = out.push(resource(id, false, st));
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
