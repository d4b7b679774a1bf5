//! `openlog`, `syslog`, `closelog` and the `LOG_*` constants: the C library's system logger,
//! with PHP's default `syslog.filter` (`no-ctrl`): each line of a message is logged on its
//! own and other control characters are written as `\xNN`.

use phpsock_eval::{Args, Ctx, Module, NResult, Value};
use std::ffi::CString;
use std::sync::Mutex;

/// The identity given to `openlog(3)`, which keeps the pointer: it lives until replaced.
static IDENT: Mutex<Option<CString>> = Mutex::new(None);

/// Registers the functions and constants.
pub fn register(m: &mut Module) {
    m.func(
        "openlog(string $prefix, int $flags, int $facility): bool",
        openlog,
    )
    .func("syslog(int $priority, string $message): bool", syslog)
    .func("closelog(): bool", closelog);
    for (name, v) in [
        ("LOG_EMERG", libc::LOG_EMERG),
        ("LOG_ALERT", libc::LOG_ALERT),
        ("LOG_CRIT", libc::LOG_CRIT),
        ("LOG_ERR", libc::LOG_ERR),
        ("LOG_WARNING", libc::LOG_WARNING),
        ("LOG_NOTICE", libc::LOG_NOTICE),
        ("LOG_INFO", libc::LOG_INFO),
        ("LOG_DEBUG", libc::LOG_DEBUG),
        ("LOG_KERN", libc::LOG_KERN),
        ("LOG_USER", libc::LOG_USER),
        ("LOG_MAIL", libc::LOG_MAIL),
        ("LOG_DAEMON", libc::LOG_DAEMON),
        ("LOG_AUTH", libc::LOG_AUTH),
        ("LOG_SYSLOG", libc::LOG_SYSLOG),
        ("LOG_LPR", libc::LOG_LPR),
        ("LOG_NEWS", libc::LOG_NEWS),
        ("LOG_UUCP", libc::LOG_UUCP),
        ("LOG_CRON", libc::LOG_CRON),
        ("LOG_AUTHPRIV", libc::LOG_AUTHPRIV),
        ("LOG_LOCAL0", libc::LOG_LOCAL0),
        ("LOG_LOCAL1", libc::LOG_LOCAL1),
        ("LOG_LOCAL2", libc::LOG_LOCAL2),
        ("LOG_LOCAL3", libc::LOG_LOCAL3),
        ("LOG_LOCAL4", libc::LOG_LOCAL4),
        ("LOG_LOCAL5", libc::LOG_LOCAL5),
        ("LOG_LOCAL6", libc::LOG_LOCAL6),
        ("LOG_LOCAL7", libc::LOG_LOCAL7),
        ("LOG_PID", libc::LOG_PID),
        ("LOG_CONS", libc::LOG_CONS),
        ("LOG_ODELAY", libc::LOG_ODELAY),
        ("LOG_NDELAY", libc::LOG_NDELAY),
        ("LOG_NOWAIT", libc::LOG_NOWAIT),
        ("LOG_PERROR", libc::LOG_PERROR),
    ] {
        m.constant(name, Value::Int(i64::from(v)));
    }
}

/// A C string of `b` up to its first NUL byte (as C reads it).
fn c_string(b: &[u8]) -> CString {
    let end = b.iter().position(|&c| c == 0).unwrap_or(b.len());
    CString::new(&b[..end]).unwrap_or_default()
}

fn openlog(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let ident = c_string(&a.str(0));
    let mut kept = IDENT.lock().unwrap_or_else(|p| p.into_inner());
    // SAFETY: `ident` is NUL-terminated and is kept (below) until the next openlog or
    // closelog, as openlog(3) requires; the one it replaces is released only afterwards.
    unsafe {
        libc::openlog(
            ident.as_ptr(),
            a.int(1) as libc::c_int,
            a.int(2) as libc::c_int,
        )
    };
    *kept = Some(ident);
    Ok(Value::Bool(true))
}

fn syslog(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let priority = a.int(0) as libc::c_int;
    for line in filtered_lines(&a.str(1)) {
        let msg = c_string(&line);
        // SAFETY: the format is a literal "%s" and its one argument a NUL-terminated string
        // that outlives the call.
        unsafe { libc::syslog(priority, c"%s".as_ptr(), msg.as_ptr()) };
    }
    Ok(Value::Bool(true))
}

fn closelog(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    let mut kept = IDENT.lock().unwrap_or_else(|p| p.into_inner());
    // SAFETY: closelog(3) takes no arguments; the identity is released after it.
    unsafe { libc::closelog() };
    *kept = None;
    Ok(Value::Bool(true))
}

/// The lines of `msg` as PHP's `no-ctrl` filter logs them: split at newlines, other control
/// characters written as `\xNN`.
fn filtered_lines(msg: &[u8]) -> Vec<Vec<u8>> {
    let mut lines = vec![Vec::new()];
    for &c in msg {
        match c {
            b'\n' => lines.push(Vec::new()),
            c if c < 0x20 || c == 0x7f => {
                if let Some(l) = lines.last_mut() {
                    l.extend_from_slice(format!("\\x{c:02x}").as_bytes());
                }
            }
            c => {
                if let Some(l) = lines.last_mut() {
                    l.push(c);
                }
            }
        }
    }
    lines
}
