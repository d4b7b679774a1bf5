//! What the runtime reports about itself, its configuration and its host: `zend_version`,
//! `php_ini_loaded_file`, `php_ini_scanned_files`, `get_cfg_var`, `gc_status`,
//! `sys_getloadavg`, `getmyinode`, `getlastmod`, and `time_sleep_until`.

use phpsock_eval::core::assoc;
use phpsock_eval::{Args, Ctx, Module, NResult, PhpArray, Value};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Registers the functions.
pub fn register(m: &mut Module) {
    m.func("zend_version(): string", zend_version)
        .func("php_ini_loaded_file(): string|false", no_ini_file)
        .func("php_ini_scanned_files(): string|false", no_ini_file)
        .func(
            "get_cfg_var(string $option): string|array|false",
            get_cfg_var,
        )
        .func("gc_status(): array", gc_status)
        .func("sys_getloadavg(): array|false", sys_getloadavg)
        .func("getmyinode(): int|false", getmyinode)
        .func("getlastmod(): int|false", getlastmod)
        .func("time_sleep_until(float $timestamp): bool", time_sleep_until);
}

/// The engine version PHP 8.2 reports (its minor and patch follow PHP's own).
fn zend_version(cx: &mut Ctx, _a: &mut Args) -> NResult {
    let php = match cx.vm().constants.get(&b"PHP_VERSION"[..]) {
        Some(Value::Str(v)) => v.to_string_lossy(),
        _ => String::new(),
    };
    // PHP 8.2.x runs Zend Engine 4.2.x.
    let rest = php.find('.').map_or("", |i| &php[i..]);
    Ok(Value::from(format!("4{rest}")))
}

/// No php.ini is read (PHP's `-n`), so none was loaded or scanned.
fn no_ini_file(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Bool(false))
}

fn get_cfg_var(cx: &mut Ctx, a: &mut Args) -> NResult {
    let name = a.str(0).to_string_lossy();
    Ok(match cx.vm().cfg.get(&name) {
        Some(v) => Value::Str(v.clone()),
        None => Value::Bool(false),
    })
}

/// The collector's figures: reference cycles are freed as they are made, so no run ever
/// collects anything (PHP's default threshold is reported).
fn gc_status(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(assoc(vec![
        ("runs", Value::Int(0)),
        ("collected", Value::Int(0)),
        ("threshold", Value::Int(10001)),
        ("roots", Value::Int(0)),
    ]))
}

/// The 1, 5 and 15 minute load averages (`/proc/loadavg`).
fn sys_getloadavg(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    let text = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let loads: Vec<Value> = text
        .split_whitespace()
        .take(3)
        .filter_map(|f| f.parse::<f64>().ok())
        .map(Value::Float)
        .collect();
    if loads.len() != 3 {
        return Ok(Value::Bool(false));
    }
    Ok(Value::from(PhpArray::from_values(loads)))
}

/// The main script's metadata (none when the code came from `-r` or standard input).
fn script_meta(cx: &mut Ctx) -> Option<std::fs::Metadata> {
    let script = cx.vm().included.first()?.to_string_lossy();
    std::fs::metadata(script).ok().filter(|m| m.is_file())
}

fn getmyinode(cx: &mut Ctx, _a: &mut Args) -> NResult {
    use std::os::unix::fs::MetadataExt;
    Ok(script_meta(cx).map_or(Value::Bool(false), |m| Value::Int(m.ino() as i64)))
}

fn getlastmod(cx: &mut Ctx, _a: &mut Args) -> NResult {
    use std::os::unix::fs::MetadataExt;
    Ok(script_meta(cx).map_or(Value::Bool(false), |m| Value::Int(m.mtime())))
}

/// Sleeps until `$timestamp` (seconds since the epoch, with a fraction). A signal does not
/// end the wait early, as in PHP; a time already past warns and returns false.
fn time_sleep_until(cx: &mut Ctx, a: &mut Args) -> NResult {
    let target = a.float(0);
    // PHP's range: what a 64-bit count of nanoseconds holds (NaN and infinities refused).
    if !(0.0..=18_446_744_073.0).contains(&target) {
        return Err(cx.value_error(1, "must be between 0 and 18446744073"));
    }
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs_f64();
    if target < now {
        cx.warn("Argument #1 ($timestamp) must be greater than or equal to the current time")?;
        return Ok(Value::Bool(false));
    }
    cx.vm().flush();
    let mut left = Duration::from_secs_f64((target - now).min(1e12));
    while let Some(rest) = crate::pcntl::os::sleep(left) {
        cx.vm().check_interrupted()?;
        left = rest;
    }
    Ok(Value::Bool(true))
}
