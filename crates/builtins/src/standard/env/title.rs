//! `cli_set_process_title` / `cli_get_process_title`. The title is kept for
//! `cli_get_process_title` and given to the kernel as the process name (`PR_SET_NAME`, which
//! `top` and `ps -o comm` show, cut to 15 bytes); the argument vector `ps` prints as the
//! command line is left alone.

use phpsock_eval::{Args, Ctx, Module, NResult, PhpStr, Value};

const STATE_KEY: &str = "cli.process_title";

/// Registers the process-title functions.
pub fn register(m: &mut Module) {
    m.func("cli_set_process_title(string $title): bool", set_title)
        .func("cli_get_process_title(): ?string", get_title);
}

fn set_title(cx: &mut Ctx, a: &mut Args) -> NResult {
    let title = a.str(0);
    let name: Vec<u8> = title
        .as_bytes()
        .iter()
        .copied()
        .take_while(|&b| b != 0)
        .take(15)
        .collect();
    if let Ok(c) = std::ffi::CString::new(name) {
        // SAFETY: `PR_SET_NAME` reads a NUL-terminated string of at most 16 bytes from the
        // pointer; `c` is one (15 bytes at most plus its NUL) and outlives the call.
        unsafe { libc::prctl(libc::PR_SET_NAME, c.as_ptr()) };
    }
    cx.vm().module_state.insert(STATE_KEY, Box::new(title));
    Ok(Value::Bool(true))
}

fn get_title(cx: &mut Ctx, _a: &mut Args) -> NResult {
    let title = cx
        .vm()
        .module_state
        .get(STATE_KEY)
        .and_then(|b| b.downcast_ref::<PhpStr>())
        .cloned()
        .unwrap_or_else(PhpStr::empty);
    Ok(Value::Str(title))
}
