//! Address parsing and formatting as ext/sockets does it: `inet_aton` forms, host lookups
//! (`Host lookup failed [-10001]: Unknown host`), AF_UNIX paths and the by-reference outputs
//! of getsockname/getpeername/recvfrom.

use super::errors::sock_error;
use phpsock_eval::{Ctx, ObjRef, Unwind};
use socket2::SockAddr;
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV4, SocketAddrV6};

/// Length of `sockaddr_un.sun_path` on Linux.
pub const SUN_PATH_LEN: usize = 108;

/// glibc's `inet_aton`: 1 to 4 dot-separated numbers in C notation (`0x`, leading `0` octal);
/// the last number fills the remaining bytes; anything after whitespace is ignored.
pub fn inet_aton(s: &[u8]) -> Option<Ipv4Addr> {
    let end = s
        .iter()
        .position(|b| b.is_ascii_whitespace())
        .unwrap_or(s.len());
    let s = &s[..end];
    if s.is_empty() {
        return None;
    }
    let mut parts = Vec::new();
    for p in s.split(|&b| b == b'.') {
        parts.push(parse_c_number(p)?);
    }
    if parts.len() > 4 {
        return None;
    }
    let last = *parts.last()?;
    let head = &parts[..parts.len() - 1];
    if head.iter().any(|&v| v > 255) {
        return None;
    }
    let room = 4 - head.len();
    if room < 4 && last >= 1u64 << (8 * room) {
        return None;
    }
    if last > u32::MAX as u64 {
        return None;
    }
    let mut v: u32 = 0;
    for (i, &h) in head.iter().enumerate() {
        v |= (h as u32) << (24 - 8 * i);
    }
    v |= last as u32;
    Some(Ipv4Addr::from(v))
}

fn parse_c_number(p: &[u8]) -> Option<u64> {
    if p.is_empty() {
        return None;
    }
    let (digits, radix) = if p.len() > 1 && (p.starts_with(b"0x") || p.starts_with(b"0X")) {
        (&p[2..], 16)
    } else if p.len() > 1 && p[0] == b'0' {
        (&p[1..], 8)
    } else {
        (p, 10)
    };
    if digits.is_empty() {
        return if radix == 16 { Some(0) } else { None };
    }
    let s = std::str::from_utf8(digits).ok()?;
    u64::from_str_radix(s, radix).ok()
}

/// Resolves an IPv4 address or host name for `socket`, warning `Host lookup failed` as PHP
/// does; `Ok(None)` after the warning.
pub fn resolve_v4(cx: &mut Ctx, o: &ObjRef, host: &[u8]) -> Result<Option<Ipv4Addr>, Unwind> {
    // gethostbyname parses names made only of digits and dots itself (inet_aton rules);
    // anything else, hex forms included, goes to the resolver.
    if host.iter().all(|b| b.is_ascii_digit() || *b == b'.') {
        if let Some(a) = inet_aton(host) {
            return Ok(Some(a));
        }
    }
    // getaddrinfo would take numeric forms such as `0x7f.1` that gethostbyname sends to DNS.
    let found = if inet_aton(host).is_some() {
        None
    } else {
        super::sys::getaddrinfo(host, None, (0, libc::SOCK_STREAM, 0, libc::AF_INET))
            .ok()
            .and_then(|l| {
                l.into_iter().find_map(|a| match a.addr {
                    Some(SocketAddr::V4(v)) => Some(*v.ip()),
                    _ => None,
                })
            })
    };
    match found {
        Some(a) => Ok(Some(a)),
        None => {
            sock_error(cx, o, "Host lookup failed", v4_lookup_error(host))?;
            Ok(None)
        }
    }
}

/// The `-10000 - h_errno` code glibc's gethostbyname leaves for a failed lookup: an empty
/// name is NO_RECOVERY, a malformed dotted number sets no h_errno, anything else is
/// HOST_NOT_FOUND.
fn v4_lookup_error(host: &[u8]) -> i32 {
    if host.is_empty() {
        -10003
    } else if host.iter().all(|b| b.is_ascii_digit() || *b == b'.') {
        -10000
    } else {
        -10001
    }
}

/// Resolves an IPv6 address or host name for `socket` (see [`resolve_v4`]).
pub fn resolve_v6(cx: &mut Ctx, o: &ObjRef, host: &[u8]) -> Result<Option<Ipv6Addr>, Unwind> {
    if let Some(a) = std::str::from_utf8(host)
        .ok()
        .and_then(|s| s.parse::<Ipv6Addr>().ok())
    {
        return Ok(Some(a));
    }
    let found = super::sys::getaddrinfo(host, None, (0, libc::SOCK_STREAM, 0, libc::AF_INET6))
        .ok()
        .and_then(|l| {
            l.into_iter().find_map(|a| match a.addr {
                Some(SocketAddr::V6(v)) => Some(*v.ip()),
                _ => None,
            })
        });
    match found {
        Some(a) => Ok(Some(a)),
        None => {
            sock_error(cx, o, "Host lookup failed", -10001)?;
            Ok(None)
        }
    }
}

/// An AF_UNIX address from the bytes PHP passes (abstract when they start with NUL).
pub fn unix_addr(path: &[u8]) -> std::io::Result<SockAddr> {
    use std::os::unix::ffi::OsStrExt;
    SockAddr::unix(std::ffi::OsStr::from_bytes(path))
}

/// Builds the address for `family` from PHP's address string and port; `Ok(None)` after a
/// lookup warning.
pub fn build(
    cx: &mut Ctx,
    o: &ObjRef,
    family: i32,
    host: &[u8],
    port: i64,
) -> Result<Option<SockAddr>, Unwind> {
    let port = port as u16;
    Ok(match family {
        libc::AF_INET => resolve_v4(cx, o, host)?
            .map(|ip| SockAddr::from(SocketAddr::V4(SocketAddrV4::new(ip, port)))),
        libc::AF_INET6 => resolve_v6(cx, o, host)?
            .map(|ip| SockAddr::from(SocketAddr::V6(SocketAddrV6::new(ip, port, 0, 0)))),
        _ => unix_addr(host).ok(),
    })
}

/// What PHP reports for an address: the text form and (for IP families) the port. AF_UNIX
/// addresses give `sun_path` up to its first NUL (so abstract names read as `""`).
pub fn describe(a: &SockAddr) -> Option<(Vec<u8>, Option<u16>)> {
    if let Some(s) = a.as_socket() {
        return Some(match s {
            SocketAddr::V4(v) => (v.ip().to_string().into_bytes(), Some(v.port())),
            SocketAddr::V6(v) => (v.ip().to_string().into_bytes(), Some(v.port())),
        });
    }
    if a.is_unix() {
        let p = a
            .as_pathname()
            .map(|p| {
                use std::os::unix::ffi::OsStrExt;
                p.as_os_str().as_bytes().to_vec()
            })
            .unwrap_or_default();
        let end = p.iter().position(|&b| b == 0).unwrap_or(p.len());
        return Some((p[..end].to_vec(), None));
    }
    None
}
