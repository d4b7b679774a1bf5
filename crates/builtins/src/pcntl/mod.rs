//! ext/pcntl's signal functions (`pcntl_signal`, `pcntl_signal_dispatch`,
//! `pcntl_async_signals`, `pcntl_signal_get_handler`, `pcntl_sigprocmask`, `pcntl_alarm`), the
//! `SIG*` constants, and what the command line does with SIGINT/SIGTERM/SIGHUP.
//!
//! Signals reach the script through the runtime's [`phpsock_eval::Interrupt`]: the OS
//! handler (`os.rs`) only records them; at the next poll the runtime calls [`dispatch`], which
//! runs the script's handlers (at once with `pcntl_async_signals(true)`, else queued for
//! `pcntl_signal_dispatch()`) or carries out the default action.

pub mod os;
pub mod posix;
pub mod process;
mod sigwait;

use os::Disposition;
use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, Unwind, UnwindKind, Value, Vm};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// Signals the command line catches so that, with no handler of the script's, it can flush
/// output before dying by them (bit `n` for signal `n`).
static HOST_CAUGHT: AtomicU64 = AtomicU64::new(0);

/// Signals whose arrival ends the run (caught by the host, no handler of the script's).
static URGENT: AtomicU64 = AtomicU64::new(0);

/// Whether a signal that ends the run is pending (for readers that otherwise retry `EINTR`).
pub fn urgent_pending() -> bool {
    os::shared().peek() & (URGENT.load(Ordering::SeqCst) | phpsock_eval::interrupt::CANCEL) != 0
}

/// In the interactive shell, SIGINT cancels the running input instead of ending the process.
static SIGINT_CANCELS: AtomicBool = AtomicBool::new(false);

const STATE_KEY: &str = "pcntl";

/// Per-engine signal state.
#[derive(Default)]
struct State {
    /// The script's handlers: a callable, or `SIG_IGN`/`SIG_DFL` as ints.
    handlers: BTreeMap<i32, Value>,
    /// `pcntl_async_signals()`.
    async_signals: bool,
    /// Signals received, waiting for `pcntl_signal_dispatch()` (bit per signal).
    queued: u64,
}

fn state(vm: &mut Vm) -> &mut State {
    vm.module_state
        .entry(STATE_KEY)
        .or_insert_with(|| Box::new(State::default()))
        .downcast_mut::<State>()
        .expect("pcntl state has its own key")
}

/// The module: functions and constants.
pub fn module() -> Module {
    let mut m = Module::new("pcntl");
    m.func(
        "pcntl_signal(int $signal, callable|int $handler, bool $restart_syscalls = true): bool",
        pcntl_signal,
    )
    .func(
        "pcntl_signal_get_handler(int $signal): callable|int",
        pcntl_signal_get_handler,
    )
    .func("pcntl_signal_dispatch(): bool", pcntl_signal_dispatch)
    .func(
        "pcntl_async_signals(?bool $enable = null): bool",
        pcntl_async_signals,
    )
    .func("pcntl_alarm(int $seconds): int", pcntl_alarm)
    .func(
        "pcntl_sigprocmask(int $mode, array $signals, &$old_signals = null): bool",
        pcntl_sigprocmask,
    );
    for (name, v) in CONSTANTS {
        m.constant(name, Value::Int(*v));
    }
    process::register(&mut m);
    sigwait::register(&mut m);
    m
}

/// `SIG*` constants (Linux x86-64 numbers).
const CONSTANTS: &[(&str, i64)] = &[
    ("SIG_IGN", 1),
    ("SIG_DFL", 0),
    ("SIG_ERR", -1),
    ("SIG_BLOCK", 0),
    ("SIG_UNBLOCK", 1),
    ("SIG_SETMASK", 2),
    ("SIGHUP", 1),
    ("SIGINT", 2),
    ("SIGQUIT", 3),
    ("SIGILL", 4),
    ("SIGTRAP", 5),
    ("SIGABRT", 6),
    ("SIGIOT", 6),
    ("SIGBUS", 7),
    ("SIGFPE", 8),
    ("SIGKILL", 9),
    ("SIGUSR1", 10),
    ("SIGSEGV", 11),
    ("SIGUSR2", 12),
    ("SIGPIPE", 13),
    ("SIGALRM", 14),
    ("SIGTERM", 15),
    ("SIGSTKFLT", 16),
    ("SIGCHLD", 17),
    ("SIGCLD", 17),
    ("SIGCONT", 18),
    ("SIGSTOP", 19),
    ("SIGTSTP", 20),
    ("SIGTTIN", 21),
    ("SIGTTOU", 22),
    ("SIGURG", 23),
    ("SIGXCPU", 24),
    ("SIGXFSZ", 25),
    ("SIGVTALRM", 26),
    ("SIGPROF", 27),
    ("SIGWINCH", 28),
    ("SIGIO", 29),
    ("SIGPOLL", 29),
    ("SIGPWR", 30),
    ("SIGSYS", 31),
    ("SIGBABY", 31),
    ("SIGRTMIN", 34),
    ("SIGRTMAX", 64),
];

/// For the command line: this engine takes the process's signals, and SIGINT, SIGTERM and
/// SIGHUP end the script promptly (interrupting blocking calls), output flushed, the process
/// dying by the signal as PHP's does, unless the script installs its own handler. With
/// `interactive`, SIGINT cancels the running input instead and SIGTERM/SIGHUP keep their
/// system default.
pub fn handle_process_signals(vm: &mut Vm, interactive: bool) {
    attach(vm);
    SIGINT_CANCELS.store(interactive, Ordering::SeqCst);
    let caught: &[i32] = if interactive {
        &[libc::SIGINT]
    } else {
        &[libc::SIGINT, libc::SIGTERM, libc::SIGHUP]
    };
    for &s in caught {
        if os::set(s, Disposition::Catch { restart: false }).is_ok() {
            HOST_CAUGHT.fetch_or(1 << s, Ordering::SeqCst);
            URGENT.fetch_or(1 << s, Ordering::SeqCst);
        }
    }
}

/// Takes a SIGINT that arrived while the shell waited for input (Ctrl-C at the prompt of a
/// piped session); returns whether there was one. Other pending reasons stay.
pub fn take_idle_sigint(vm: &mut Vm) -> bool {
    let bits = vm.interrupt.take();
    vm.interrupt.put_back(bits & !(1 << libc::SIGINT));
    bits & (1 << libc::SIGINT) != 0
}

/// Points `vm` at the process-wide interrupt word and this module's dispatcher, and makes
/// the calling thread the one blocking calls are interrupted on.
fn attach(vm: &mut Vm) {
    vm.set_interrupt(os::shared().clone());
    vm.signal_hook = Some(dispatch);
    vm.tick_hook = Some(dispatch_queued);
    os::deliver_to_current_thread();
}

/// Whether the default action of `signo` ends the process (everything but the signals
/// ignored, or stopping/continuing it, by default).
fn default_terminates(signo: i32) -> bool {
    !matches!(
        signo,
        libc::SIGCHLD
            | libc::SIGCONT
            | libc::SIGURG
            | libc::SIGWINCH
            | libc::SIGSTOP
            | libc::SIGTSTP
            | libc::SIGTTIN
            | libc::SIGTTOU
    )
}

/// The runtime's signal hook (see [`phpsock_eval::interrupt::SignalHook`]).
fn dispatch(vm: &mut Vm, bits: u64, urgent_only: bool) -> Result<(), Unwind> {
    let mut handled = 0u64;
    for signo in 1..=61 {
        if bits & (1 << signo) == 0 {
            continue;
        }
        match state(vm).handlers.get(&signo) {
            Some(Value::Int(1)) => {}
            Some(Value::Int(_)) | None => default_action(vm, signo)?,
            Some(_) => handled |= 1 << signo,
        }
    }
    if handled == 0 {
        return Ok(());
    }
    let st = state(vm);
    if !st.async_signals || urgent_only {
        if st.async_signals {
            // Run at the next poll, after the interrupted call has finished as PHP's would.
            vm.interrupt.put_back(handled);
        } else {
            st.queued |= handled;
        }
        return Ok(());
    }
    run_handlers(vm, handled)
}

/// A signal nobody handles: the command line's flush-and-die, the shell's cancel; signals
/// the command line does not catch never get here.
fn default_action(vm: &mut Vm, signo: i32) -> Result<(), Unwind> {
    if signo == libc::SIGINT && SIGINT_CANCELS.load(Ordering::SeqCst) {
        return Err(vm.unwind(UnwindKind::Interrupted));
    }
    if default_terminates(signo) {
        vm.flush();
        os::die_by(signo);
    }
    Ok(())
}

/// Calls the script's handlers for the signals in `bits`, in signal order.
fn run_handlers(vm: &mut Vm, bits: u64) -> Result<(), Unwind> {
    for signo in 1..=61 {
        if bits & (1 << signo) == 0 {
            continue;
        }
        let Some(h) = state(vm).handlers.get(&signo).cloned() else {
            continue;
        };
        if matches!(h, Value::Int(_)) {
            continue;
        }
        let mut info = PhpArray::new();
        info.insert(Key::from_bytes(b"signo"), Value::Int(signo as i64));
        info.insert(Key::from_bytes(b"errno"), Value::Int(0));
        // SI_KERNEL for the alarm timer, SI_USER for signals sent by a process.
        let code = if signo == libc::SIGALRM { 128 } else { 0 };
        info.insert(Key::from_bytes(b"code"), Value::Int(code));
        vm.call_value(&h, vec![Value::Int(signo as i64), Value::from(info)])?;
    }
    Ok(())
}

/// Whether the script has a handler of its own (a callable) for `signo`.
pub(crate) fn has_handler(vm: &mut Vm, signo: i32) -> bool {
    matches!(state(vm).handlers.get(&signo), Some(h) if !matches!(h, Value::Int(_)))
}

/// `pcntl_signal(int $signal, callable|int $handler, bool $restart_syscalls = true): bool`
fn pcntl_signal(cx: &mut Ctx, a: &mut Args) -> NResult {
    let signo = a.int(0);
    if signo < 1 {
        return Err(cx.value_error(1, "must be greater than or equal to 1"));
    }
    if signo >= 65 {
        return Err(cx.value_error(1, "must be less than 65"));
    }
    let signo = signo as i32;
    let handler = a.get(1);
    let disposition = match &handler {
        Value::Int(0) => {
            if HOST_CAUGHT.load(Ordering::SeqCst) & (1 << signo) != 0 {
                Disposition::Catch { restart: false }
            } else {
                Disposition::Default
            }
        }
        Value::Int(1) => Disposition::Ignore,
        Value::Int(_) => {
            return Err(cx.value_error(
                2,
                "must be either SIG_DFL or SIG_IGN when an integer value is given",
            ))
        }
        _ => Disposition::Catch {
            // SIGALRM always interrupts system calls, as in PHP.
            restart: a.bool(2) && signo != libc::SIGALRM,
        },
    };
    if signo > 61 {
        // Real-time signals beyond what the interrupt word holds: accepted, not delivered.
        return Ok(Value::Bool(true));
    }
    if matches!(disposition, Disposition::Catch { .. }) {
        attach(cx.vm());
    }
    if os::set(signo, disposition).is_err() {
        return Err(cx
            .vm()
            .fatal(&format!("Error installing signal handler for {signo}")));
    }
    if matches!(handler, Value::Int(0)) {
        URGENT.fetch_or(
            HOST_CAUGHT.load(Ordering::SeqCst) & (1 << signo),
            Ordering::SeqCst,
        );
    } else {
        URGENT.fetch_and(!(1 << signo), Ordering::SeqCst);
    }
    state(cx.vm()).handlers.insert(signo, handler);
    Ok(Value::Bool(true))
}

/// `pcntl_signal_get_handler(int $signal): callable|int`
fn pcntl_signal_get_handler(cx: &mut Ctx, a: &mut Args) -> NResult {
    let signo = a.int(0);
    if !(1..=32).contains(&signo) {
        return Err(cx.value_error(1, "must be between 1 and 32"));
    }
    Ok(state(cx.vm())
        .handlers
        .get(&(signo as i32))
        .cloned()
        .unwrap_or(Value::Int(0)))
}

/// `pcntl_signal_dispatch(): bool`
fn pcntl_signal_dispatch(cx: &mut Ctx, _a: &mut Args) -> NResult {
    dispatch_queued(cx.vm())?;
    Ok(Value::Bool(true))
}

/// Runs the handlers of the signals waiting for dispatch: `pcntl_signal_dispatch()`, and
/// every tick under `declare(ticks)` (the tick function PHP's pcntl registers).
fn dispatch_queued(vm: &mut Vm) -> Result<(), Unwind> {
    // Signals that arrived since the last poll join the queue first.
    vm.poll()?;
    let queued = std::mem::take(&mut state(vm).queued);
    run_handlers(vm, queued)
}

/// `pcntl_async_signals(?bool $enable = null): bool`
fn pcntl_async_signals(cx: &mut Ctx, a: &mut Args) -> NResult {
    let st = state(cx.vm());
    let old = st.async_signals;
    if let Some(on) = a.opt_bool(0) {
        st.async_signals = on;
        if on && st.queued != 0 {
            let q = std::mem::take(&mut st.queued);
            cx.vm().interrupt.put_back(q);
        }
    }
    Ok(Value::Bool(old))
}

/// `pcntl_alarm(int $seconds): int`
fn pcntl_alarm(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.int(0).clamp(0, u32::MAX as i64) as u32;
    Ok(Value::Int(os::alarm(s) as i64))
}

/// `pcntl_sigprocmask(int $mode, array $signals, &$old_signals = null): bool`
fn pcntl_sigprocmask(cx: &mut Ctx, a: &mut Args) -> NResult {
    let how = a.int(0);
    let mut signals = Vec::new();
    for (_, v) in a.array(1).iter() {
        let n = match v.deref() {
            Value::Int(n) => n,
            other => other.to_int(),
        };
        match i32::try_from(n) {
            Ok(n) if (1..=64).contains(&n) => signals.push(n),
            _ => {
                cx.warn("Invalid argument")?;
                return Ok(Value::Bool(false));
            }
        }
    }
    let how = match how {
        0 => libc::SIG_BLOCK,
        1 => libc::SIG_UNBLOCK,
        2 => libc::SIG_SETMASK,
        _ => {
            cx.warn("Invalid argument")?;
            return Ok(Value::Bool(false));
        }
    };
    match os::mask(how, &signals) {
        Ok(old) => {
            if a.by_ref(2).is_some() {
                let list = old.into_iter().map(|s| Value::Int(s as i64)).collect();
                a.set_ref(2, Value::from(PhpArray::from_values(list)));
            }
            Ok(Value::Bool(true))
        }
        Err(e) => {
            cx.warn(crate::sockets::errors::strerror(
                e.raw_os_error().unwrap_or(libc::EINVAL) as i64,
            ))?;
            Ok(Value::Bool(false))
        }
    }
}
