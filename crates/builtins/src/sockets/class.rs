//! The `Socket` and `AddressInfo` classes and their native payloads.
//!
//! Both are final, have no properties, cannot be constructed with `new`, cloned or serialized,
//! exactly as PHP 8 declares them. A `Socket` owns its descriptor: it closes on
//! `socket_close` or when the last reference to the object goes (the payload is dropped).

use phpsock_eval::{Args, Ctx, NativeClass, ObjRef, ResRef, Unwind, Value};
use socket2::{SockAddr, Socket};

/// The payload of a `Socket` object.
pub struct Sock {
    /// The descriptor; `None` once closed.
    pub fd: Option<Socket>,
    /// Address family the socket was created with (`AF_INET`, `AF_INET6`, `AF_UNIX`).
    pub family: i32,
    /// This socket's last error (`socket_last_error($socket)`).
    pub error: i32,
    /// Blocking mode as PHP tracks it.
    pub blocking: bool,
    /// The stream this socket was imported from or exported to (`socket_export_stream`
    /// returns it again; `socket_close` closes it too).
    pub stream: Option<ResRef>,
}

/// The payload of an `AddressInfo` object: one `getaddrinfo` result.
#[derive(Clone)]
pub struct AddrInfo {
    /// `ai_flags`.
    pub flags: i32,
    /// `ai_family`.
    pub family: i32,
    /// `ai_socktype`.
    pub socktype: i32,
    /// `ai_protocol`.
    pub protocol: i32,
    /// `ai_canonname`.
    pub canonname: Option<Vec<u8>>,
    /// `ai_addr`.
    pub addr: SockAddr,
}

/// The two class declarations.
pub fn classes() -> Vec<NativeClass> {
    let mut sock = NativeClass::new("Socket");
    sock.is_final = true;
    sock.hooks.uncloneable = true;
    sock.hooks.uncomparable = true;
    sock.hooks.not_serializable = true;
    sock.hooks.construct_error =
        Some("Cannot directly construct Socket, use socket_create() instead");
    let mut ai = NativeClass::new("AddressInfo");
    ai.is_final = true;
    ai.hooks.uncloneable = true;
    ai.hooks.uncomparable = true;
    ai.hooks.not_serializable = true;
    ai.hooks.construct_error =
        Some("Cannot directly construct AddressInfo, use socket_addrinfo_lookup() instead");
    vec![sock, ai]
}

/// A new `Socket` object owning `fd`.
pub fn new_socket(cx: &mut Ctx, fd: Socket, family: i32) -> Result<ObjRef, Unwind> {
    let o = cx.new_object("Socket")?;
    o.set_native(Box::new(Sock {
        fd: Some(fd),
        family,
        error: 0,
        blocking: true,
        stream: None,
    }));
    Ok(o)
}

/// A new `AddressInfo` object.
pub fn new_addrinfo(cx: &mut Ctx, ai: AddrInfo) -> Result<ObjRef, Unwind> {
    let o = cx.new_object("AddressInfo")?;
    o.set_native(Box::new(ai));
    Ok(o)
}

/// The `Error` PHP throws when a closed socket is used as argument `n`.
pub fn closed_error(cx: &mut Ctx, n: usize) -> Unwind {
    let msg = format!(
        "{}(): Argument #{} ($socket) has already been closed",
        cx.fname(),
        n
    );
    cx.throw("Error", msg)
}

/// Argument `i` (0-based) as an open socket: the object, or the "already closed" `Error`.
pub fn open_sock(cx: &mut Ctx, a: &Args, i: usize) -> Result<ObjRef, Unwind> {
    let Some(o) = a.object(i) else {
        return Err(closed_error(cx, i + 1));
    };
    let open = o.with_native::<Sock, _>(|s| s.is_some_and(|s| s.fd.is_some()));
    if open {
        Ok(o)
    } else {
        Err(closed_error(cx, i + 1))
    }
}

/// [`open_sock`] with the socket's descriptor, found in the same look at the payload.
pub fn open_sock_fd(cx: &mut Ctx, a: &Args, i: usize) -> Result<(ObjRef, i32), Unwind> {
    use std::os::fd::AsRawFd;
    let fd = a.object(i).and_then(|o| {
        let fd = o.with_native::<Sock, _>(|s| s.and_then(|s| s.fd.as_ref().map(|f| f.as_raw_fd())));
        fd.map(|fd| (o, fd))
    });
    match fd {
        Some(found) => Ok(found),
        None => Err(closed_error(cx, i + 1)),
    }
}

/// Runs `f` on the socket payload of `o` (which [`open_sock`] checked).
pub fn with_sock<R>(o: &ObjRef, f: impl FnOnce(&mut Sock) -> R) -> Option<R> {
    o.with_native::<Sock, _>(|s| s.map(f))
}

/// The `AddressInfo` payload of argument `i`.
pub fn addrinfo_arg(a: &Args, i: usize) -> Option<AddrInfo> {
    a.object(i)
        .and_then(|o| o.with_native::<AddrInfo, _>(|p| p.cloned()))
}

/// `Value` for a socket object.
pub fn sock_value(o: ObjRef) -> Value {
    Value::Object(o)
}
