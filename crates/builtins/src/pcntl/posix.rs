//! The few ext/posix process functions that go with signals: `posix_getpid`,
//! `posix_getppid`, `posix_kill`, and the module's last error.

use super::os;
use phpsock_eval::{Args, Ctx, Module, NResult, Value};

const STATE_KEY: &str = "posix.last_error";

/// The module.
pub fn module() -> Module {
    let mut m = Module::new("posix");
    m.func("posix_getpid(): int", posix_getpid)
        .func("posix_getppid(): int", posix_getppid)
        .func("posix_kill(int $process_id, int $signal): bool", posix_kill)
        .func("posix_get_last_error(): int", posix_get_last_error)
        .func("posix_errno(): int", posix_get_last_error)
        .func("posix_strerror(int $error_code): string", posix_strerror);
    m
}

fn posix_getpid(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Int(std::process::id() as i64))
}

fn posix_getppid(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Int(std::os::unix::process::parent_id() as i64))
}

fn posix_kill(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (Ok(pid), Ok(sig)) = (i32::try_from(a.int(0)), i32::try_from(a.int(1))) else {
        cx.vm()
            .module_state
            .insert(STATE_KEY, Box::new(libc::EINVAL));
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
            let n = e.raw_os_error().unwrap_or(libc::EINVAL);
            cx.vm().module_state.insert(STATE_KEY, Box::new(n));
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
