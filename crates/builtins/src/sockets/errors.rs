//! Error bookkeeping: the last error of each socket and the module-wide one, the C library's
//! error texts, and PHP's `msg [errno]: text` warnings.

use super::class::{with_sock, Sock};
use phpsock_eval::{Args, Ctx, NResult, ObjRef, Unwind, Value};
use std::io;

const STATE_KEY: &str = "sockets.last_error";

/// The module-wide last error (`socket_last_error()` without argument).
pub fn global_error(cx: &mut Ctx) -> i32 {
    cx.vm()
        .module_state
        .get(STATE_KEY)
        .and_then(|b| b.downcast_ref::<i32>())
        .copied()
        .unwrap_or(0)
}

/// Sets the module-wide last error.
pub fn set_global_error(cx: &mut Ctx, e: i32) {
    cx.vm().module_state.insert(STATE_KEY, Box::new(e));
}

/// The OS error number of an I/O error (`EIO` when it has none).
pub fn errno_of(e: &io::Error) -> i32 {
    e.raw_os_error().unwrap_or(libc::EIO)
}

/// `strerror(n)` as the C library words it (`Unknown error 9999` for unknown numbers), and
/// `hstrerror` for host lookup errors encoded as `-10000 - h_errno`.
pub fn strerror(n: i64) -> String {
    if n < -10000 {
        return match -n - 10000 {
            1 => "Unknown host",
            2 => "Host name lookup failure",
            3 => "Unknown server error",
            4 => "No address associated with name",
            _ => "Unknown resolver error",
        }
        .to_string();
    }
    let Ok(code) = i32::try_from(n) else {
        return format!("Unknown error {n}");
    };
    // std formats OS errors as "<strerror text> (os error N)".
    let s = io::Error::from_raw_os_error(code).to_string();
    match s.rfind(" (os error ") {
        Some(p) => s[..p].to_string(),
        None => s,
    }
}

/// PHP's `PHP_SOCKET_ERROR`: records `errno` on the socket and globally, then warns
/// `msg [errno]: text`.
///
/// Transient errors (`EAGAIN`, `EWOULDBLOCK`, `EINPROGRESS`: a non-blocking socket that
/// cannot proceed yet) are recorded without a warning, as PHP 8.2 does.
pub fn sock_error(cx: &mut Ctx, o: &ObjRef, msg: &str, errno: i32) -> Result<(), Unwind> {
    interrupted(cx, errno)?;
    with_sock(o, |s: &mut Sock| s.error = errno);
    set_global_error(cx, errno);
    if is_transient(errno) {
        return Ok(());
    }
    cx.warn(format!("{msg} [{errno}]: {}", strerror(errno as i64)))
}

/// Like [`sock_error`] but warns for transient errors too (socket_recvmsg does).
pub fn sock_error_always(cx: &mut Ctx, o: &ObjRef, msg: &str, errno: i32) -> Result<(), Unwind> {
    interrupted(cx, errno)?;
    with_sock(o, |s: &mut Sock| s.error = errno);
    set_global_error(cx, errno);
    cx.warn(format!("{msg} [{errno}]: {}", strerror(errno as i64)))
}

/// A blocking call cut short by a signal (`EINTR`): if the signal (or a cancel, or the time
/// limit) ends the script, that happens now, before PHP's "Interrupted system call" warning.
fn interrupted(cx: &mut Ctx, errno: i32) -> Result<(), Unwind> {
    if errno == libc::EINTR {
        cx.vm().check_interrupted()?;
    }
    Ok(())
}

/// `EAGAIN`, `EWOULDBLOCK` or `EINPROGRESS`.
pub fn is_transient(e: i32) -> bool {
    e == libc::EAGAIN || e == libc::EWOULDBLOCK || e == libc::EINPROGRESS
}

/// Like [`sock_error`] for an `io::Error`.
pub fn sock_io_error(cx: &mut Ctx, o: &ObjRef, msg: &str, e: &io::Error) -> Result<(), Unwind> {
    sock_error(cx, o, msg, errno_of(e))
}

/// Records an error globally (no socket yet) and warns `msg [errno]: text`.
pub fn global_warn(cx: &mut Ctx, msg: &str, errno: i32) -> Result<(), Unwind> {
    interrupted(cx, errno)?;
    set_global_error(cx, errno);
    if is_transient(errno) {
        return Ok(());
    }
    cx.warn(format!("{msg} [{errno}]: {}", strerror(errno as i64)))
}

/// `socket_strerror(int $error_code): string`
pub fn socket_strerror(cx: &mut Ctx, a: &mut Args) -> NResult {
    let n = a.int(0);
    if i32::try_from(n).is_err() {
        return Err(cx.value_error(1, "must be between -2147483648 and 2147483647"));
    }
    Ok(Value::from(strerror(n)))
}

/// `socket_last_error(?Socket $socket = null): int`
pub fn socket_last_error(cx: &mut Ctx, a: &mut Args) -> NResult {
    if a.is_null(0) {
        return Ok(Value::Int(global_error(cx) as i64));
    }
    let o = super::class::open_sock(cx, a, 0)?;
    Ok(Value::Int(with_sock(&o, |s| s.error).unwrap_or(0) as i64))
}

/// `socket_clear_error(?Socket $socket = null): void`
pub fn socket_clear_error(cx: &mut Ctx, a: &mut Args) -> NResult {
    if a.is_null(0) {
        set_global_error(cx, 0);
    } else {
        let o = super::class::open_sock(cx, a, 0)?;
        with_sock(&o, |s| s.error = 0);
    }
    Ok(Value::Null)
}
