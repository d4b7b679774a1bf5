//! ext/posix: process and session identity (`posix_getpid`, `posix_getuid`, `posix_setsid`,
//! …), `posix_kill`, users and groups (`posix_getpwuid`, `posix_getgrnam`, …), the
//! terminal (`posix_isatty`, `posix_ttyname`, `posix_ctermid`), `posix_uname`,
//! `posix_times`, `posix_getrlimit`, `posix_getcwd`, `posix_mkfifo`, `posix_access`, and the
//! module's last error. Failures return `false` and set `posix_get_last_error()`, without
//! a warning, as PHP's do.

use super::os;
use nix::unistd::{Gid, Pid, Uid};
use phpsock_eval::core::assoc;
use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, PhpStr, Value};
use std::os::unix::ffi::OsStrExt;

const STATE_KEY: &str = "posix.last_error";

/// `POSIX_*` constants (Linux values).
const CONSTANTS: &[(&str, i64)] = &[
    ("POSIX_F_OK", 0),
    ("POSIX_X_OK", 1),
    ("POSIX_W_OK", 2),
    ("POSIX_R_OK", 4),
    ("POSIX_S_IFREG", 32768),
    ("POSIX_S_IFCHR", 8192),
    ("POSIX_S_IFBLK", 24576),
    ("POSIX_S_IFIFO", 4096),
    ("POSIX_S_IFSOCK", 49152),
    ("POSIX_RLIMIT_AS", 9),
    ("POSIX_RLIMIT_CORE", 4),
    ("POSIX_RLIMIT_CPU", 0),
    ("POSIX_RLIMIT_DATA", 2),
    ("POSIX_RLIMIT_FSIZE", 1),
    ("POSIX_RLIMIT_LOCKS", 10),
    ("POSIX_RLIMIT_MEMLOCK", 8),
    ("POSIX_RLIMIT_MSGQUEUE", 12),
    ("POSIX_RLIMIT_NICE", 13),
    ("POSIX_RLIMIT_NOFILE", 7),
    ("POSIX_RLIMIT_NPROC", 6),
    ("POSIX_RLIMIT_RSS", 5),
    ("POSIX_RLIMIT_RTPRIO", 14),
    ("POSIX_RLIMIT_RTTIME", 15),
    ("POSIX_RLIMIT_SIGPENDING", 11),
    ("POSIX_RLIMIT_STACK", 3),
    ("POSIX_RLIMIT_INFINITY", -1),
];

/// `posix_getrlimit()`'s limits, in PHP's order.
const RLIMITS: [(&str, nix::sys::resource::Resource); 10] = {
    use nix::sys::resource::Resource as R;
    [
        ("core", R::RLIMIT_CORE),
        ("data", R::RLIMIT_DATA),
        ("stack", R::RLIMIT_STACK),
        ("totalmem", R::RLIMIT_AS),
        ("rss", R::RLIMIT_RSS),
        ("maxproc", R::RLIMIT_NPROC),
        ("memlock", R::RLIMIT_MEMLOCK),
        ("cpu", R::RLIMIT_CPU),
        ("filesize", R::RLIMIT_FSIZE),
        ("openfiles", R::RLIMIT_NOFILE),
    ]
};

/// The module.
pub fn module() -> Module {
    let mut m = Module::new("posix");
    m.func("posix_getpid(): int", posix_getpid)
        .func("posix_getppid(): int", posix_getppid)
        .func("posix_kill(int $process_id, int $signal): bool", posix_kill)
        .func("posix_get_last_error(): int", posix_get_last_error)
        .func("posix_errno(): int", posix_get_last_error)
        .func("posix_strerror(int $error_code): string", posix_strerror)
        .func("posix_getuid(): int", |_, _| {
            Ok(Value::Int(Uid::current().as_raw() as i64))
        })
        .func("posix_geteuid(): int", |_, _| {
            Ok(Value::Int(Uid::effective().as_raw() as i64))
        })
        .func("posix_getgid(): int", |_, _| {
            Ok(Value::Int(Gid::current().as_raw() as i64))
        })
        .func("posix_getegid(): int", |_, _| {
            Ok(Value::Int(Gid::effective().as_raw() as i64))
        })
        .func("posix_setuid(int $user_id): bool", |cx, a| {
            let r = nix::unistd::setuid(Uid::from_raw(a.int(0) as u32));
            done(cx, r)
        })
        .func("posix_seteuid(int $user_id): bool", |cx, a| {
            let r = nix::unistd::seteuid(Uid::from_raw(a.int(0) as u32));
            done(cx, r)
        })
        .func("posix_setgid(int $group_id): bool", |cx, a| {
            let r = nix::unistd::setgid(Gid::from_raw(a.int(0) as u32));
            done(cx, r)
        })
        .func("posix_setegid(int $group_id): bool", |cx, a| {
            let r = nix::unistd::setegid(Gid::from_raw(a.int(0) as u32));
            done(cx, r)
        })
        .func("posix_getgroups(): array|false", posix_getgroups)
        .func(
            "posix_getlogin(): string|false",
            |cx, _| match os::getlogin() {
                Ok(name) => Ok(bytes(&name)),
                Err(e) => {
                    set_error(cx, e.raw_os_error().unwrap_or(0));
                    Ok(Value::Bool(false))
                }
            },
        )
        .func("posix_getpgrp(): int", |_, _| {
            Ok(Value::Int(nix::unistd::getpgrp().as_raw() as i64))
        })
        .func("posix_setsid(): int", posix_setsid)
        .func(
            "posix_setpgid(int $process_id, int $process_group_id): bool",
            |cx, a| {
                let r = nix::unistd::setpgid(pid(a.int(0)), pid(a.int(1)));
                done(cx, r)
            },
        )
        .func("posix_getpgid(int $process_id): int|false", |cx, a| {
            let r = nix::unistd::getpgid(Some(pid(a.int(0))));
            pid_or_false(cx, r)
        })
        .func("posix_getsid(int $process_id): int|false", |cx, a| {
            let r = nix::unistd::getsid(Some(pid(a.int(0))));
            pid_or_false(cx, r)
        })
        .func("posix_uname(): array|false", posix_uname)
        .func("posix_times(): array|false", posix_times)
        .func("posix_ctermid(): string|false", |_, _| {
            // glibc's ctermid always names the controlling terminal this way.
            Ok(Value::from("/dev/tty"))
        })
        .func(
            "posix_ttyname($file_descriptor): string|false",
            posix_ttyname,
        )
        .func("posix_isatty($file_descriptor): bool", posix_isatty)
        .func("posix_getcwd(): string|false", posix_getcwd)
        .func(
            "posix_mkfifo(string $filename, int $permissions): bool",
            posix_mkfifo,
        )
        .func(
            "posix_access(string $filename, int $flags = 0): bool",
            posix_access,
        )
        .func("posix_getgrnam(string $name): array|false", |cx, a| {
            let name = a.str(0).to_string_lossy();
            let r = nix::unistd::Group::from_name(&name);
            group_array(cx, r)
        })
        .func("posix_getgrgid(int $group_id): array|false", |cx, a| {
            let r = nix::unistd::Group::from_gid(Gid::from_raw(a.int(0) as u32));
            group_array(cx, r)
        })
        .func("posix_getpwnam(string $username): array|false", |cx, a| {
            let name = a.str(0).to_string_lossy();
            let r = nix::unistd::User::from_name(&name);
            user_array(cx, r)
        })
        .func("posix_getpwuid(int $user_id): array|false", |cx, a| {
            let r = nix::unistd::User::from_uid(Uid::from_raw(a.int(0) as u32));
            user_array(cx, r)
        })
        .func("posix_getrlimit(): array|false", posix_getrlimit);
    for (name, v) in CONSTANTS {
        m.constant(name, Value::Int(*v));
    }
    m
}

/// Records an errno as the module's last error.
fn set_error(cx: &mut Ctx, n: i32) {
    cx.vm().module_state.insert(STATE_KEY, Box::new(n));
}

/// `true`, or `false` with the last error set.
fn done(cx: &mut Ctx, r: nix::Result<()>) -> NResult {
    match r {
        Ok(()) => Ok(Value::Bool(true)),
        Err(e) => {
            set_error(cx, e as i32);
            Ok(Value::Bool(false))
        }
    }
}

/// A process id argument (0 means the calling process, as the C calls take it).
fn pid(n: i64) -> Pid {
    Pid::from_raw(n as i32)
}

fn pid_or_false(cx: &mut Ctx, r: nix::Result<Pid>) -> NResult {
    match r {
        Ok(p) => Ok(Value::Int(p.as_raw() as i64)),
        Err(e) => {
            set_error(cx, e as i32);
            Ok(Value::Bool(false))
        }
    }
}

fn bytes(b: &[u8]) -> Value {
    Value::Str(PhpStr::new(b))
}

fn posix_getpid(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Int(std::process::id() as i64))
}

fn posix_getppid(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Int(std::os::unix::process::parent_id() as i64))
}

fn posix_kill(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (Ok(pid), Ok(sig)) = (i32::try_from(a.int(0)), i32::try_from(a.int(1))) else {
        set_error(cx, libc::EINVAL);
        return Ok(Value::Bool(false));
    };
    match os::kill(pid, sig) {
        Ok(()) => {
            // A signal sent to ourselves is handled before the next statement, as in PHP.
            if (pid == std::process::id() as i32 || pid == 0) && super::has_handler(cx.vm(), sig) {
                // Another thread may take it and forward it here: wait (briefly) for it.
                for _ in 0..200 {
                    if cx.vm().interrupt.is_pending() {
                        break;
                    }
                    std::thread::sleep(std::time::Duration::from_micros(50));
                }
                cx.vm().poll()?;
            }
            Ok(Value::Bool(true))
        }
        Err(e) => {
            set_error(cx, e.raw_os_error().unwrap_or(libc::EINVAL));
            Ok(Value::Bool(false))
        }
    }
}

fn posix_get_last_error(cx: &mut Ctx, _a: &mut Args) -> NResult {
    let n = cx
        .vm()
        .module_state
        .get(STATE_KEY)
        .and_then(|b| b.downcast_ref::<i32>())
        .copied()
        .unwrap_or(0);
    Ok(Value::Int(n as i64))
}

fn posix_strerror(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::from(crate::sockets::errors::strerror(a.int(0))))
}

fn posix_getgroups(cx: &mut Ctx, _a: &mut Args) -> NResult {
    match nix::unistd::getgroups() {
        Ok(g) => Ok(Value::from(PhpArray::from_values(
            g.into_iter()
                .map(|g| Value::Int(g.as_raw() as i64))
                .collect(),
        ))),
        Err(e) => {
            set_error(cx, e as i32);
            Ok(Value::Bool(false))
        }
    }
}

fn posix_setsid(cx: &mut Ctx, _a: &mut Args) -> NResult {
    match nix::unistd::setsid() {
        Ok(p) => Ok(Value::Int(p.as_raw() as i64)),
        Err(e) => {
            set_error(cx, e as i32);
            Ok(Value::Int(-1))
        }
    }
}

fn posix_uname(cx: &mut Ctx, _a: &mut Args) -> NResult {
    match nix::sys::utsname::uname() {
        Ok(u) => Ok(assoc(vec![
            ("sysname", bytes(u.sysname().as_bytes())),
            ("nodename", bytes(u.nodename().as_bytes())),
            ("release", bytes(u.release().as_bytes())),
            ("version", bytes(u.version().as_bytes())),
            ("machine", bytes(u.machine().as_bytes())),
            ("domainname", bytes(u.domainname().as_bytes())),
        ])),
        Err(e) => {
            set_error(cx, e as i32);
            Ok(Value::Bool(false))
        }
    }
}

fn posix_times(cx: &mut Ctx, _a: &mut Args) -> NResult {
    match os::times() {
        Ok(t) => Ok(assoc(vec![
            ("ticks", Value::Int(t[0])),
            ("utime", Value::Int(t[1])),
            ("stime", Value::Int(t[2])),
            ("cutime", Value::Int(t[3])),
            ("cstime", Value::Int(t[4])),
        ])),
        Err(e) => {
            set_error(cx, e.raw_os_error().unwrap_or(0));
            Ok(Value::Bool(false))
        }
    }
}

/// The descriptor a `$file_descriptor` argument names: an int, or a stream or socket with
/// one. `Err` for a stream without a descriptor (PHP warns about its type).
fn descriptor(v: &Value) -> Result<Option<i32>, &'static str> {
    match v {
        Value::Int(n) => Ok(i32::try_from(*n).ok()),
        Value::Resource(r) => {
            let p = r.get().payload.borrow();
            let Some(p) = p.as_ref() else {
                return Ok(None);
            };
            match p.downcast_ref::<crate::standard::files::stream::Stream>() {
                Some(s) => match s.backend().raw_fd() {
                    Some(fd) => Ok(Some(fd)),
                    None => Err(s.stream_type),
                },
                None => Ok(None),
            }
        }
        Value::Object(o) => Ok(o
            .class()
            .lname
            .as_bytes()
            .eq(b"socket")
            .then(|| crate::sockets::create::raw_fd(o))),
        _ => Ok(None),
    }
}

/// The descriptor, or the warning for a stream without one.
fn descriptor_arg(cx: &mut Ctx, a: &Args) -> Result<Option<i32>, phpsock_eval::Unwind> {
    match descriptor(&a.get(0)) {
        Ok(fd) => Ok(fd),
        Err(kind) => {
            cx.warn(format!("Could not use stream of type '{kind}'"))?;
            Ok(None)
        }
    }
}

fn posix_isatty(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(fd) = descriptor_arg(cx, a)? else {
        return Ok(Value::Bool(false));
    };
    if crate::sockets::sys::isatty(fd) {
        Ok(Value::Bool(true))
    } else {
        set_error(
            cx,
            std::io::Error::last_os_error().raw_os_error().unwrap_or(0),
        );
        Ok(Value::Bool(false))
    }
}

fn posix_ttyname(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(fd) = descriptor_arg(cx, a)? else {
        return Ok(Value::Bool(false));
    };
    match os::ttyname(fd) {
        Ok(name) => Ok(bytes(&name)),
        Err(e) => {
            set_error(cx, e.raw_os_error().unwrap_or(0));
            Ok(Value::Bool(false))
        }
    }
}

fn posix_getcwd(cx: &mut Ctx, _a: &mut Args) -> NResult {
    match std::env::current_dir() {
        Ok(d) => Ok(bytes(d.as_os_str().as_bytes())),
        Err(e) => {
            set_error(cx, e.raw_os_error().unwrap_or(0));
            Ok(Value::Bool(false))
        }
    }
}

fn posix_mkfifo(cx: &mut Ctx, a: &mut Args) -> NResult {
    let path = a.str(0);
    let mode = nix::sys::stat::Mode::from_bits_truncate(a.int(1) as libc::mode_t);
    let r = nix::unistd::mkfifo(std::ffi::OsStr::from_bytes(&path), mode);
    done(cx, r)
}

fn posix_access(cx: &mut Ctx, a: &mut Args) -> NResult {
    let path = a.str(0);
    let flags = nix::unistd::AccessFlags::from_bits_truncate(a.int(1) as libc::c_int);
    let r = nix::unistd::access(std::ffi::OsStr::from_bytes(&path), flags);
    done(cx, r)
}

fn group_array(cx: &mut Ctx, r: nix::Result<Option<nix::unistd::Group>>) -> NResult {
    match r {
        Ok(Some(g)) => {
            let members = g.mem.iter().map(|m| Value::from(m.as_str())).collect();
            Ok(assoc(vec![
                ("name", Value::from(g.name.as_str())),
                ("passwd", bytes(g.passwd.as_bytes())),
                ("members", Value::from(PhpArray::from_values(members))),
                ("gid", Value::Int(g.gid.as_raw() as i64)),
            ]))
        }
        Ok(None) => Ok(Value::Bool(false)),
        Err(e) => {
            set_error(cx, e as i32);
            Ok(Value::Bool(false))
        }
    }
}

fn user_array(cx: &mut Ctx, r: nix::Result<Option<nix::unistd::User>>) -> NResult {
    match r {
        Ok(Some(u)) => Ok(assoc(vec![
            ("name", Value::from(u.name.as_str())),
            ("passwd", bytes(u.passwd.as_bytes())),
            ("uid", Value::Int(u.uid.as_raw() as i64)),
            ("gid", Value::Int(u.gid.as_raw() as i64)),
            ("gecos", bytes(u.gecos.as_bytes())),
            ("dir", bytes(u.dir.as_os_str().as_bytes())),
            ("shell", bytes(u.shell.as_os_str().as_bytes())),
        ])),
        Ok(None) => Ok(Value::Bool(false)),
        Err(e) => {
            set_error(cx, e as i32);
            Ok(Value::Bool(false))
        }
    }
}

fn posix_getrlimit(cx: &mut Ctx, _a: &mut Args) -> NResult {
    let limit = |v: u64| {
        if v == libc::RLIM_INFINITY {
            Value::from("unlimited")
        } else {
            Value::Int(v as i64)
        }
    };
    let mut arr = PhpArray::new();
    for (name, res) in RLIMITS {
        match nix::sys::resource::getrlimit(res) {
            Ok((soft, hard)) => {
                arr.insert(
                    Key::from_bytes(format!("soft {name}").as_bytes()),
                    limit(soft),
                );
                arr.insert(
                    Key::from_bytes(format!("hard {name}").as_bytes()),
                    limit(hard),
                );
            }
            Err(e) => {
                set_error(cx, e as i32);
                return Ok(Value::Bool(false));
            }
        }
    }
    Ok(Value::from(arr))
}
