//! `pcntl_sigwaitinfo` and `pcntl_sigtimedwait`: taking a blocked signal synchronously,
//! with the `$info` array PHP builds from the kernel's `siginfo_t`.

use super::os;
use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, Value};

/// Adds the two functions to the pcntl module.
pub fn register(m: &mut Module) {
    m.func(
        "pcntl_sigwaitinfo(array $signals, &$info = []): int|false",
        pcntl_sigwaitinfo,
    )
    .func(
        "pcntl_sigtimedwait(array $signals, &$info = [], int $seconds = 0, int $nanoseconds = 0): int|false",
        pcntl_sigtimedwait,
    );
}

fn pcntl_sigwaitinfo(cx: &mut Ctx, a: &mut Args) -> NResult {
    wait(cx, a, None)
}

fn pcntl_sigtimedwait(cx: &mut Ctx, a: &mut Args) -> NResult {
    let timeout = (a.int(2), a.int(3));
    wait(cx, a, Some(timeout))
}

fn wait(cx: &mut Ctx, a: &mut Args, timeout: Option<(i64, i64)>) -> NResult {
    let signals: Vec<i64> = a.array(0).iter().map(|(_, v)| v.to_int()).collect();
    let waited = match os::sigwait(&signals, timeout) {
        Ok(w) => w,
        Err(e) => {
            super::process::set_last_error(cx, &e);
            cx.warn(crate::sockets::errors::strerror(
                e.raw_os_error().unwrap_or(0) as i64,
            ))?;
            return Ok(Value::Bool(false));
        }
    };
    let info = match waited {
        Ok(info) => info,
        Err(e) => {
            let n = e.raw_os_error().unwrap_or(0);
            if n == libc::EINTR {
                // A signal that ends the script ends it now.
                cx.vm().check_interrupted()?;
            }
            if n != libc::EAGAIN {
                super::process::set_last_error(cx, &e);
                cx.warn(crate::sockets::errors::strerror(n as i64))?;
            }
            return Ok(Value::Int(-1));
        }
    };
    if a.by_ref(1).is_some() {
        a.set_ref(1, info_array(&info));
    }
    Ok(Value::Int(info.signo as i64))
}

/// The `$info` array: `signo`, `errno`, `code`, then what the signal carries.
fn info_array(i: &os::SigInfo) -> Value {
    let mut arr = PhpArray::new();
    let mut put = |k: &str, v: i64| arr.insert(Key::from_bytes(k.as_bytes()), Value::Int(v));
    put("signo", i.signo as i64);
    put("errno", i.errno as i64);
    put("code", i.code as i64);
    match i.signo {
        libc::SIGCHLD => {
            put("status", i.status as i64);
            put("utime", i.utime);
            put("stime", i.stime);
            put("pid", i.pid as i64);
            put("uid", i.uid as i64);
        }
        libc::SIGUSR1 | libc::SIGUSR2 => {
            put("pid", i.pid as i64);
            put("uid", i.uid as i64);
        }
        libc::SIGILL | libc::SIGFPE | libc::SIGSEGV | libc::SIGBUS => {
            put("addr", i.addr as i64);
        }
        _ => {}
    }
    Value::from(arr)
}
