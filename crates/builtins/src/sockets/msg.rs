//! socket_cmsg_space, socket_sendmsg and socket_recvmsg with PHP's message arrays
//! (`name`, `iov`, `control`, `flags`; SCM_RIGHTS, SCM_CREDENTIALS, IPV6_PKTINFO and the
//! integer IPv6 messages).

use phpsock_eval::core::assoc;
use phpsock_eval::{Args, Ctx, NResult, Value};

/// Data size of one control message entry PHP knows: (level, type) → (fixed, per element).
fn entry(level: i64, ty: i64) -> Option<(usize, usize)> {
    match (level as i32, ty as i32) {
        (libc::SOL_SOCKET, libc::SCM_RIGHTS) => Some((0, 4)),
        (libc::SOL_SOCKET, libc::SCM_CREDENTIALS) => Some((12, 0)),
        (libc::IPPROTO_IPV6, libc::IPV6_PKTINFO) => Some((20, 0)),
        (libc::IPPROTO_IPV6, libc::IPV6_HOPLIMIT) => Some((4, 0)),
        (libc::IPPROTO_IPV6, libc::IPV6_TCLASS) => Some((4, 0)),
        _ => None,
    }
}

/// `CMSG_SPACE(len)` on 64-bit Linux: 16-byte header plus the data rounded up to 8.
pub fn cmsg_space(len: usize) -> usize {
    16 + len.div_ceil(8) * 8
}

/// `CMSG_LEN(len)`.
pub fn cmsg_len(len: usize) -> usize {
    16 + len
}

/// `socket_cmsg_space(int $level, int $type, int $num = 0): ?int`
pub fn socket_cmsg_space(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (level, ty, num) = (a.int(0), a.int(1), a.int(2));
    let range = |v: i64| v < i32::MIN as i64 || v > i32::MAX as i64;
    if range(level) {
        return Err(cx.value_error(1, "must be between -2147483648 and 2147483647"));
    }
    if range(ty) {
        return Err(cx.value_error(2, "must be between -2147483648 and 2147483647"));
    }
    if range(num) {
        return Err(cx.value_error(3, "must be between -2147483648 and 2147483647"));
    }
    if num < 0 {
        return Err(cx.value_error(3, "must be greater than or equal to 0"));
    }
    let Some((fixed, per)) = entry(level, ty) else {
        return Err(cx.throw(
            "ValueError",
            format!("Pair level {level} and/or type {ty} is not supported"),
        ));
    };
    let size = fixed as u128 + num as u128 * per as u128;
    let total = 16 + size.div_ceil(8) * 8;
    if total > i64::MAX as u128 {
        return Ok(Value::Null);
    }
    Ok(Value::Int(total as i64))
}

use super::class::{open_sock, Sock};
use super::create::{family, with_fd};
use super::errors::sock_io_error;
use phpsock_eval::{ObjRef, PhpArray, ResRef, Unwind};
use socket2::{MsgHdr, SockAddr};
use std::io::IoSlice;
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddrV4, SocketAddrV6};
use std::os::fd::{AsRawFd, OwnedFd};

/// A conversion failure: the path (`msghdr > iov`) and the message.
struct ConvError(String, String);

fn conv_err(path: &str, msg: impl Into<String>) -> ConvError {
    ConvError(path.to_string(), msg.into())
}

fn report(cx: &mut Ctx, e: ConvError) -> NResult {
    cx.warn(format!(
        "error converting user data (path: {}): {}",
        e.0, e.1
    ))?;
    Ok(Value::Bool(false))
}

fn get(arr: &PhpArray, k: &str) -> Option<Value> {
    arr.get_str(k.as_bytes()).map(|v| v.deref())
}

fn int_in(arr: &PhpArray, k: &str) -> i64 {
    get(arr, k).map_or(0, |v| v.to_int())
}

fn header(out: &mut Vec<u8>, level: i32, ty: i32, data: &[u8]) {
    out.extend_from_slice(&(cmsg_len(data.len()) as u64).to_ne_bytes());
    out.extend_from_slice(&level.to_ne_bytes());
    out.extend_from_slice(&ty.to_ne_bytes());
    out.extend_from_slice(data);
    out.resize(
        out.len() + (cmsg_space(data.len()) - cmsg_len(data.len())),
        0,
    );
}

fn fd_of(v: &Value) -> Option<i32> {
    match v {
        Value::Object(o) => {
            o.with_native::<Sock, _>(|s| s.and_then(|s| s.fd.as_ref().map(|f| f.as_raw_fd())))
        }
        Value::Resource(r) => {
            let p = r.get().payload.borrow();
            let p = p.as_ref()?;
            match p.downcast_ref::<OwnedFd>() {
                Some(f) => Some(f.as_raw_fd()),
                // Any stream with a descriptor (socket streams, files), as PHP casts them.
                None => p
                    .downcast_ref::<crate::standard::files::stream::Stream>()
                    .and_then(|s| s.backend().raw_fd()),
            }
        }
        _ => None,
    }
}

fn build_control(cx: &mut Ctx, control: &Value) -> Result<Result<Vec<u8>, ConvError>, Unwind> {
    let Value::Array(list) = control else {
        return Ok(Err(conv_err("msghdr > control", "expected an array here")));
    };
    let mut out = Vec::new();
    for (i, (_, item)) in list.iter().enumerate() {
        let path = format!("msghdr > control > element #{i}");
        let Value::Array(item) = item.deref() else {
            return Ok(Err(conv_err(&path, "expected an array here")));
        };
        for k in ["level", "type", "data"] {
            if get(&item, k).is_none() {
                return Ok(Err(conv_err(
                    &path,
                    format!("cmsghdr should have a '{k}' element here"),
                )));
            }
        }
        let level = int_in(&item, "level");
        let ty = int_in(&item, "type");
        let data = get(&item, "data").unwrap_or_default();
        let dpath = format!("{path} > data");
        let bytes: Vec<u8> = match (level as i32, ty as i32) {
            (libc::SOL_SOCKET, libc::SCM_RIGHTS) => {
                let Value::Array(fds) = &data else {
                    return Ok(Err(conv_err(&dpath, "expected an array here")));
                };
                let mut b = Vec::new();
                for (j, (_, v)) in fds.iter().enumerate() {
                    match fd_of(&v.deref()) {
                        Some(fd) => b.extend_from_slice(&fd.to_ne_bytes()),
                        None => {
                            return Ok(Err(conv_err(
                                &format!("{dpath} > element #{}", j + 1),
                                "expected a Socket object or a stream resource",
                            )))
                        }
                    }
                }
                b
            }
            (libc::SOL_SOCKET, libc::SCM_CREDENTIALS) => {
                let Value::Array(c) = &data else {
                    return Ok(Err(conv_err(&dpath, "expected an array here")));
                };
                let mut b = (int_in(c, "pid") as i32).to_ne_bytes().to_vec();
                b.extend_from_slice(&(int_in(c, "uid") as u32).to_ne_bytes());
                b.extend_from_slice(&(int_in(c, "gid") as u32).to_ne_bytes());
                b
            }
            (libc::IPPROTO_IPV6, libc::IPV6_PKTINFO) => {
                let Value::Array(c) = &data else {
                    return Ok(Err(conv_err(&dpath, "expected an array here")));
                };
                let s = cx.to_str(&get(c, "addr").unwrap_or_default())?;
                let ip = std::str::from_utf8(&s)
                    .ok()
                    .and_then(|t| t.parse::<Ipv6Addr>().ok())
                    .unwrap_or(Ipv6Addr::UNSPECIFIED);
                let mut b = ip.octets().to_vec();
                b.extend_from_slice(&(int_in(c, "ifindex") as u32).to_ne_bytes());
                b
            }
            (libc::IPPROTO_IPV6, libc::IPV6_HOPLIMIT | libc::IPV6_TCLASS) => {
                (data.to_int() as i32).to_ne_bytes().to_vec()
            }
            _ => {
                return Ok(Err(conv_err(
                    &path,
                    format!("cmsghdr with level {level} and type {ty} not supported"),
                )))
            }
        };
        header(&mut out, level as i32, ty as i32, &bytes);
    }
    Ok(Ok(out))
}

fn build_name(cx: &mut Ctx, fam: i32, name: &Value) -> Result<Result<SockAddr, ConvError>, Unwind> {
    let Value::Array(n) = name else {
        return Ok(Err(conv_err("msghdr > name", "expected an array here")));
    };
    Ok(match fam {
        libc::AF_INET => {
            let s = cx.to_str(&get(n, "addr").unwrap_or_default())?;
            let ip = super::addr::inet_aton(&s).unwrap_or(Ipv4Addr::UNSPECIFIED);
            Ok(SockAddr::from(SocketAddrV4::new(
                ip,
                int_in(n, "port") as u16,
            )))
        }
        libc::AF_INET6 => {
            let s = cx.to_str(&get(n, "addr").unwrap_or_default())?;
            let ip = std::str::from_utf8(&s)
                .ok()
                .and_then(|t| t.parse::<Ipv6Addr>().ok())
                .unwrap_or(Ipv6Addr::UNSPECIFIED);
            Ok(SockAddr::from(SocketAddrV6::new(
                ip,
                int_in(n, "port") as u16,
                int_in(n, "flowinfo") as u32,
                int_in(n, "scope_id") as u32,
            )))
        }
        _ => {
            let p = cx.to_str(&get(n, "path").unwrap_or_default())?;
            match super::addr::unix_addr(&p) {
                Ok(a) => Ok(a),
                Err(_) => Err(conv_err("msghdr > name > path", "the path is too long")),
            }
        }
    })
}

/// `socket_sendmsg(Socket $socket, array $message, int $flags = 0): int|false`
pub fn socket_sendmsg(cx: &mut Ctx, a: &mut Args) -> NResult {
    let o = open_sock(cx, a, 0)?;
    let msg = a.array(1);
    let flags = a.int(2);
    if flags < i32::MIN as i64 || flags > i32::MAX as i64 {
        return Err(cx.value_error(3, "must be between -2147483648 and 2147483647"));
    }
    let name = match get(&msg, "name") {
        Some(n) => match build_name(cx, family(&o), &n)? {
            Ok(sa) => Some(sa),
            Err(e) => return report(cx, e),
        },
        None => None,
    };
    let mut iov: Vec<Vec<u8>> = Vec::new();
    if let Some(v) = get(&msg, "iov") {
        let Value::Array(list) = v else {
            return report(cx, conv_err("msghdr > iov", "expected an array here"));
        };
        for (_, x) in list.iter() {
            iov.push(cx.to_str(&x.deref())?.to_vec());
        }
    }
    let control = match get(&msg, "control") {
        Some(c) => match build_control(cx, &c)? {
            Ok(b) => b,
            Err(e) => return report(cx, e),
        },
        None => Vec::new(),
    };
    if let Some(sa) = &name {
        if let Err(errno) = crate::policy::check(cx, crate::policy::Op::SendTo, sa) {
            super::errors::sock_error(cx, &o, "Error in sendmsg", errno)?;
            return Ok(Value::Bool(false));
        }
    }
    let slices: Vec<IoSlice> = iov.iter().map(|b| IoSlice::new(b)).collect();
    let r = with_fd(&o, |s| {
        let mut hdr = MsgHdr::new().with_buffers(&slices);
        if !control.is_empty() {
            hdr = hdr.with_control(&control);
        }
        if let Some(n) = &name {
            hdr = hdr.with_addr(n);
        }
        s.sendmsg(&hdr, flags as i32)
    });
    match r {
        Some(Ok(n)) => Ok(Value::Int(n as i64)),
        Some(Err(e)) => {
            sock_io_error(cx, &o, "Error in sendmsg", &e)?;
            Ok(Value::Bool(false))
        }
        None => Ok(Value::Bool(false)),
    }
}

fn name_value(b: &[u8]) -> Value {
    if b.len() < 2 {
        return Value::Null;
    }
    let fam = u16::from_ne_bytes([b[0], b[1]]) as i32;
    let port = |b: &[u8]| Value::Int(u16::from_be_bytes([b[2], b[3]]) as i64);
    match fam {
        libc::AF_INET if b.len() >= 8 => assoc(vec![
            ("family", Value::Int(fam as i64)),
            (
                "addr",
                Value::from(Ipv4Addr::new(b[4], b[5], b[6], b[7]).to_string()),
            ),
            ("port", port(b)),
        ]),
        libc::AF_INET6 if b.len() >= 28 => {
            let mut ip = [0u8; 16];
            ip.copy_from_slice(&b[8..24]);
            assoc(vec![
                ("family", Value::Int(fam as i64)),
                ("addr", Value::from(Ipv6Addr::from(ip).to_string())),
                ("port", port(b)),
                (
                    "flowinfo",
                    Value::Int(u32::from_ne_bytes([b[4], b[5], b[6], b[7]]) as i64),
                ),
                (
                    "scope_id",
                    Value::Int(u32::from_ne_bytes([b[24], b[25], b[26], b[27]]) as i64),
                ),
            ])
        }
        libc::AF_UNIX => {
            let p = &b[2..];
            let end = p.iter().position(|&c| c == 0).unwrap_or(p.len());
            assoc(vec![
                ("family", Value::Int(fam as i64)),
                ("path", Value::from(p[..end].to_vec())),
            ])
        }
        _ => Value::Null,
    }
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    b.get(at..at + 4)
        .map_or(0, |w| u32::from_ne_bytes([w[0], w[1], w[2], w[3]]))
}

fn control_value(cx: &mut Ctx, b: &[u8]) -> Value {
    let mut out = PhpArray::new();
    let mut at = 0;
    while at + 16 <= b.len() {
        let mut w = [0u8; 8];
        w.copy_from_slice(&b[at..at + 8]);
        let len = u64::from_ne_bytes(w) as usize;
        if len < 16 || at + len > b.len() {
            break;
        }
        let level = u32_at(b, at + 8) as i32;
        let ty = u32_at(b, at + 12) as i32;
        let d = &b[at + 16..at + len];
        let data = match (level, ty) {
            (libc::SOL_SOCKET, libc::SCM_RIGHTS) => {
                let mut fds = PhpArray::new();
                for c in d.chunks_exact(4) {
                    let fd = i32::from_ne_bytes([c[0], c[1], c[2], c[3]]);
                    let owned = super::sys::own_received_fd(fd);
                    let timeout = super::streams::xport::default_timeout(cx);
                    let stream = super::streams::backend::stream_from_fd(owned, timeout);
                    let id = cx.vm().next_resource();
                    let _ = fds.push(Value::Resource(ResRef::new(id, "stream", Box::new(stream))));
                }
                Value::from(fds)
            }
            (libc::SOL_SOCKET, libc::SCM_CREDENTIALS) => assoc(vec![
                ("pid", Value::Int(u32_at(d, 0) as i32 as i64)),
                ("uid", Value::Int(u32_at(d, 4) as i64)),
                ("gid", Value::Int(u32_at(d, 8) as i64)),
            ]),
            (libc::IPPROTO_IPV6, libc::IPV6_PKTINFO) if d.len() >= 20 => {
                let mut ip = [0u8; 16];
                ip.copy_from_slice(&d[..16]);
                assoc(vec![
                    ("addr", Value::from(Ipv6Addr::from(ip).to_string())),
                    ("ifindex", Value::Int(u32_at(d, 16) as i64)),
                ])
            }
            (libc::IPPROTO_IPV6, _) => Value::Int(u32_at(d, 0) as i32 as i64),
            _ => Value::Null,
        };
        let _ = out.push(assoc(vec![
            ("level", Value::Int(level as i64)),
            ("type", Value::Int(ty as i64)),
            ("data", data),
        ]));
        at += cmsg_space(len - 16);
    }
    Value::from(out)
}

/// `socket_recvmsg(Socket $socket, array &$message, int $flags = 0): int|false`
pub fn socket_recvmsg(cx: &mut Ctx, a: &mut Args) -> NResult {
    let o: ObjRef = open_sock(cx, a, 0)?;
    let msg = a.array(1);
    let flags = a.int(2);
    if flags < i32::MIN as i64 || flags > i32::MAX as i64 {
        return Err(cx.value_error(3, "must be between -2147483648 and 2147483647"));
    }
    let Some(cl) = get(&msg, "controllen") else {
        return report(cx, conv_err("msghdr", "The key 'controllen' is required"));
    };
    let cl = cl.to_int();
    if !(0..=u32::MAX as i64).contains(&cl) {
        return report(
            cx,
            conv_err(
                "msghdr > controllen",
                "given PHP integer is out of bounds for an unsigned 32-bit integer",
            ),
        );
    }
    if cl == 0 {
        return report(
            cx,
            conv_err("msghdr > controllen", "controllen cannot be 0"),
        );
    }
    let bs = get(&msg, "buffer_size").map_or(0, |v| v.to_int());
    if !(0..=104_857_600).contains(&bs) {
        return report(
            cx,
            conv_err(
                "msghdr > buffer_size",
                format!("the buffer size must be between 1 and 104857600; given {bs}"),
            ),
        );
    }
    let want_name = get(&msg, "name").is_some();
    cx.vm().flush();
    let fd = super::create::raw_fd(&o);
    match super::sys::recvmsg(fd, bs as usize, want_name, cl as usize, flags as i32) {
        Ok(r) => {
            let name = if want_name {
                name_value(&r.name)
            } else {
                Value::Null
            };
            let control = control_value(cx, &r.control);
            let iov = Value::from(PhpArray::from_values(vec![Value::from(r.data)]));
            let out = assoc(vec![
                ("name", name),
                ("control", control),
                ("iov", iov),
                ("flags", Value::Int(r.flags as i64)),
            ]);
            a.set_ref(1, out);
            Ok(Value::Int(r.len as i64))
        }
        Err(e) => {
            super::errors::sock_error_always(
                cx,
                &o,
                "Error in recvmsg",
                super::errors::errno_of(&e),
            )?;
            Ok(Value::Bool(false))
        }
    }
}
