//! socket_get_option / socket_set_option (and their aliases socket_getopt / socket_setopt):
//! integer options at any level, SO_LINGER, SO_RCVTIMEO/SO_SNDTIMEO, SO_MEMINFO,
//! SO_BINDTODEVICE, TCP_CONGESTION, multicast (IPv4 and IPv6) and IPV6_PKTINFO.

use super::addr;
use super::class::open_sock;
use super::create::{family, raw_fd};
use super::errors::{errno_of, sock_error, sock_io_error};
use super::sys;
use phpsock_eval::core::assoc;
use phpsock_eval::{Args, Ctx, NResult, ObjRef, PhpArray, Unwind, Value};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

const SOL_SOCKET: i32 = libc::SOL_SOCKET;
const IPPROTO_IP: i32 = libc::IPPROTO_IP;
const IPPROTO_IPV6: i32 = libc::IPPROTO_IPV6;
const IPPROTO_TCP: i32 = libc::IPPROTO_TCP;
const MCAST_JOIN_GROUP: i32 = 42;
const MCAST_BLOCK_SOURCE: i32 = 43;
const MCAST_UNBLOCK_SOURCE: i32 = 44;
const MCAST_LEAVE_GROUP: i32 = 45;
const MCAST_JOIN_SOURCE_GROUP: i32 = 46;
const MCAST_LEAVE_SOURCE_GROUP: i32 = 47;
const SO_MEMINFO: i32 = 55;

fn get_failed(cx: &mut Ctx, o: &ObjRef, e: &std::io::Error) -> NResult {
    sock_io_error(cx, o, "Unable to retrieve socket option", e)?;
    Ok(Value::Bool(false))
}

fn set_failed(cx: &mut Ctx, o: &ObjRef, e: &std::io::Error) -> NResult {
    sock_io_error(cx, o, "Unable to set socket option", e)?;
    Ok(Value::Bool(false))
}

fn i32_at(b: &[u8], at: usize) -> i64 {
    let mut w = [0u8; 4];
    w.copy_from_slice(&b[at..at + 4]);
    i32::from_ne_bytes(w) as i64
}

fn i64_at(b: &[u8], at: usize) -> i64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&b[at..at + 8]);
    i64::from_ne_bytes(w)
}

/// `socket_get_option(Socket $socket, int $level, int $option): array|int|false`
pub fn socket_get_option(cx: &mut Ctx, a: &mut Args) -> NResult {
    let o = open_sock(cx, a, 0)?;
    let level = a.int(1) as i32;
    let name = a.int(2) as i32;
    let fd = raw_fd(&o);
    if level == IPPROTO_IP && name == libc::IP_MULTICAST_IF {
        let mut b = [0u8; 4];
        return match sys::getsockopt(fd, level, name, &mut b) {
            Ok(_) => {
                // PHP reports the index of the interface that has this address.
                let ip = Ipv4Addr::from(b);
                match sys::ipv4_if_index(ip) {
                    Some(i) => Ok(Value::Int(i as i64)),
                    None => {
                        cx.warn(format!("The interface with IP address {ip} was not found"))?;
                        Ok(Value::Bool(false))
                    }
                }
            }
            Err(e) => get_failed(cx, &o, &e),
        };
    }
    if level == IPPROTO_IPV6 && name == libc::IPV6_PKTINFO {
        let mut b = [0u8; 20];
        return match sys::getsockopt(fd, level, name, &mut b) {
            Ok(_) => {
                let mut ip = [0u8; 16];
                ip.copy_from_slice(&b[..16]);
                Ok(assoc(vec![
                    ("addr", Value::from(Ipv6Addr::from(ip).to_string())),
                    ("ifindex", Value::Int(i32_at(&b, 16) as u32 as i64)),
                ]))
            }
            Err(e) => {
                sock_io_error(cx, &o, "unable to get socket option", &e)?;
                Ok(Value::Bool(false))
            }
        };
    }
    if level == IPPROTO_TCP && name == libc::TCP_CONGESTION {
        let mut b = [0u8; 16];
        return match sys::getsockopt(fd, level, name, &mut b) {
            Ok(_) => {
                let end = b.iter().position(|&c| c == 0).unwrap_or(b.len());
                Ok(assoc(vec![("name", Value::from(b[..end].to_vec()))]))
            }
            Err(e) => get_failed(cx, &o, &e),
        };
    }
    if level == SOL_SOCKET {
        match name {
            libc::SO_LINGER => {
                let mut b = [0u8; 8];
                return match sys::getsockopt(fd, level, name, &mut b) {
                    Ok(_) => Ok(assoc(vec![
                        ("l_onoff", Value::Int(i32_at(&b, 0))),
                        ("l_linger", Value::Int(i32_at(&b, 4))),
                    ])),
                    Err(e) => get_failed(cx, &o, &e),
                };
            }
            libc::SO_RCVTIMEO | libc::SO_SNDTIMEO => {
                let mut b = [0u8; 16];
                return match sys::getsockopt(fd, level, name, &mut b) {
                    Ok(_) => Ok(assoc(vec![
                        ("sec", Value::Int(i64_at(&b, 0))),
                        ("usec", Value::Int(i64_at(&b, 8))),
                    ])),
                    Err(e) => get_failed(cx, &o, &e),
                };
            }
            SO_MEMINFO => {
                let mut b = [0u8; 36];
                return match sys::getsockopt(fd, level, name, &mut b) {
                    Ok(n) if n == b.len() => {
                        let keys = [
                            "rmem_alloc",
                            "rcvbuf",
                            "wmem_alloc",
                            "sndbuf",
                            "fwd_alloc",
                            "wmem_queued",
                            "optmem",
                            "backlog",
                            "drops",
                        ];
                        let pairs: Vec<(&str, Value)> = keys
                            .iter()
                            .enumerate()
                            .map(|(i, k)| (*k, Value::Int(i32_at(&b, i * 4) as u32 as i64)))
                            .collect();
                        Ok(assoc(pairs))
                    }
                    Ok(_) => {
                        cx.warn("Unable to retrieve all socket meminfo data")?;
                        Ok(Value::Bool(false))
                    }
                    Err(e) => get_failed(cx, &o, &e),
                };
            }
            _ => {}
        }
    }
    let mut b = [0u8; 4];
    match sys::getsockopt(fd, level, name, &mut b) {
        Ok(1) => Ok(Value::Int(b[0] as i64)),
        Ok(_) => Ok(Value::Int(i32_at(&b, 0))),
        Err(e) => get_failed(cx, &o, &e),
    }
}

/// Where a set request goes after the level-specific handlers.
enum Outcome {
    Done(Value),
    Default,
}

fn sockaddr_bytes(ip: IpAddr) -> Vec<u8> {
    let mut v = Vec::new();
    match ip {
        IpAddr::V4(a) => {
            v.extend_from_slice(&(libc::AF_INET as u16).to_ne_bytes());
            v.extend_from_slice(&[0, 0]);
            v.extend_from_slice(&a.octets());
            v.extend_from_slice(&[0; 8]);
        }
        IpAddr::V6(a) => {
            v.extend_from_slice(&(libc::AF_INET6 as u16).to_ne_bytes());
            v.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
            v.extend_from_slice(&a.octets());
            v.extend_from_slice(&[0; 4]);
        }
    }
    v
}

/// Bytes of `struct group_req` / `struct group_source_req` (Linux, 64-bit layout).
fn group_req(ifindex: u32, group: IpAddr, source: Option<IpAddr>) -> Vec<u8> {
    let mut v = vec![0u8; if source.is_some() { 264 } else { 136 }];
    v[..4].copy_from_slice(&ifindex.to_ne_bytes());
    let g = sockaddr_bytes(group);
    v[8..8 + g.len()].copy_from_slice(&g);
    if let Some(s) = source {
        let s = sockaddr_bytes(s);
        v[136..136 + s.len()].copy_from_slice(&s);
    }
    v
}

/// Interface index from an int (range-checked) or a name (looked up).
fn if_index(cx: &mut Ctx, v: &Value) -> Result<Option<u32>, Unwind> {
    if let Value::Int(n) = v {
        if *n < 0 || *n > u32::MAX as i64 {
            return Err(cx.throw("ValueError", "Index must be between 0 and 4294967295"));
        }
        return Ok(Some(*n as u32));
    }
    let name = cx.to_str(v)?;
    let ind = sys::if_nametoindex(&name);
    if ind == 0 {
        cx.warn(format!(
            "No interface with name \"{}\" could be found",
            String::from_utf8_lossy(&name)
        ))?;
        return Ok(None);
    }
    Ok(Some(ind))
}

fn mcast_addr(
    cx: &mut Ctx,
    o: &ObjRef,
    arr: &PhpArray,
    key: &str,
) -> Result<Option<IpAddr>, Unwind> {
    let Some(v) = arr.get_str(key.as_bytes()).map(|v| v.deref()) else {
        return Err(cx.throw("ValueError", format!("No key \"{key}\" passed in optval")));
    };
    let s = cx.to_str(&v)?;
    if let Some(ip) = std::str::from_utf8(&s)
        .ok()
        .and_then(|t| t.parse::<Ipv6Addr>().ok())
    {
        return Ok(Some(IpAddr::V6(ip)));
    }
    if let Some(ip) = addr::inet_aton(&s) {
        return Ok(Some(IpAddr::V4(ip)));
    }
    let fam = family(o);
    let found = sys::getaddrinfo(&s, None, (0, libc::SOCK_STREAM, 0, fam))
        .ok()
        .and_then(|l| l.into_iter().find_map(|a| a.addr.map(|x| x.ip())));
    match found {
        Some(ip) => Ok(Some(ip)),
        None => {
            sock_error(cx, o, "Host lookup failed", -10000)?;
            Ok(None)
        }
    }
}

fn to_array(v: &Value) -> PhpArray {
    match v {
        Value::Array(a) => (**a).clone(),
        Value::Null => PhpArray::new(),
        other => PhpArray::from_values(vec![other.clone()]),
    }
}

fn mcast_opt(cx: &mut Ctx, o: &ObjRef, level: i32, name: i32, v: &Value) -> NResult {
    let arr = to_array(v);
    let Some(group) = mcast_addr(cx, o, &arr, "group")? else {
        return Ok(Value::Bool(false));
    };
    let with_source = !matches!(name, MCAST_JOIN_GROUP | MCAST_LEAVE_GROUP);
    let source = if with_source {
        match mcast_addr(cx, o, &arr, "source")? {
            Some(s) => Some(s),
            None => return Ok(Value::Bool(false)),
        }
    } else {
        None
    };
    let ifindex = match arr.get_str(b"interface").map(|v| v.deref()) {
        None => 0,
        Some(v) => match if_index(cx, &v)? {
            Some(i) => i,
            None => return Ok(Value::Bool(false)),
        },
    };
    let req = group_req(ifindex, group, source);
    match sys::setsockopt(raw_fd(o), level, name, &req) {
        Ok(()) => Ok(Value::Bool(true)),
        Err(e) => set_failed(cx, o, &e),
    }
}

fn set_ip(cx: &mut Ctx, o: &ObjRef, name: i32, v: &Value) -> Result<Outcome, Unwind> {
    let fd = raw_fd(o);
    let bytes: Vec<u8> = match name {
        MCAST_JOIN_GROUP
        | MCAST_LEAVE_GROUP
        | MCAST_BLOCK_SOURCE
        | MCAST_UNBLOCK_SOURCE
        | MCAST_JOIN_SOURCE_GROUP
        | MCAST_LEAVE_SOURCE_GROUP => {
            return Ok(Outcome::Done(mcast_opt(cx, o, IPPROTO_IP, name, v)?));
        }
        libc::IP_MULTICAST_IF => {
            let Some(ind) = if_index(cx, v)? else {
                return Ok(Outcome::Done(Value::Bool(false)));
            };
            // struct ip_mreqn: multiaddr, address, ifindex.
            let mut b = vec![0u8; 12];
            b[8..].copy_from_slice(&(ind as i32).to_ne_bytes());
            if ind == 0 {
                b.truncate(4);
            }
            b
        }
        libc::IP_MULTICAST_LOOP => vec![u8::from(v.to_bool())],
        libc::IP_MULTICAST_TTL => {
            let n = v.to_int();
            if !(0..=255).contains(&n) {
                return Err(cx.value_error(4, "must be between 0 and 255"));
            }
            vec![n as u8]
        }
        _ => return Ok(Outcome::Default),
    };
    Ok(Outcome::Done(
        match sys::setsockopt(fd, IPPROTO_IP, name, &bytes) {
            Ok(()) => Value::Bool(true),
            Err(e) => set_failed(cx, o, &e)?,
        },
    ))
}

fn set_ipv6(cx: &mut Ctx, o: &ObjRef, name: i32, v: &Value) -> Result<Outcome, Unwind> {
    let fd = raw_fd(o);
    let bytes: Vec<u8> = match name {
        MCAST_JOIN_GROUP
        | MCAST_LEAVE_GROUP
        | MCAST_BLOCK_SOURCE
        | MCAST_UNBLOCK_SOURCE
        | MCAST_JOIN_SOURCE_GROUP
        | MCAST_LEAVE_SOURCE_GROUP => {
            return Ok(Outcome::Done(mcast_opt(cx, o, IPPROTO_IPV6, name, v)?));
        }
        libc::IPV6_MULTICAST_IF => {
            let Some(ind) = if_index(cx, v)? else {
                return Ok(Outcome::Done(Value::Bool(false)));
            };
            ind.to_ne_bytes().to_vec()
        }
        libc::IPV6_MULTICAST_LOOP => (i32::from(v.to_bool())).to_ne_bytes().to_vec(),
        libc::IPV6_MULTICAST_HOPS => {
            let n = v.to_int();
            if !(-1..=255).contains(&n) {
                return Err(cx.value_error(4, "must be between -1 and 255"));
            }
            (n as i32).to_ne_bytes().to_vec()
        }
        libc::IPV6_PKTINFO => {
            let arr = to_array(v);
            let addr_v = arr.get_str(b"addr").map(|x| x.deref()).unwrap_or_default();
            let s = cx.to_str(&addr_v)?;
            let ip = std::str::from_utf8(&s)
                .ok()
                .and_then(|t| t.parse::<Ipv6Addr>().ok())
                .unwrap_or(Ipv6Addr::UNSPECIFIED);
            let ind = arr
                .get_str(b"ifindex")
                .map(|x| x.deref().to_int())
                .unwrap_or(0);
            let mut b = ip.octets().to_vec();
            b.extend_from_slice(&(ind as u32).to_ne_bytes());
            b
        }
        _ => return Ok(Outcome::Default),
    };
    Ok(Outcome::Done(
        match sys::setsockopt(fd, IPPROTO_IPV6, name, &bytes) {
            Ok(()) => Value::Bool(true),
            Err(e) => set_failed(cx, o, &e)?,
        },
    ))
}

fn key_of(cx: &mut Ctx, arr: &PhpArray, key: &str) -> Result<i64, Unwind> {
    match arr.get_str(key.as_bytes()) {
        Some(v) => Ok(v.deref().to_int()),
        None => Err(cx.value_error(4, &format!("must have key \"{key}\""))),
    }
}

/// `socket_set_option(Socket $socket, int $level, int $option, $value): bool`
pub fn socket_set_option(cx: &mut Ctx, a: &mut Args) -> NResult {
    let o = open_sock(cx, a, 0)?;
    let level = a.int(1) as i32;
    let name = a.int(2) as i32;
    let v = a.get(3);
    let fd = raw_fd(&o);
    if level == IPPROTO_IP {
        if let Outcome::Done(r) = set_ip(cx, &o, name, &v)? {
            return Ok(r);
        }
    } else if level == IPPROTO_IPV6 {
        if let Outcome::Done(r) = set_ipv6(cx, &o, name, &v)? {
            return Ok(r);
        }
    }
    let bytes: Vec<u8> = if level == IPPROTO_TCP && name == libc::TCP_CONGESTION {
        match &v {
            Value::Str(s) => s.to_vec(),
            _ => Vec::new(),
        }
    } else {
        match name {
            libc::SO_LINGER => {
                let arr = to_array(&v);
                let on = key_of(cx, &arr, "l_onoff")?;
                let linger = key_of(cx, &arr, "l_linger")?;
                let mut b = (on as u16 as i32).to_ne_bytes().to_vec();
                b.extend_from_slice(&(linger as u16 as i32).to_ne_bytes());
                b
            }
            libc::SO_RCVTIMEO | libc::SO_SNDTIMEO => {
                let arr = to_array(&v);
                let sec = key_of(cx, &arr, "sec")?;
                let usec = key_of(cx, &arr, "usec")?;
                let mut b = sec.to_ne_bytes().to_vec();
                b.extend_from_slice(&usec.to_ne_bytes());
                b
            }
            libc::SO_BINDTODEVICE => match &v {
                Value::Str(s) => s.to_vec(),
                _ => Vec::new(),
            },
            _ => (v.to_int() as i32).to_ne_bytes().to_vec(),
        }
    };
    match sys::setsockopt(fd, level, name, &bytes) {
        Ok(()) => Ok(Value::Bool(true)),
        Err(e) => {
            let no = errno_of(&e);
            sock_error(cx, &o, "Unable to set socket option", no)?;
            Ok(Value::Bool(false))
        }
    }
}
