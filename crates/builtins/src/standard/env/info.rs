//! The process and the runtime: SAPI constants, environment variables, `$_SERVER`, process
//! ids, memory and GC figures, time limits, sleeping and the clocks.

use crate::standard::files::handles::{open, open_or_warn};
use phpsock_eval::core::assoc;
use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, PhpStr, Value};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// `get_included_files()`: the main script and every file included so far, in order.
fn get_included_files(cx: &mut Ctx, _a: &mut Args) -> NResult {
    let files = cx.vm().included.iter().cloned().map(Value::Str).collect();
    Ok(Value::from(PhpArray::from_values(files)))
}

/// Registers this group's functions and constants.
pub fn register(m: &mut Module) {
    let binary = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    m.constant("PHP_SAPI", "cli")
        .constant("PHP_BINARY", binary.as_str())
        .constant("PHP_EXTRA_VERSION", "")
        .constant("PHP_ZTS", Value::Int(0))
        .constant("PHP_SHLIB_SUFFIX", "so")
        .constant("PHP_FD_SETSIZE", Value::Int(1024))
        .constant("PHP_OUTPUT_HANDLER_STDFLAGS", Value::Int(112))
        .func(
            "get_defined_constants(bool $categorize = false): array",
            get_defined_constants,
        )
        .func("php_sapi_name(): string|false", php_sapi_name)
        .func("get_included_files(): array", get_included_files)
        .func("get_required_files(): array", get_included_files)
        .func("php_uname(string $mode = \"a\"): string", php_uname)
        .func(
            "phpversion(?string $extension = null): string|false",
            phpversion,
        )
        .func(
            "getenv(?string $name = null, bool $local_only = false): array|string|false",
            getenv,
        )
        .func("putenv(string $assignment): bool", putenv)
        .func("getmypid(): int|false", getmypid)
        .func("get_current_user(): string", get_current_user)
        .func("getmyuid(): int|false", getmyuid)
        .func("getmygid(): int|false", getmygid)
        .func(
            "memory_get_usage(bool $real_usage = false): int",
            memory_get_usage,
        )
        .func(
            "memory_get_peak_usage(bool $real_usage = false): int",
            memory_get_peak_usage,
        )
        .func("memory_reset_peak_usage(): void", noop_null)
        .func("gc_collect_cycles(): int", gc_collect_cycles)
        .func("gc_enable(): void", noop_null)
        .func("gc_disable(): void", noop_null)
        .func("gc_enabled(): bool", true_fn)
        .func("gc_mem_caches(): int", gc_collect_cycles)
        .func("set_time_limit(int $seconds): bool", set_time_limit)
        .func(
            "ignore_user_abort(?bool $enable = null): int",
            ignore_user_abort,
        )
        .func("connection_status(): int", zero_fn)
        .func("connection_aborted(): int", zero_fn)
        .func("sleep(int $seconds): int", sleep)
        .func("usleep(int $microseconds): void", usleep)
        .func(
            "time_nanosleep(int $seconds, int $nanoseconds): array|bool",
            time_nanosleep,
        )
        .func("time(): int", time)
        .func("microtime(bool $as_float = false): string|float", microtime)
        .func("gettimeofday(bool $as_float = false): array|float", gettimeofday)
        .func("getrusage(int $mode = 0): array|false", getrusage)
        .func(
            "error_log(string $message, int $message_type = 0, ?string $destination = null, ?string $additional_headers = null): bool",
            error_log,
        )
        .func(
            "hrtime(bool $as_number = false): array|int|float|false",
            hrtime,
        )
        .func(
            "uniqid(string $prefix = \"\", bool $more_entropy = false): string",
            uniqid,
        )
        .func("error_get_last(): ?array", error_get_last)
        .func("error_clear_last(): void", error_clear_last)
        .constant("CONNECTION_ABORTED", Value::Int(1))
        .constant("CONNECTION_NORMAL", Value::Int(0))
        .constant("CONNECTION_TIMEOUT", Value::Int(2));
}

fn noop_null(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Null)
}

fn true_fn(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Bool(true))
}

fn zero_fn(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Int(0))
}

fn php_sapi_name(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::from("cli"))
}

fn read_trim(path: &str) -> String {
    std::fs::read_to_string(path)
        .map(|s| s.trim().to_string())
        .unwrap_or_default()
}

/// The host name (`gethostname()`).
pub fn host_name() -> String {
    let h = read_trim("/proc/sys/kernel/hostname");
    if h.is_empty() {
        read_trim("/etc/hostname")
    } else {
        h
    }
}

fn php_uname(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let mode = a.str(0);
    let s = read_trim("/proc/sys/kernel/osrelease");
    let v = read_trim("/proc/sys/kernel/version");
    let machine = std::env::consts::ARCH.to_string();
    let host = host_name();
    let out = match mode.first().copied() {
        Some(b's') => "Linux".to_string(),
        Some(b'n') => host,
        Some(b'r') => s,
        Some(b'v') => v,
        Some(b'm') => machine,
        _ => format!("Linux {host} {s} {v} {machine}"),
    };
    Ok(Value::from(out.as_str()))
}

fn phpversion(cx: &mut Ctx, a: &mut Args) -> NResult {
    match a.opt_str(0) {
        None => Ok(Value::from("8.2.36")),
        Some(e) => {
            let known = cx
                .vm()
                .modules
                .iter()
                .any(|m| m.as_bytes().eq_ignore_ascii_case(&e));
            Ok(if known {
                Value::from("8.2.36")
            } else {
                Value::Bool(false)
            })
        }
    }
}

/// The process environment as PHP's array (`getenv()`, `$_ENV`, the start of `$_SERVER`).
pub fn env_array() -> PhpArray {
    use std::os::unix::ffi::OsStrExt;
    let mut arr = PhpArray::new();
    for (k, v) in std::env::vars_os() {
        arr.insert(
            Key::from_bytes(k.as_bytes()),
            Value::from(v.as_bytes().to_vec()),
        );
    }
    arr
}

/// Builds `$_SERVER` for the CLI: the environment, then `PHP_SELF`, `SCRIPT_NAME`,
/// `SCRIPT_FILENAME`, `PATH_TRANSLATED`, `DOCUMENT_ROOT`, `REQUEST_TIME_FLOAT`,
/// `REQUEST_TIME`, `argv`, `argc`. `script` is the script's name as given
/// (`Standard input code` for `-r` code and standard input), `filename` its path (`""` then).
pub fn server_array(script: &str, filename: &str, argv: &[String]) -> PhpArray {
    let mut arr = env_array();
    let mut set = |k: &str, v: Value| {
        arr.insert(Key::from_bytes(k.as_bytes()), v);
    };
    for k in ["PHP_SELF", "SCRIPT_NAME"] {
        set(k, Value::from(script));
    }
    for k in ["SCRIPT_FILENAME", "PATH_TRANSLATED"] {
        set(k, Value::from(filename));
    }
    set("DOCUMENT_ROOT", Value::from(""));
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    let f = now.as_secs() as f64 + (now.subsec_micros() as f64) / 1e6;
    set("REQUEST_TIME_FLOAT", Value::Float(f));
    set("REQUEST_TIME", Value::Int(now.as_secs() as i64));
    let args = PhpArray::from_values(argv.iter().map(|a| Value::from(a.as_str())).collect());
    set("argv", Value::from(args));
    set("argc", Value::Int(argv.len() as i64));
    arr
}

fn getenv(_cx: &mut Ctx, a: &mut Args) -> NResult {
    use std::os::unix::ffi::{OsStrExt, OsStringExt};
    match a.opt_str(0) {
        None => Ok(Value::from(env_array())),
        Some(n) => {
            if n.is_empty() || n.contains(&b'=') || n.contains(&0) {
                return Ok(Value::Bool(false));
            }
            let key = std::ffi::OsStr::from_bytes(&n);
            Ok(std::env::var_os(key).map_or(Value::Bool(false), |v| Value::from(v.into_vec())))
        }
    }
}

fn putenv(cx: &mut Ctx, a: &mut Args) -> NResult {
    use std::os::unix::ffi::OsStrExt;
    let s = a.str(0);
    if s.is_empty() || s[0] == b'=' || s.contains(&0) {
        return Err(cx.value_error(1, "must have a valid syntax"));
    }
    match s.iter().position(|&b| b == b'=') {
        Some(p) => {
            let k = std::ffi::OsStr::from_bytes(&s[..p]);
            let v = std::ffi::OsStr::from_bytes(&s[p + 1..]);
            std::env::set_var(k, v);
        }
        None => std::env::remove_var(std::ffi::OsStr::from_bytes(&s)),
    }
    Ok(Value::Bool(true))
}

/// `get_current_user(): string`: as PHP's CLI has it, the owner of the script file (`""`
/// for `-r` code and standard input).
fn get_current_user(cx: &mut Ctx, _a: &mut Args) -> NResult {
    use std::os::unix::fs::MetadataExt;
    let script = cx.vm().argv.first().cloned().unwrap_or_default();
    let name = std::fs::metadata(&script)
        .ok()
        .filter(|m| m.is_file())
        .and_then(|m| nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(m.uid())).ok())
        .flatten()
        .map(|u| u.name)
        .unwrap_or_default();
    Ok(Value::from(name))
}

fn getmypid(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Int(std::process::id() as i64))
}

fn proc_status_id(key: &str) -> i64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines()
        .find(|l| l.starts_with(key))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

fn getmyuid(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Int(proc_status_id("Uid:")))
}

fn getmygid(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Int(proc_status_id("Gid:")))
}

fn memory_get_usage(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Int(if a.bool(0) { 2097152 } else { 393216 }))
}

fn memory_get_peak_usage(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Int(if a.bool(0) { 2097152 } else { 425984 }))
}

fn gc_collect_cycles(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Int(0))
}

fn ignore_user_abort(cx: &mut Ctx, a: &mut Args) -> NResult {
    let key = "ignore_user_abort";
    let old = cx.ini(key).map_or(0, |v| Value::Str(v).to_int());
    if let Some(b) = a.opt_bool(0) {
        cx.vm().ini.insert(
            key.to_string(),
            phpsock_eval::PhpStr::from(if b { "1" } else { "0" }),
        );
    }
    Ok(Value::Int(old))
}

/// `set_time_limit()`: sets `max_execution_time` and starts counting again from now.
fn set_time_limit(cx: &mut Ctx, a: &mut Args) -> NResult {
    let n = a.int(0);
    cx.vm().ini_set(
        "max_execution_time",
        phpsock_eval::PhpStr::from(n.to_string()),
    );
    Ok(Value::Bool(true))
}

fn sleep(cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.int(0);
    if s < 0 {
        return Err(cx.value_error(1, "must be greater than or equal to 0"));
    }
    cx.vm().flush();
    match crate::pcntl::os::sleep(Duration::from_secs(s as u64)) {
        None => Ok(Value::Int(0)),
        Some(left) => {
            // A signal: it may end the script now; else PHP returns the seconds left.
            cx.vm().check_interrupted()?;
            Ok(Value::Int(left.as_secs() as i64))
        }
    }
}

fn usleep(cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.int(0);
    if s < 0 {
        return Err(cx.value_error(1, "must be greater than or equal to 0"));
    }
    cx.vm().flush();
    if crate::pcntl::os::sleep(Duration::from_micros(s as u64)).is_some() {
        cx.vm().check_interrupted()?;
    }
    Ok(Value::Null)
}

fn time_nanosleep(cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.int(0);
    let ns = a.int(1);
    if s < 0 {
        return Err(cx.value_error(1, "must be greater than or equal to 0"));
    }
    if ns < 0 {
        return Err(cx.value_error(2, "must be greater than or equal to 0"));
    }
    if ns > 999_999_999 {
        return Err(cx.throw(
            "ValueError",
            "Nanoseconds was not in the range 0 to 999 999 999 or seconds was negative",
        ));
    }
    cx.vm().flush();
    let d = Duration::from_secs(s as u64) + Duration::from_nanos(ns as u64);
    match crate::pcntl::os::sleep(d) {
        None => Ok(Value::Bool(true)),
        Some(left) => {
            cx.vm().check_interrupted()?;
            let mut arr = phpsock_eval::PhpArray::new();
            arr.insert(
                phpsock_eval::Key::from_bytes(b"seconds"),
                Value::Int(left.as_secs() as i64),
            );
            arr.insert(
                phpsock_eval::Key::from_bytes(b"nanoseconds"),
                Value::Int(left.subsec_nanos() as i64),
            );
            Ok(Value::from(arr))
        }
    }
}

/// Seconds and microseconds since the epoch.
pub fn now() -> (i64, u32) {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    (d.as_secs() as i64, d.subsec_micros())
}

fn time(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Int(now().0))
}

fn microtime(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let (s, us) = now();
    if a.bool(0) {
        Ok(Value::Float(s as f64 + us as f64 / 1e6))
    } else {
        Ok(Value::from(format!("0.{:06}00 {}", us, s).as_str()))
    }
}

fn gettimeofday(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let (s, us) = now();
    if a.bool(0) {
        return Ok(Value::Float(s as f64 + us as f64 / 1e6));
    }
    let mut out = PhpArray::new();
    for (k, v) in [
        ("sec", s),
        ("usec", us as i64),
        ("minuteswest", 0),
        ("dsttime", 0),
    ] {
        out.insert(Key::from_bytes(k.as_bytes()), Value::Int(v));
    }
    Ok(Value::from(out))
}

fn getrusage(_cx: &mut Ctx, a: &mut Args) -> NResult {
    // PHP asks for the children's usage when the mode is 1, its own otherwise.
    let who = if a.int(0) == 1 {
        libc::RUSAGE_CHILDREN
    } else {
        libc::RUSAGE_SELF
    };
    Ok(match crate::pcntl::os::getrusage(who) {
        Ok(v) => Value::from(crate::pcntl::process::rusage_array(v)),
        Err(_) => Value::Bool(false),
    })
}

/// `error_log()`: to the file the `error_log` ini names (time-stamped), else to stderr as
/// the CLI logs; type 3 appends the message to `$destination`; type 1 (mail) is not sent.
fn error_log(cx: &mut Ctx, a: &mut Args) -> NResult {
    let msg = a.str(0);
    let kind = a.int(1);
    match kind {
        1 => return Ok(Value::Bool(false)),
        3 => {
            let dest = a.opt_str(2).unwrap_or_else(PhpStr::empty);
            let Some(mut f) = open_or_warn(cx, dest.as_bytes(), "a")? else {
                return Ok(Value::Bool(false));
            };
            let ok = f.write(cx.vm(), msg.as_bytes()).is_ok();
            return Ok(Value::Bool(ok));
        }
        _ => {}
    }
    let ini = cx.ini("error_log").filter(|s| !s.is_empty());
    let mut line = msg.as_bytes().to_vec();
    line.push(b'\n');
    match ini {
        Some(file) => {
            let now = now().0;
            let tz = super::date::default_tz(cx);
            let mut entry = b"[".to_vec();
            entry.extend(super::date::format(b"d-M-Y H:i:s e", now, &tz));
            entry.extend_from_slice(b"] ");
            entry.extend_from_slice(&line);
            if let Ok(mut f) = open(file.as_bytes(), "a") {
                let _ = f.write(cx.vm(), &entry);
            }
        }
        None => {
            cx.vm().flush();
            let _ = cx.vm().out.write_stderr(&line);
        }
    }
    Ok(Value::Bool(true))
}

fn monotonic() -> Duration {
    use std::sync::OnceLock;
    static START: OnceLock<std::time::Instant> = OnceLock::new();
    let start = *START.get_or_init(std::time::Instant::now);
    // Offset so the clock does not start at zero, like CLOCK_MONOTONIC.
    Duration::from_secs(1000) + start.elapsed()
}

fn hrtime(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let d = monotonic();
    if a.bool(0) {
        Ok(Value::Int(d.as_nanos() as i64))
    } else {
        Ok(Value::from(PhpArray::from_values(vec![
            Value::Int(d.as_secs() as i64),
            Value::Int(d.subsec_nanos() as i64),
        ])))
    }
}

fn uniqid(cx: &mut Ctx, a: &mut Args) -> NResult {
    let prefix = a.str(0);
    // uniqid waits for the microsecond to change so ids never repeat.
    let state = cx
        .vm()
        .module_state
        .entry("uniqid")
        .or_insert_with(|| Box::new((0i64, 0u32)));
    let last = state.downcast_mut::<(i64, u32)>().map_or((0, 0), |p| *p);
    let (mut s, mut us) = now();
    while (s, us) == last {
        std::thread::sleep(Duration::from_micros(1));
        (s, us) = now();
    }
    if let Some(p) = cx
        .vm()
        .module_state
        .get_mut("uniqid")
        .and_then(|b| b.downcast_mut::<(i64, u32)>())
    {
        *p = (s, us);
    }
    let mut out = prefix.to_vec();
    out.extend_from_slice(format!("{:08x}{:05x}", s, us).as_bytes());
    if a.bool(1) {
        let frac = (us as f64 * 7.0 + s as f64).sin().abs() * 10.0;
        out.extend_from_slice(format!("{:.8}", frac).as_bytes());
    }
    Ok(Value::from(out))
}

fn error_get_last(cx: &mut Ctx, _a: &mut Args) -> NResult {
    match cx.vm().last_error.clone() {
        None => Ok(Value::Null),
        Some((level, msg, file, line)) => Ok(assoc(vec![
            ("type", Value::Int(level)),
            ("message", Value::from(msg.as_str())),
            ("file", Value::Str(file)),
            ("line", Value::Int(line as i64)),
        ])),
    }
}

fn error_clear_last(cx: &mut Ctx, _a: &mut Args) -> NResult {
    cx.vm().last_error = None;
    Ok(Value::Null)
}

/// `get_defined_constants()`: every constant, or grouped by extension with the script's own
/// under `user`.
fn get_defined_constants(cx: &mut Ctx, a: &mut Args) -> NResult {
    let vm = cx.vm();
    let value_of = |name: &phpsock_eval::PhpStr| vm.constants.get(name).cloned();
    let fill = |names: &[phpsock_eval::PhpStr], into: &mut PhpArray| {
        for name in names {
            if let Some(v) = value_of(name) {
                into.insert(Key::from_bytes(name), v);
            }
        }
    };
    let mut groups: Vec<(String, PhpArray)> = Vec::new();
    for (module, names) in &vm.constant_groups {
        let label = if module.starts_with("eval") {
            "Core"
        } else {
            module
        };
        let mut arr = PhpArray::new();
        fill(names, &mut arr);
        if arr.is_empty() {
            continue;
        }
        match groups.iter_mut().find(|(n, _)| n == label) {
            Some((_, existing)) => {
                for (k, v) in arr.iter() {
                    existing.insert(k.clone(), v.clone());
                }
            }
            None => groups.push((label.to_string(), arr)),
        }
    }
    let mut user = PhpArray::new();
    fill(&vm.user_constants, &mut user);
    if !user.is_empty() {
        groups.push(("user".to_string(), user));
    }
    if a.bool(0) {
        let mut out = PhpArray::new();
        for (name, arr) in groups {
            out.insert(Key::from_bytes(name.as_bytes()), Value::from(arr));
        }
        return Ok(Value::from(out));
    }
    let mut all = PhpArray::new();
    for (_, arr) in groups {
        for (k, v) in arr.iter() {
            all.insert(k.clone(), v.clone());
        }
    }
    Ok(Value::from(all))
}
