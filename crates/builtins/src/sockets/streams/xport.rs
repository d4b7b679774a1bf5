//! PHP's socket transports: `tcp://`, `udp://`, `unix://`, `udg://` (and a bare `host:port`,
//! which is TCP). Parsing targets, resolving hosts, connecting clients and binding servers,
//! with the error texts PHP puts in `$errstr`.

use super::super::sys;
use super::backend::{Kind, SockStream};
use crate::policy::{self, Op};
use crate::standard::files::context::{StreamContext, CONTEXT};
use phpsock_eval::{Ctx, Key, Unwind, Value};
use socket2::{Domain, SockAddr, Socket, Type};
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

/// Why a transport could not be opened: PHP's `$errno` and error text (`None` prints as
/// `Unknown error` and leaves `$errstr` empty).
pub struct OpenFail {
    /// `$errno`.
    pub errno: i32,
    /// `$errstr`.
    pub text: Option<String>,
}

impl OpenFail {
    fn text(t: impl Into<String>) -> OpenFail {
        OpenFail {
            errno: 0,
            text: Some(t.into()),
        }
    }

    fn os(e: &io::Error, with_errno: bool) -> OpenFail {
        let code = os_code(e);
        OpenFail {
            errno: if with_errno { code } else { 0 },
            text: Some(super::super::errors::strerror(code as i64)),
        }
    }
}

/// The errno of an I/O error; socket2's connect timeout has none, PHP reports ETIMEDOUT.
pub fn os_code(e: &io::Error) -> i32 {
    match e.raw_os_error() {
        Some(c) => c,
        None if e.kind() == io::ErrorKind::TimedOut => libc::ETIMEDOUT,
        None => libc::EIO,
    }
}

/// The `socket` context options PHP's transports read.
#[derive(Default)]
pub struct SockOpts {
    /// `bindto`: local address for clients.
    pub bindto: Option<Vec<u8>>,
    /// `backlog` for `listen()` (PHP's default is 32).
    pub backlog: Option<i32>,
    /// `so_reuseport`.
    pub reuseport: bool,
    /// `so_broadcast`.
    pub broadcast: bool,
    /// `tcp_nodelay`.
    pub nodelay: bool,
    /// `ipv6_v6only`.
    pub v6only: Option<bool>,
}

impl SockOpts {
    /// Reads `['socket' => [...]]` from a context resource value (anything else: defaults).
    pub fn from_context(v: &Value) -> SockOpts {
        let mut o = SockOpts::default();
        let Value::Resource(r) = v else {
            return o;
        };
        if r.type_name() != CONTEXT {
            return o;
        }
        let p = r.get().payload.borrow();
        let Some(c) = p.as_ref().and_then(|b| b.downcast_ref::<StreamContext>()) else {
            return o;
        };
        let Some(Value::Array(sock)) = c
            .options
            .get(&Key::from_bytes(b"socket"))
            .map(|v| v.deref())
        else {
            return o;
        };
        let get = |k: &str| sock.get(&Key::from_bytes(k.as_bytes())).map(|v| v.deref());
        if let Some(Value::Str(s)) = get("bindto") {
            o.bindto = Some(s.as_bytes().to_vec());
        }
        if let Some(v) = get("backlog") {
            o.backlog = Some(v.to_int() as i32);
        }
        o.reuseport = get("so_reuseport").is_some_and(|v| v.to_bool());
        o.broadcast = get("so_broadcast").is_some_and(|v| v.to_bool());
        o.nodelay = get("tcp_nodelay").is_some_and(|v| v.to_bool());
        o.v6only = get("ipv6_v6only").map(|v| v.to_bool());
        o
    }
}

/// Finds the transport of `url`: `(kind, rest after "scheme://")`, or PHP's error text for an
/// unknown transport (then no stream is made at all).
pub fn transport(url: &[u8]) -> Result<(Kind, &[u8]), String> {
    let n = url
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
        .count();
    if n > 1 && url[n..].starts_with(b"://") {
        let scheme = &url[..n];
        let kind = match scheme {
            b"tcp" => Kind::Tcp,
            b"udp" => Kind::Udp,
            b"unix" => Kind::Unix,
            b"udg" => Kind::Udg,
            b"ssl" | b"tls" | b"tlsv1.0" | b"tlsv1.1" | b"tlsv1.2" | b"tlsv1.3" => Kind::Tls,
            _ => {
                return Err(format!(
                    "Unable to find the socket transport \"{}\" - did you forget to enable it when you configured PHP?",
                    String::from_utf8_lossy(scheme)
                ))
            }
        };
        return Ok((kind, &url[n + 3..]));
    }
    Ok((Kind::Tcp, url))
}

/// C's `atoi`: optional sign and leading digits, wrapping like the C cast to a port.
fn atoi(s: &[u8]) -> i64 {
    let s = match s.iter().position(|b| !b.is_ascii_whitespace()) {
        Some(i) => &s[i..],
        None => return 0,
    };
    let (neg, digits) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let mut v: i64 = 0;
    for &b in digits.iter().take_while(|b| b.is_ascii_digit()) {
        v = v.wrapping_mul(10).wrapping_add((b - b'0') as i64);
    }
    if neg {
        -v
    } else {
        v
    }
}

/// PHP's `parse_ip_address_ex`: `[v6]:port` or `host:port` (first colon), else its error.
pub fn parse_host_port(s: &[u8]) -> Result<(String, u16), String> {
    let shown = String::from_utf8_lossy(s);
    if s.first() == Some(&b'[') && s.len() > 1 {
        let close = s[1..s.len() - 1]
            .iter()
            .position(|&b| b == b']')
            .map(|i| i + 1);
        return match close {
            Some(i) if s.get(i + 1) == Some(&b':') => Ok((
                String::from_utf8_lossy(&s[1..i]).into_owned(),
                atoi(&s[i + 2..]) as u16,
            )),
            _ => Err(format!("Failed to parse IPv6 address \"{shown}\"")),
        };
    }
    let colon = if s.is_empty() {
        None
    } else {
        s[..s.len() - 1].iter().position(|&b| b == b':')
    };
    match colon {
        Some(i) => Ok((
            String::from_utf8_lossy(&s[..i]).into_owned(),
            atoi(&s[i + 1..]) as u16,
        )),
        None => Err(format!("Failed to parse address \"{shown}\"")),
    }
}

/// The addresses of a `host:port` target of an IP transport (`kind` decides the socket type
/// the lookup asks for).
fn resolve_target(
    cx: &mut Ctx,
    kind: Kind,
    rest: &[u8],
) -> Result<Result<Vec<SocketAddr>, OpenFail>, Unwind> {
    let (host, port) = match parse_host_port(rest) {
        Ok(x) => x,
        Err(t) => return Ok(Err(OpenFail::text(t))),
    };
    let ty = if kind == Kind::Udp {
        libc::SOCK_DGRAM
    } else {
        libc::SOCK_STREAM
    };
    Ok(resolve(cx, &host, port, ty)?.map_err(OpenFail::text))
}

/// PHP's `php_network_getaddresses`: numeric addresses directly, names through
/// `getaddrinfo`, whose failure is warned about at once and also returned as the error text.
pub fn resolve(
    cx: &mut Ctx,
    host: &str,
    port: u16,
    socktype: i32,
) -> Result<Result<Vec<SocketAddr>, String>, Unwind> {
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Ok(Ok(vec![SocketAddr::new(ip, port)]));
    }
    match sys::getaddrinfo(
        host.as_bytes(),
        None,
        (libc::AI_ADDRCONFIG, socktype, 0, libc::AF_UNSPEC),
    ) {
        Ok(list) => {
            let mut out: Vec<SocketAddr> = Vec::new();
            for ai in list {
                if let Some(mut a) = ai.addr {
                    a.set_port(port);
                    if !out.contains(&a) {
                        out.push(a);
                    }
                }
            }
            Ok(Ok(out))
        }
        Err(code) => {
            let msg = format!(
                "php_network_getaddresses: getaddrinfo for {host} failed: {}",
                sys::gai_strerror(code)
            );
            cx.warn(&msg)?;
            Ok(Err(msg))
        }
    }
}

fn socktype(kind: Kind) -> Type {
    match kind {
        Kind::Udp | Kind::Udg => Type::DGRAM,
        _ => Type::STREAM,
    }
}

fn unix_target(rest: &[u8]) -> io::Result<SockAddr> {
    super::super::addr::unix_addr(&rest[..rest.len().min(super::super::addr::SUN_PATH_LEN - 1)])
}

/// Connects a client socket (`stream_socket_client`, `fsockopen`). `timeout` bounds the
/// connect; `asynchronous` returns as soon as the connect is under way.
pub fn connect(
    cx: &mut Ctx,
    kind: Kind,
    rest: &[u8],
    timeout: Option<Duration>,
    asynchronous: bool,
    opts: &SockOpts,
) -> Result<Result<Socket, OpenFail>, Unwind> {
    if matches!(kind, Kind::Unix | Kind::Udg) {
        let sa = match unix_target(rest) {
            Ok(sa) => sa,
            Err(e) => return Ok(Err(OpenFail::os(&e, true))),
        };
        if let Err(errno) = policy::check(cx, Op::Connect, &sa) {
            return Ok(Err(OpenFail::os(
                &io::Error::from_raw_os_error(errno),
                true,
            )));
        }
        let s = match Socket::new(Domain::UNIX, socktype(kind), None) {
            Ok(s) => s,
            Err(e) => return Ok(Err(OpenFail::os(&e, true))),
        };
        return Ok(match connect_one(&s, &sa, timeout, asynchronous) {
            Ok(()) => Ok(s),
            Err(e) => Err(OpenFail::os(&e, true)),
        });
    }
    let addrs = match resolve_target(cx, kind, rest)? {
        Ok(a) => a,
        Err(f) => return Ok(Err(f)),
    };
    let bind = match &opts.bindto {
        Some(b) => match parse_host_port(b) {
            Ok(x) => Some(x),
            Err(t) => return Ok(Err(OpenFail::text(t))),
        },
        None => None,
    };
    let mut last = io::Error::from_raw_os_error(libc::ECONNREFUSED);
    for sa in addrs {
        // The host's network policy refuses as the system call would: EACCES.
        if let Err(errno) = policy::check_ip(cx, Op::Connect, &sa) {
            last = io::Error::from_raw_os_error(errno);
            continue;
        }
        let s = match Socket::new(Domain::for_address(sa), socktype(kind), None) {
            Ok(s) => s,
            Err(e) => {
                last = e;
                continue;
            }
        };
        if let Some((bhost, bport)) = &bind {
            let local = bhost
                .parse::<IpAddr>()
                .ok()
                .filter(|ip| ip.is_ipv4() == sa.is_ipv4())
                .map(|ip| SocketAddr::new(ip, *bport));
            let r = match local {
                Some(l) => match policy::check_ip(cx, Op::Bind, &l) {
                    Ok(()) => s.bind(&SockAddr::from(l)),
                    Err(errno) => Err(io::Error::from_raw_os_error(errno)),
                },
                None => Err(io::Error::from_raw_os_error(libc::EINVAL)),
            };
            if let Err(e) = r {
                cx.warn(format!(
                    "Failed to bind to '{bhost}:{bport}', system said: {}",
                    super::super::errors::strerror(os_code(&e) as i64)
                ))?;
            }
        }
        if opts.broadcast {
            let _ = s.set_broadcast(true);
        }
        match connect_one(&s, &SockAddr::from(sa), timeout, asynchronous) {
            Ok(()) if kind == Kind::Tls => {
                // Where PHP would now run the TLS handshake.
                cx.warn("Failed to enable crypto")?;
                return Ok(Err(OpenFail {
                    errno: 0,
                    text: None,
                }));
            }
            Ok(()) => {
                if opts.nodelay && kind == Kind::Tcp {
                    let _ = s.set_tcp_nodelay(true);
                }
                return Ok(Ok(s));
            }
            Err(e) => last = e,
        }
    }
    Ok(Err(OpenFail::os(&last, true)))
}

fn connect_one(
    s: &Socket,
    sa: &SockAddr,
    timeout: Option<Duration>,
    asynchronous: bool,
) -> io::Result<()> {
    if asynchronous {
        s.set_nonblocking(true)?;
        return match s.connect(sa) {
            Err(e) if e.raw_os_error() == Some(libc::EINPROGRESS) => Ok(()),
            r => r,
        };
    }
    match timeout {
        Some(t) if !t.is_zero() => s.connect_timeout(sa, t),
        Some(_) => s.connect_timeout(sa, Duration::from_micros(1)),
        None => s.connect(sa),
    }
}

/// Binds (and with `listen`, listens on) a server socket (`stream_socket_server`). PHP
/// reports these failures with an error text but `$errno` 0.
pub fn bind(
    cx: &mut Ctx,
    kind: Kind,
    rest: &[u8],
    do_bind: bool,
    listen: bool,
    opts: &SockOpts,
) -> Result<Result<Socket, OpenFail>, Unwind> {
    let s = if matches!(kind, Kind::Unix | Kind::Udg) {
        let s = match Socket::new(Domain::UNIX, socktype(kind), None) {
            Ok(s) => s,
            Err(e) => return Ok(Err(OpenFail::os(&e, false))),
        };
        if do_bind {
            // PHP's Unix transport reports a failed bind without any text.
            let allowed = |cx: &mut Ctx, sa: &SockAddr| {
                policy::check(cx, Op::Bind, sa).map_err(io::Error::from_raw_os_error)
            };
            let r = unix_target(rest).and_then(|sa| allowed(cx, &sa).and_then(|_| s.bind(&sa)));
            if r.is_err() {
                return Ok(Err(OpenFail {
                    errno: 0,
                    text: None,
                }));
            }
        }
        s
    } else {
        let addrs = match resolve_target(cx, kind, rest)? {
            Ok(a) => a,
            Err(f) => return Ok(Err(f)),
        };
        let mut last = io::Error::from_raw_os_error(libc::EADDRNOTAVAIL);
        let mut bound = None;
        for sa in addrs {
            let s = match Socket::new(Domain::for_address(sa), socktype(kind), None) {
                Ok(s) => s,
                Err(e) => {
                    last = e;
                    continue;
                }
            };
            let _ = s.set_reuse_address(true);
            if opts.reuseport {
                let _ = s.set_reuse_port(true);
            }
            if opts.broadcast {
                let _ = s.set_broadcast(true);
            }
            if let (Some(v6), true) = (opts.v6only, sa.is_ipv6()) {
                let _ = s.set_only_v6(v6);
            }
            if !do_bind {
                bound = Some(s);
                break;
            }
            if let Err(errno) = policy::check_ip(cx, Op::Bind, &sa) {
                last = io::Error::from_raw_os_error(errno);
                continue;
            }
            match s.bind(&SockAddr::from(sa)) {
                Ok(()) => {
                    bound = Some(s);
                    break;
                }
                Err(e) => last = e,
            }
        }
        match bound {
            Some(s) => s,
            None => return Ok(Err(OpenFail::os(&last, false))),
        }
    };
    if listen {
        if s.listen(opts.backlog.unwrap_or(32)).is_err() {
            return Ok(Err(OpenFail {
                errno: 0,
                text: None,
            }));
        }
        if opts.nodelay && kind == Kind::Tcp {
            let _ = s.set_tcp_nodelay(true);
        }
    }
    Ok(Ok(s))
}

/// A stream over a freshly opened socket, with `default_socket_timeout` for reads.
pub fn make_stream(cx: &mut Ctx, s: Socket, kind: Kind) -> SockStream {
    SockStream::new(s, kind, default_timeout(cx))
}

/// `default_socket_timeout` in seconds (PHP's default 60).
pub fn default_timeout_secs(cx: &mut Ctx) -> f64 {
    cx.ini("default_socket_timeout")
        .map(|v| {
            String::from_utf8_lossy(v.as_bytes())
                .trim()
                .parse::<f64>()
                .unwrap_or(0.0)
        })
        .unwrap_or(60.0)
}

/// `default_socket_timeout` as a read timeout (`None` when negative: wait forever).
pub fn default_timeout(cx: &mut Ctx) -> Option<Duration> {
    super::backend::timeout_from_secs(default_timeout_secs(cx))
}
