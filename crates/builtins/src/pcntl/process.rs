//! ext/pcntl's process functions: `pcntl_fork`, `pcntl_waitpid`, `pcntl_wait`, the
//! `pcntl_w*` status macros, `pcntl_get_last_error`/`pcntl_errno`/`pcntl_strerror`, and the
//! `W*` and `PCNTL_E*` constants.
//!
//! A forked child goes on with the interpreter's state as it was (only the calling thread
//! exists there): buffered output is flushed before the fork so it is not printed twice,
//! signals are forwarded to the child's thread, and the time limit is dropped, as PHP's
//! interval timer is not inherited. The command line ends a child process itself when its
//! script ends (see `crates/cli`), so `exit()` in the child ends only the child.

use super::os;
use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, Value};

const LAST_ERROR_KEY: &str = "pcntl.last_error";

/// `pcntl_waitpid`'s resource-usage keys, in PHP's order.
pub(crate) const RUSAGE_KEYS: [&str; 17] = [
    "ru_oublock",
    "ru_inblock",
    "ru_msgsnd",
    "ru_msgrcv",
    "ru_maxrss",
    "ru_ixrss",
    "ru_idrss",
    "ru_minflt",
    "ru_majflt",
    "ru_nsignals",
    "ru_nvcsw",
    "ru_nivcsw",
    "ru_nswap",
    "ru_utime.tv_usec",
    "ru_utime.tv_sec",
    "ru_stime.tv_usec",
    "ru_stime.tv_sec",
];

/// Resource usage as PHP's arrays show it (`getrusage`, `pcntl_waitpid`'s `$resource_usage`).
pub(crate) fn rusage_array(values: [i64; 17]) -> PhpArray {
    let mut arr = PhpArray::new();
    for (k, v) in RUSAGE_KEYS.iter().zip(values) {
        arr.insert(Key::from_bytes(k.as_bytes()), Value::Int(v));
    }
    arr
}

/// `W*` and `PCNTL_E*` constants (Linux values).
const CONSTANTS: &[(&str, i64)] = &[
    ("WNOHANG", 1),
    ("WUNTRACED", 2),
    ("WCONTINUED", 8),
    ("PCNTL_EINTR", 4),
    ("PCNTL_ECHILD", 10),
    ("PCNTL_EINVAL", 22),
    ("PCNTL_EAGAIN", 11),
    ("PCNTL_ESRCH", 3),
    ("PCNTL_EACCES", 13),
    ("PCNTL_EPERM", 1),
    ("PCNTL_ENOMEM", 12),
    ("PCNTL_E2BIG", 7),
    ("PCNTL_EFAULT", 14),
    ("PCNTL_EIO", 5),
    ("PCNTL_EISDIR", 21),
    ("PCNTL_ELIBBAD", 80),
    ("PCNTL_ELOOP", 40),
    ("PCNTL_EMFILE", 24),
    ("PCNTL_ENAMETOOLONG", 36),
    ("PCNTL_ENFILE", 23),
    ("PCNTL_ENOENT", 2),
    ("PCNTL_ENOEXEC", 8),
    ("PCNTL_ENOTDIR", 20),
    ("PCNTL_ETXTBSY", 26),
    ("PCNTL_ENOSPC", 28),
    ("PCNTL_EUSERS", 87),
    ("PRIO_PGRP", 1),
    ("PRIO_USER", 2),
    ("PRIO_PROCESS", 0),
    ("SI_USER", 0),
    ("SI_KERNEL", 128),
    ("SI_QUEUE", -1),
    ("SI_TIMER", -2),
    ("SI_MESGQ", -3),
    ("SI_ASYNCIO", -4),
    ("SI_SIGIO", -5),
    ("SI_TKILL", -6),
    ("CLD_EXITED", 1),
    ("CLD_KILLED", 2),
    ("CLD_DUMPED", 3),
    ("CLD_TRAPPED", 4),
    ("CLD_STOPPED", 5),
    ("CLD_CONTINUED", 6),
    ("TRAP_BRKPT", 1),
    ("TRAP_TRACE", 2),
    ("POLL_IN", 1),
    ("POLL_OUT", 2),
    ("POLL_MSG", 3),
    ("POLL_ERR", 4),
    ("POLL_PRI", 5),
    ("POLL_HUP", 6),
    ("ILL_ILLOPC", 1),
    ("ILL_ILLOPN", 2),
    ("ILL_ILLADR", 3),
    ("ILL_ILLTRP", 4),
    ("ILL_PRVOPC", 5),
    ("ILL_PRVREG", 6),
    ("ILL_COPROC", 7),
    ("ILL_BADSTK", 8),
    ("FPE_INTDIV", 1),
    ("FPE_INTOVF", 2),
    ("FPE_FLTDIV", 3),
    ("FPE_FLTOVF", 4),
    ("FPE_FLTUND", 5),
    ("FPE_FLTRES", 6),
    ("FPE_FLTINV", 7),
    ("FPE_FLTSUB", 8),
    ("SEGV_MAPERR", 1),
    ("SEGV_ACCERR", 2),
    ("BUS_ADRALN", 1),
    ("BUS_ADRERR", 2),
    ("BUS_OBJERR", 3),
    ("CLONE_NEWNS", 131072),
    ("CLONE_NEWIPC", 134217728),
    ("CLONE_NEWUTS", 67108864),
    ("CLONE_NEWNET", 1073741824),
    ("CLONE_NEWPID", 536870912),
    ("CLONE_NEWUSER", 268435456),
    ("CLONE_NEWCGROUP", 33554432),
];

/// Adds the process functions and constants to the pcntl module.
pub fn register(m: &mut Module) {
    m.func("pcntl_fork(): int", pcntl_fork)
        .func(
            "pcntl_waitpid(int $process_id, &$status, int $flags = 0, &$resource_usage = []): int",
            pcntl_waitpid,
        )
        .func(
            "pcntl_wait(&$status, int $flags = 0, &$resource_usage = []): int",
            pcntl_wait,
        )
        .func("pcntl_wifexited(int $status): bool", pcntl_wifexited)
        .func("pcntl_wifstopped(int $status): bool", pcntl_wifstopped)
        .func("pcntl_wifsignaled(int $status): bool", pcntl_wifsignaled)
        .func("pcntl_wifcontinued(int $status): bool", pcntl_wifcontinued)
        .func(
            "pcntl_wexitstatus(int $status): int|false",
            pcntl_wexitstatus,
        )
        .func("pcntl_wtermsig(int $status): int|false", pcntl_wtermsig)
        .func("pcntl_wstopsig(int $status): int|false", pcntl_wstopsig)
        .func("pcntl_get_last_error(): int", pcntl_get_last_error)
        .func("pcntl_errno(): int", pcntl_get_last_error)
        .func("pcntl_strerror(int $error_code): string", pcntl_strerror)
        .func(
            "pcntl_exec(string $path, array $args = [], array $env_vars = []): bool",
            pcntl_exec,
        )
        .func(
            "pcntl_getpriority(?int $process_id = null, int $mode = PRIO_PROCESS): int|false",
            pcntl_getpriority,
        )
        .func(
            "pcntl_setpriority(int $priority, ?int $process_id = null, int $mode = PRIO_PROCESS): bool",
            pcntl_setpriority,
        )
        .func("pcntl_unshare(int $flags): bool", pcntl_unshare);
    for (name, v) in CONSTANTS {
        m.constant(name, Value::Int(*v));
    }
}

/// Records `e` as the module's last error (`pcntl_get_last_error`).
pub(super) fn set_last_error(cx: &mut Ctx, e: &std::io::Error) {
    let n = e.raw_os_error().unwrap_or(libc::EINVAL);
    cx.vm().module_state.insert(LAST_ERROR_KEY, Box::new(n));
}

/// `pcntl_fork(): int`
fn pcntl_fork(cx: &mut Ctx, _a: &mut Args) -> NResult {
    // PHP writes output unbuffered: what the script printed so far belongs to the parent.
    cx.vm().flush();
    let _ = std::io::Write::flush(&mut std::io::stdout());
    match os::fork() {
        Ok(0) => {
            os::after_fork_in_child();
            cx.vm().time_limit = None;
            Ok(Value::Int(0))
        }
        Ok(pid) => Ok(Value::Int(pid as i64)),
        Err(e) => {
            set_last_error(cx, &e);
            let n = e.raw_os_error().unwrap_or(0);
            cx.warn(format!("Error {n}"))?;
            Ok(Value::Int(-1))
        }
    }
}

/// The shared part of `pcntl_waitpid` and `pcntl_wait`: `status` and `rusage` are the
/// argument positions of the by-reference parameters.
fn wait_common(
    cx: &mut Ctx,
    a: &mut Args,
    pid: i64,
    flags: i64,
    status: usize,
    rusage: usize,
) -> NResult {
    // PHP passes the variable's value (as an int) in and writes back what the call leaves.
    let status_in = a.by_ref(status).map_or(0, |r| r.get().to_int()) as i32;
    let want_rusage = a.by_ref(rusage).is_some();
    if want_rusage {
        a.set_ref(rusage, Value::from(PhpArray::new()));
    }
    // Truncated to the C types, as PHP's casts do.
    let (pid, flags) = (pid as i32, flags as i32);
    let result = os::wait4(pid, flags, status_in);
    if matches!(&result, Err(e) if e.raw_os_error() == Some(libc::EINTR)) {
        // A signal that ends the script ends it now; others are left for the next check,
        // and the call fails with EINTR as PHP's does.
        cx.vm().check_interrupted()?;
    }
    match result {
        Ok(w) => {
            a.set_ref(status, Value::Int(w.status as i64));
            if want_rusage && w.pid > 0 {
                a.set_ref(rusage, Value::from(rusage_array(w.rusage)));
            }
            Ok(Value::Int(w.pid as i64))
        }
        Err(e) => {
            a.set_ref(status, Value::Int(status_in as i64));
            set_last_error(cx, &e);
            Ok(Value::Int(-1))
        }
    }
}

/// `pcntl_waitpid(int $process_id, &$status, int $flags = 0, &$resource_usage = []): int`
fn pcntl_waitpid(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (pid, flags) = (a.int(0), a.int(2));
    wait_common(cx, a, pid, flags, 1, 3)
}

/// `pcntl_wait(&$status, int $flags = 0, &$resource_usage = []): int`
fn pcntl_wait(cx: &mut Ctx, a: &mut Args) -> NResult {
    let flags = a.int(1);
    wait_common(cx, a, -1, flags, 0, 2)
}

/// The status as the C `int` the wait macros take.
fn status(a: &Args) -> i32 {
    a.int(0) as i32
}

fn pcntl_wifexited(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(libc::WIFEXITED(status(a))))
}

fn pcntl_wifstopped(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(libc::WIFSTOPPED(status(a))))
}

fn pcntl_wifsignaled(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(libc::WIFSIGNALED(status(a))))
}

fn pcntl_wifcontinued(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(libc::WIFCONTINUED(status(a))))
}

fn pcntl_wexitstatus(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Int(libc::WEXITSTATUS(status(a)) as i64))
}

fn pcntl_wtermsig(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Int(libc::WTERMSIG(status(a)) as i64))
}

fn pcntl_wstopsig(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Int(libc::WSTOPSIG(status(a)) as i64))
}

/// `pcntl_get_last_error(): int` (and its alias `pcntl_errno`).
fn pcntl_get_last_error(cx: &mut Ctx, _a: &mut Args) -> NResult {
    let n = cx
        .vm()
        .module_state
        .get(LAST_ERROR_KEY)
        .and_then(|b| b.downcast_ref::<i32>())
        .copied()
        .unwrap_or(0);
    Ok(Value::Int(n as i64))
}

/// `pcntl_strerror(int $error_code): string`
fn pcntl_strerror(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::from(crate::sockets::errors::strerror(a.int(0))))
}

/// `pcntl_exec(string $path, array $args = [], array $env_vars = []): bool`: replaces the
/// process image (`execv`, or `execve` when environment variables are given); returns only
/// on failure.
fn pcntl_exec(cx: &mut Ctx, a: &mut Args) -> NResult {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::process::CommandExt;
    let path = a.str(0);
    let mut args = Vec::new();
    for (_, v) in a.array(1).iter() {
        args.push(cx.to_str(v)?);
    }
    let mut env = Vec::new();
    for (k, v) in a.array(2).iter() {
        env.push((
            k.to_value().scalar_to_str(14).unwrap_or_default(),
            cx.to_str(v)?,
        ));
    }
    // `execv` does not search PATH: a bare name is relative to the working directory.
    let program = if path.contains(&b'/') {
        path.to_vec()
    } else {
        [b"./", path.as_bytes()].concat()
    };
    let mut cmd = std::process::Command::new(OsStr::from_bytes(&program));
    cmd.arg0(OsStr::from_bytes(&path))
        .args(args.iter().map(|s| OsStr::from_bytes(s)));
    if !env.is_empty() {
        cmd.env_clear();
        for (k, v) in &env {
            cmd.env(OsStr::from_bytes(k), OsStr::from_bytes(v));
        }
    }
    // What the script printed so far must not be lost with the process image.
    cx.vm().flush();
    let _ = std::io::Write::flush(&mut std::io::stdout());
    let e = cmd.exec();
    set_last_error(cx, &e);
    let n = e.raw_os_error().unwrap_or(0);
    cx.warn(format!(
        "Error has occurred: (errno {n}) {}",
        crate::sockets::errors::strerror(n as i64)
    ))?;
    Ok(Value::Bool(false))
}

/// The warning (or, for a bad mode, the ValueError) of a failed get/setpriority.
fn priority_error(cx: &mut Ctx, e: &std::io::Error, mode_arg: usize) -> NResult {
    set_last_error(cx, e);
    let n = e.raw_os_error().unwrap_or(0);
    let msg = match n {
        libc::EINVAL => {
            return Err(cx.value_error(
                mode_arg,
                "must be one of PRIO_PGRP, PRIO_USER, or PRIO_PROCESS",
            ))
        }
        libc::ESRCH => format!("Error {n}: No process was located using the given parameters"),
        libc::EPERM => format!(
            "Error {n}: A process was located, but neither its effective nor real user ID matched the effective user ID of the caller"
        ),
        libc::EACCES => {
            format!("Error {n}: Only a super user may attempt to increase the process priority")
        }
        _ => format!("Unknown error {n} has occurred"),
    };
    cx.warn(msg)?;
    Ok(Value::Bool(false))
}

/// The process a priority call targets: the given id, or this process for null.
fn priority_target(a: &Args, i: usize) -> i32 {
    match a.get(i) {
        Value::Null => std::process::id() as i32,
        v => v.to_int() as i32,
    }
}

/// `pcntl_getpriority(?int $process_id = null, int $mode = PRIO_PROCESS): int|false`
fn pcntl_getpriority(cx: &mut Ctx, a: &mut Args) -> NResult {
    match os::getpriority(a.int(1) as i32, priority_target(a, 0)) {
        Ok(p) => Ok(Value::Int(p as i64)),
        Err(e) => priority_error(cx, &e, 2),
    }
}

/// `pcntl_setpriority(int $priority, ?int $process_id = null, int $mode = PRIO_PROCESS): bool`
fn pcntl_setpriority(cx: &mut Ctx, a: &mut Args) -> NResult {
    match os::setpriority(a.int(2) as i32, priority_target(a, 1), a.int(0) as i32) {
        Ok(()) => Ok(Value::Bool(true)),
        Err(e) => priority_error(cx, &e, 3),
    }
}

/// `pcntl_unshare(int $flags): bool`
fn pcntl_unshare(cx: &mut Ctx, a: &mut Args) -> NResult {
    match os::unshare(a.int(0) as i32) {
        Ok(()) => Ok(Value::Bool(true)),
        Err(e) => {
            set_last_error(cx, &e);
            let n = e.raw_os_error().unwrap_or(0);
            if n == libc::EINVAL {
                return Err(cx.value_error(1, "must be a combination of CLONE_* flags"));
            }
            cx.warn(format!(
                "Error {n}: {}",
                crate::sockets::errors::strerror(n as i64)
            ))?;
            Ok(Value::Bool(false))
        }
    }
}
