//! The few system calls `socket2` does not wrap: raw `getsockopt`/`setsockopt` at any level,
//! `select`, `poll`, `recv`/`send` into plain buffers, `getifaddrs`, `getaddrinfo` with hints, and reading back kernel-filled buffers.
//!
//! Every `unsafe` block here states why it is sound; the rest of the extension is safe code.

use std::io;
use std::mem::MaybeUninit;
use std::os::fd::RawFd;

/// `getsockopt(fd, level, name)` into `buf`; returns the length the kernel reported.
pub fn getsockopt(fd: RawFd, level: i32, name: i32, buf: &mut [u8]) -> io::Result<usize> {
    let mut len = libc::socklen_t::try_from(buf.len()).unwrap_or(libc::socklen_t::MAX);
    // SAFETY: `buf` is a live, writable byte buffer of at least `len` bytes and `len` is a
    // valid pointer to its size; the kernel writes at most `len` bytes and updates `len`.
    let r = unsafe { libc::getsockopt(fd, level, name, buf.as_mut_ptr().cast(), &mut len) };
    if r != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok((len as usize).min(buf.len()))
}

/// `setsockopt(fd, level, name, buf)`.
pub fn setsockopt(fd: RawFd, level: i32, name: i32, buf: &[u8]) -> io::Result<()> {
    let len = libc::socklen_t::try_from(buf.len()).unwrap_or(libc::socklen_t::MAX);
    // SAFETY: `buf` is a live byte buffer of `len` bytes; the kernel only reads it.
    let r = unsafe { libc::setsockopt(fd, level, name, buf.as_ptr().cast(), len) };
    if r != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// `select(2)` over three descriptor lists; returns the count and, per list, which
/// descriptors are ready. Descriptors must be below `FD_SETSIZE` (checked by the caller).
pub fn select(
    sets: [&[RawFd]; 3],
    timeout: Option<(i64, i64)>,
) -> io::Result<(i32, [Vec<bool>; 3])> {
    // SAFETY: an all-zero fd_set is the empty set (what FD_ZERO produces).
    let mut fds: [libc::fd_set; 3] = unsafe { std::mem::zeroed() };
    let mut max = -1;
    for (set, list) in fds.iter_mut().zip(sets.iter()) {
        for &fd in list.iter() {
            if !(0..libc::FD_SETSIZE as RawFd).contains(&fd) {
                return Err(io::Error::from_raw_os_error(libc::EBADF));
            }
            // SAFETY: `set` is a valid fd_set and 0 <= fd < FD_SETSIZE (checked above).
            unsafe { libc::FD_SET(fd, set) };
            max = max.max(fd);
        }
    }
    let mut tv = timeout.map(|(s, u)| libc::timeval {
        tv_sec: s as libc::time_t,
        tv_usec: u as libc::suseconds_t,
    });
    let tvp = tv
        .as_mut()
        .map_or(std::ptr::null_mut(), |t| t as *mut libc::timeval);
    let [r, w, e] = &mut fds;
    // SAFETY: the three fd_sets and the optional timeval are live locals for the whole call;
    // nfds is one more than the largest descriptor put in a set.
    let n = unsafe { libc::select(max + 1, r, w, e, tvp) };
    if n < 0 {
        return Err(io::Error::last_os_error());
    }
    let ready = |set: &libc::fd_set, list: &[RawFd]| -> Vec<bool> {
        list.iter()
            // SAFETY: `set` is a valid fd_set and each fd passed the range check above.
            .map(|&fd| unsafe { libc::FD_ISSET(fd, set) })
            .collect()
    };
    Ok((
        n,
        [
            ready(&fds[0], sets[0]),
            ready(&fds[1], sets[1]),
            ready(&fds[2], sets[2]),
        ],
    ))
}

/// A receive buffer of `n` initialised bytes, typed for socket2's `MaybeUninit` APIs.
pub fn zeroed_buf(n: usize) -> Vec<MaybeUninit<u8>> {
    vec![MaybeUninit::new(0u8); n]
}

/// The first `len` bytes of a buffer made by [`zeroed_buf`].
pub fn buf_bytes(buf: &[MaybeUninit<u8>], len: usize) -> Vec<u8> {
    buf[..len.min(buf.len())]
        .iter()
        // SAFETY: every element was created initialised by `zeroed_buf` and the kernel only
        // ever stores initialised bytes into it.
        .map(|b| unsafe { b.assume_init() })
        .collect()
}

/// One `getaddrinfo` result.
pub struct AddrInfoRaw {
    /// ai_flags
    pub flags: i32,
    /// ai_family
    pub family: i32,
    /// ai_socktype
    pub socktype: i32,
    /// ai_protocol
    pub protocol: i32,
    /// ai_canonname
    pub canonname: Option<Vec<u8>>,
    /// ai_addr (AF_INET/AF_INET6 only)
    pub addr: Option<std::net::SocketAddr>,
}

/// `getaddrinfo(host, service, hints)`; `Err(code)` carries the EAI_* code.
pub fn getaddrinfo(
    host: &[u8],
    service: Option<&[u8]>,
    hints: (i32, i32, i32, i32),
) -> Result<Vec<AddrInfoRaw>, i32> {
    let host = std::ffi::CString::new(host).map_err(|_| libc::EAI_NONAME)?;
    let service = match service {
        Some(s) => Some(std::ffi::CString::new(s).map_err(|_| libc::EAI_SERVICE)?),
        None => None,
    };
    // SAFETY: an all-zero addrinfo is a valid "no hints" value (null pointers, zero ints).
    let mut h: libc::addrinfo = unsafe { std::mem::zeroed() };
    h.ai_flags = hints.0;
    h.ai_socktype = hints.1;
    h.ai_protocol = hints.2;
    h.ai_family = hints.3;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: host/service are NUL-terminated strings alive for the call, `h` is a valid
    // hints struct, and `res` receives a list we free below with freeaddrinfo.
    let rc = unsafe {
        libc::getaddrinfo(
            host.as_ptr(),
            service.as_ref().map_or(std::ptr::null(), |s| s.as_ptr()),
            &h,
            &mut res,
        )
    };
    if rc != 0 {
        return Err(rc);
    }
    let mut out = Vec::new();
    let mut p = res;
    while !p.is_null() {
        // SAFETY: `p` is a node of the list getaddrinfo returned, not yet freed.
        let ai = unsafe { &*p };
        let canonname = if ai.ai_canonname.is_null() {
            None
        } else {
            // SAFETY: ai_canonname is a NUL-terminated string owned by the list.
            Some(
                unsafe { std::ffi::CStr::from_ptr(ai.ai_canonname) }
                    .to_bytes()
                    .to_vec(),
            )
        };
        let addr = sockaddr_to_std(ai.ai_addr, ai.ai_addrlen);
        out.push(AddrInfoRaw {
            flags: ai.ai_flags,
            family: ai.ai_family,
            socktype: ai.ai_socktype,
            protocol: ai.ai_protocol,
            canonname,
            addr,
        });
        p = ai.ai_next;
    }
    // SAFETY: `res` is the list getaddrinfo allocated; nothing refers to it any more.
    unsafe { libc::freeaddrinfo(res) };
    Ok(out)
}

fn sockaddr_to_std(
    sa: *const libc::sockaddr,
    len: libc::socklen_t,
) -> Option<std::net::SocketAddr> {
    use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV4, SocketAddrV6};
    if sa.is_null() {
        return None;
    }
    // SAFETY: getaddrinfo returns a sockaddr of `len` bytes; we only reinterpret it as the
    // concrete type its family names after checking the length covers that type.
    unsafe {
        match (*sa).sa_family as i32 {
            libc::AF_INET if len as usize >= std::mem::size_of::<libc::sockaddr_in>() => {
                let s = &*(sa as *const libc::sockaddr_in);
                Some(SocketAddr::V4(SocketAddrV4::new(
                    Ipv4Addr::from(u32::from_be(s.sin_addr.s_addr)),
                    u16::from_be(s.sin_port),
                )))
            }
            libc::AF_INET6 if len as usize >= std::mem::size_of::<libc::sockaddr_in6>() => {
                let s = &*(sa as *const libc::sockaddr_in6);
                Some(SocketAddr::V6(SocketAddrV6::new(
                    Ipv6Addr::from(s.sin6_addr.s6_addr),
                    u16::from_be(s.sin6_port),
                    s.sin6_flowinfo,
                    s.sin6_scope_id,
                )))
            }
            _ => None,
        }
    }
}

/// `if_nametoindex(name)`; 0 when there is no such interface.
pub fn if_nametoindex(name: &[u8]) -> u32 {
    let Ok(c) = std::ffi::CString::new(name) else {
        return 0;
    };
    // SAFETY: `c` is a NUL-terminated string alive for the call.
    unsafe { libc::if_nametoindex(c.as_ptr()) }
}

/// What `recvmsg` returned: byte count, data, the sender's raw `sockaddr` bytes (empty when
/// the kernel gave none), the control bytes and `msg_flags`.
pub struct Received {
    /// Bytes received.
    pub len: usize,
    /// The data buffer (truncated to `len`).
    pub data: Vec<u8>,
    /// Raw sockaddr bytes (`msg_namelen` long).
    pub name: Vec<u8>,
    /// Raw control bytes (`msg_controllen` long).
    pub control: Vec<u8>,
    /// `msg_flags`.
    pub flags: i32,
}

/// `recvmsg(2)` with one data buffer, an optional name buffer and a control buffer.
pub fn recvmsg(
    fd: RawFd,
    buf_len: usize,
    want_name: bool,
    ctrl_len: usize,
    flags: i32,
) -> io::Result<Received> {
    let mut data = vec![0u8; buf_len];
    // sockaddr_storage is 128 bytes.
    let mut name = [0u8; 128];
    // u64 elements keep the control buffer aligned for cmsghdr.
    let mut control = vec![0u64; ctrl_len.div_ceil(8)];
    let mut iov = libc::iovec {
        iov_base: data.as_mut_ptr().cast(),
        iov_len: data.len(),
    };
    // SAFETY: an all-zero msghdr is valid (null pointers, zero lengths).
    let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
    if want_name {
        msg.msg_name = name.as_mut_ptr().cast();
        msg.msg_namelen = name.len() as libc::socklen_t;
    }
    msg.msg_iov = &mut iov;
    msg.msg_iovlen = 1;
    if ctrl_len > 0 {
        msg.msg_control = control.as_mut_ptr().cast();
        msg.msg_controllen = ctrl_len;
    }
    // SAFETY: every pointer in `msg` refers to a live local buffer of the length recorded
    // next to it (data, name, control), all outliving the call.
    let n = unsafe { libc::recvmsg(fd, &mut msg, flags) };
    if n < 0 {
        return Err(io::Error::last_os_error());
    }
    let n = n as usize;
    data.truncate(n.min(buf_len));
    let namelen = if want_name {
        (msg.msg_namelen as usize).min(name.len())
    } else {
        0
    };
    let clen = msg.msg_controllen.min(ctrl_len);
    let control: Vec<u8> = control
        .iter()
        .flat_map(|w| w.to_ne_bytes())
        .take(clen)
        .collect();
    Ok(Received {
        len: n,
        data,
        name: name[..namelen].to_vec(),
        control,
        flags: msg.msg_flags,
    })
}

/// Takes ownership of a descriptor received through SCM_RIGHTS.
pub fn own_received_fd(fd: RawFd) -> std::os::fd::OwnedFd {
    use std::os::fd::FromRawFd;
    // SAFETY: the kernel just installed `fd` in our descriptor table for this message;
    // nothing else in the process knows or owns it, so this is its only owner.
    unsafe { std::os::fd::OwnedFd::from_raw_fd(fd) }
}

/// `poll(2)` on one descriptor for `events`; `Ok(0)` on timeout, else the `revents` seen.
/// `None` waits without limit. EINTR is retried with the full timeout, as PHP does.
pub fn poll_one(fd: RawFd, events: i16, timeout: Option<std::time::Duration>) -> io::Result<i16> {
    let ms: libc::c_int = match timeout {
        None => -1,
        Some(d) => {
            // Round up so a 1 µs timeout still waits instead of polling.
            let ms = d.as_micros().div_ceil(1000);
            libc::c_int::try_from(ms).unwrap_or(libc::c_int::MAX)
        }
    };
    let mut p = libc::pollfd {
        fd,
        events,
        revents: 0,
    };
    loop {
        // SAFETY: `p` is one live, initialised pollfd and nfds is 1.
        let n = unsafe { libc::poll(&mut p, 1, ms) };
        if n >= 0 {
            return Ok(if n == 0 { 0 } else { p.revents });
        }
        let e = io::Error::last_os_error();
        // A signal that ends the script (SIGTERM with no handler) stops the wait; others
        // wait again.
        if e.kind() != io::ErrorKind::Interrupted || crate::pcntl::urgent_pending() {
            return Err(e);
        }
    }
}

/// `recv(2)` straight into an initialised byte buffer, with `flags`.
pub fn recv(fd: RawFd, buf: &mut [u8], flags: i32) -> io::Result<usize> {
    // SAFETY: `buf` is a live, writable buffer of `buf.len()` bytes for the whole call; the
    // kernel writes at most that many bytes into it.
    let n = unsafe { libc::recv(fd, buf.as_mut_ptr().cast(), buf.len(), flags) };
    if n < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(n as usize)
}

/// Receives of at most this many bytes go through a reusable per-thread buffer.
const SCRATCH_MAX: usize = 64 * 1024;

thread_local! {
    /// The reusable receive buffer of [`recv_vec`] (zeroed once as it grows, then reused).
    static SCRATCH: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `recv(2)` of at most `len` bytes, with `flags`, into a new vector holding exactly the bytes
/// received, without zeroing a `len`-byte buffer for every call: small receives land in a
/// reusable buffer and only the bytes received are copied out; larger ones go straight into
/// the spare capacity of the result. Like PHP, a `MSG_TRUNC` result larger than `len` is cut
/// to the `len` bytes actually stored.
pub fn recv_vec(fd: RawFd, len: usize, flags: i32) -> io::Result<Vec<u8>> {
    if len <= SCRATCH_MAX {
        let small = SCRATCH.with(|scratch| {
            let mut scratch = scratch.try_borrow_mut().ok()?;
            if scratch.len() < len {
                scratch.resize(len, 0);
            }
            let buf = &mut scratch[..len];
            Some(recv(fd, buf, flags).map(|n| buf[..n.min(len)].to_vec()))
        });
        if let Some(r) = small {
            return r;
        }
    }
    let mut buf = Vec::<u8>::with_capacity(len);
    // SAFETY: `buf` owns an allocation of at least `len` writable bytes (its capacity), live
    // for the whole call; the kernel writes at most `len` bytes, starting at its start.
    let n = unsafe { libc::recv(fd, buf.as_mut_ptr().cast(), len, flags) };
    if n < 0 {
        return Err(io::Error::last_os_error());
    }
    // recv returns how many bytes it stored, except with MSG_TRUNC, where it may report the
    // longer datagram length while storing only `len` bytes.
    let stored = (n as usize).min(len);
    // SAFETY: the first `stored` bytes were written by the kernel just above, so they are
    // initialised, and `stored <= len <= buf.capacity()`.
    unsafe { buf.set_len(stored) };
    if stored < buf.capacity() {
        buf.shrink_to_fit();
    }
    Ok(buf)
}

/// `send(2)` of `data` with `flags`.
pub fn send(fd: RawFd, data: &[u8], flags: i32) -> io::Result<usize> {
    // SAFETY: `data` is a live buffer of `data.len()` bytes; the kernel only reads it.
    let n = unsafe { libc::send(fd, data.as_ptr().cast(), data.len(), flags) };
    if n < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(n as usize)
}

/// The index of the interface that has IPv4 address `addr` (`0.0.0.0` is 0), as PHP's
/// `php_add4_to_if_index` finds it; `None` when no interface has it.
pub fn ipv4_if_index(addr: std::net::Ipv4Addr) -> Option<u32> {
    if addr.is_unspecified() {
        return Some(0);
    }
    let mut list: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: getifaddrs fills `list` with a list we free below with freeifaddrs.
    if unsafe { libc::getifaddrs(&mut list) } != 0 {
        return None;
    }
    let mut found = None;
    let mut p = list;
    while !p.is_null() {
        // SAFETY: `p` is a node of the list getifaddrs returned, not yet freed.
        let ifa = unsafe { &*p };
        p = ifa.ifa_next;
        if ifa.ifa_addr.is_null() {
            continue;
        }
        // SAFETY: ifa_addr points to a sockaddr owned by the list; it is only read as a
        // sockaddr_in after its family says it is one.
        let a = unsafe {
            if (*ifa.ifa_addr).sa_family as i32 != libc::AF_INET {
                continue;
            }
            &*(ifa.ifa_addr as *const libc::sockaddr_in)
        };
        if std::net::Ipv4Addr::from(u32::from_be(a.sin_addr.s_addr)) == addr {
            // SAFETY: ifa_name is a NUL-terminated string owned by the list.
            let name = unsafe { std::ffi::CStr::from_ptr(ifa.ifa_name) };
            found = Some(if_nametoindex(name.to_bytes()));
            break;
        }
    }
    // SAFETY: `list` came from getifaddrs and nothing refers to it any more.
    unsafe { libc::freeifaddrs(list) };
    found
}

/// `gai_strerror(code)`: the C library's text for a `getaddrinfo` error.
pub fn gai_strerror(code: i32) -> String {
    // SAFETY: gai_strerror returns a pointer to a static NUL-terminated string (never null
    // in glibc); it is copied out at once.
    let p = unsafe { libc::gai_strerror(code) };
    if p.is_null() {
        return format!("Unknown error {code}");
    }
    // SAFETY: `p` is non-null and points to a NUL-terminated static string.
    unsafe { std::ffi::CStr::from_ptr(p) }
        .to_string_lossy()
        .into_owned()
}

/// `isatty(fd)`.
pub fn isatty(fd: RawFd) -> bool {
    // SAFETY: isatty only inspects the descriptor number; any value is allowed (a bad one
    // just yields 0 with EBADF).
    unsafe { libc::isatty(fd) == 1 }
}
