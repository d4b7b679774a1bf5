//! socket_addrinfo_lookup / _bind / _connect / _explain over `getaddrinfo`.

use super::class::{addrinfo_arg, new_addrinfo, new_socket, AddrInfo};
use super::errors::{errno_of, global_warn, sock_io_error};
use super::sys;
use phpsock_eval::{Args, Ctx, Key, NResult, PhpArray, Value};
use socket2::{Domain, Protocol, SockAddr, Socket, Type};
use std::net::SocketAddr;

/// `socket_addrinfo_lookup(string $host, ?string $service = null, array $hints = []): array|false`
pub fn socket_addrinfo_lookup(cx: &mut Ctx, a: &mut Args) -> NResult {
    let host = a.str(0);
    let service = a.opt_str(1);
    let hints_arr = a.array(2);
    let mut hints = (0, 0, 0, 0);
    if !hints_arr.is_list() || hints_arr.is_empty() {
        for (k, v) in hints_arr.iter() {
            let Key::Str(k) = k else { continue };
            let n = v.deref().to_int() as i32;
            match k.as_bytes() {
                b"ai_flags" => hints.0 = n,
                b"ai_socktype" => hints.1 = n,
                b"ai_protocol" => hints.2 = n,
                b"ai_family" => hints.3 = n,
                _ => {
                    return Err(cx.value_error(
                        3,
                        "must only contain array keys \"ai_flags\", \"ai_socktype\", \"ai_protocol\", or \"ai_family\"",
                    ))
                }
            }
        }
    }
    let list = match sys::getaddrinfo(&host, service.as_deref(), hints) {
        Ok(l) => l,
        Err(_) => return Ok(Value::Bool(false)),
    };
    let mut out = PhpArray::new();
    for r in list {
        let Some(sa) = r.addr else { continue };
        let ai = AddrInfo {
            flags: r.flags,
            family: r.family,
            socktype: r.socktype,
            protocol: r.protocol,
            canonname: r.canonname,
            addr: SockAddr::from(sa),
        };
        let o = new_addrinfo(cx, ai)?;
        let _ = out.push(Value::Object(o));
    }
    Ok(Value::from(out))
}

fn open(cx: &mut Ctx, a: &Args, connect: bool) -> NResult {
    let Some(ai) = addrinfo_arg(a, 0) else {
        return Ok(Value::Bool(false));
    };
    let s = match Socket::new_raw(
        Domain::from(ai.family),
        Type::from(ai.socktype),
        Some(Protocol::from(ai.protocol)),
    ) {
        Ok(s) => s,
        Err(e) => {
            global_warn(cx, "Unable to create socket", errno_of(&e))?;
            return Ok(Value::Bool(false));
        }
    };
    if ai.family == libc::AF_UNIX {
        return Ok(Value::Bool(false));
    }
    let op = if connect {
        crate::policy::Op::Connect
    } else {
        crate::policy::Op::Bind
    };
    let r = match crate::policy::check(cx, op, &ai.addr) {
        Err(errno) => Err(std::io::Error::from_raw_os_error(errno)),
        Ok(()) if connect => {
            cx.vm().flush();
            s.connect(&ai.addr)
        }
        Ok(()) => s.bind(&ai.addr),
    };
    let o = new_socket(cx, s, ai.family)?;
    match r {
        Ok(()) => Ok(Value::Object(o)),
        Err(e) => {
            let msg = if connect {
                "Unable to connect address"
            } else {
                "Unable to bind address"
            };
            sock_io_error(cx, &o, msg, &e)?;
            Ok(Value::Bool(false))
        }
    }
}

/// `socket_addrinfo_bind(AddressInfo $address): Socket|false`
pub fn socket_addrinfo_bind(cx: &mut Ctx, a: &mut Args) -> NResult {
    open(cx, a, false)
}

/// `socket_addrinfo_connect(AddressInfo $address): Socket|false`
pub fn socket_addrinfo_connect(cx: &mut Ctx, a: &mut Args) -> NResult {
    open(cx, a, true)
}

/// `socket_addrinfo_explain(AddressInfo $address): array`
pub fn socket_addrinfo_explain(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(ai) = addrinfo_arg(a, 0) else {
        return Ok(Value::from(PhpArray::new()));
    };
    let mut out = PhpArray::new();
    out.insert(Key::from_bytes(b"ai_flags"), Value::Int(ai.flags as i64));
    out.insert(Key::from_bytes(b"ai_family"), Value::Int(ai.family as i64));
    out.insert(
        Key::from_bytes(b"ai_socktype"),
        Value::Int(ai.socktype as i64),
    );
    out.insert(
        Key::from_bytes(b"ai_protocol"),
        Value::Int(ai.protocol as i64),
    );
    if let Some(c) = &ai.canonname {
        out.insert(Key::from_bytes(b"ai_canonname"), Value::from(c.clone()));
    }
    let mut sa = PhpArray::new();
    match ai.addr.as_socket() {
        Some(SocketAddr::V4(v)) => {
            sa.insert(Key::from_bytes(b"sin_port"), Value::Int(v.port() as i64));
            sa.insert(
                Key::from_bytes(b"sin_addr"),
                Value::from(v.ip().to_string()),
            );
        }
        Some(SocketAddr::V6(v)) => {
            sa.insert(Key::from_bytes(b"sin6_port"), Value::Int(v.port() as i64));
            sa.insert(
                Key::from_bytes(b"sin6_addr"),
                Value::from(v.ip().to_string()),
            );
        }
        None => {}
    }
    out.insert(Key::from_bytes(b"ai_addr"), Value::from(sa));
    Ok(Value::from(out))
}
