//! Stopping a running script from outside: a host's cancel, the `max_execution_time` watchdog,
//! or a signal.
//!
//! An [`Interrupt`] is a shared word of pending reasons. Anyone holding a clone (another
//! thread, a signal handler, a timer) sets a reason; the evaluator looks at the word at every
//! loop back-edge and user function call ([`Vm::poll`], one relaxed atomic load) and, when it
//! is non-zero, services it ([`Vm::service_interrupt`]): a cancel unwinds the whole run, a
//! timeout becomes PHP's fatal error, signals go to the hook the `pcntl` module installs.
//! Blocking calls that return `EINTR` call [`Vm::check_interrupted`] to act at once on
//! reasons that end the script.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use crate::vm::{Unwind, UnwindKind, Vm};

/// Bits of the pending-reason word: signal `n` (1–61) is bit `n`.
pub const SIGNAL_BITS: u64 = (1 << 62) - 2;
/// Bit set by the `max_execution_time` watchdog.
pub const TIMEOUT: u64 = 1 << 62;
/// Bit set by [`Interrupt::cancel`].
pub const CANCEL: u64 = 1 << 63;

/// A handle that makes a running script stop at its next check (cheap to clone; `Send` and
/// `Sync`, so a host thread or a signal handler can hold one).
#[derive(Clone, Debug, Default)]
pub struct Interrupt(Arc<AtomicU64>);

impl Interrupt {
    /// A handle with nothing pending.
    pub fn new() -> Interrupt {
        Interrupt::default()
    }

    /// Whether anything is pending (the evaluator's hot-path check).
    #[inline(always)]
    pub fn is_pending(&self) -> bool {
        self.0.load(Ordering::Relaxed) != 0
    }

    /// Asks the script to stop: the run unwinds (no `finally`, no shutdown functions) and the
    /// host gets control back.
    pub fn cancel(&self) {
        self.0.fetch_or(CANCEL, Ordering::SeqCst);
    }

    /// Records that signal `signo` (1–61) arrived. Only an atomic or: safe in a signal handler.
    pub fn signal(&self, signo: i32) {
        if (1..=61).contains(&signo) {
            self.0.fetch_or(1 << signo, Ordering::SeqCst);
        }
    }

    /// Records that the time limit may have passed.
    pub fn timeout(&self) {
        self.0.fetch_or(TIMEOUT, Ordering::SeqCst);
    }

    /// The pending reasons, without clearing them.
    pub fn peek(&self) -> u64 {
        self.0.load(Ordering::SeqCst)
    }

    /// Takes (clears and returns) every pending reason.
    pub fn take(&self) -> u64 {
        self.0.swap(0, Ordering::SeqCst)
    }

    /// Puts reasons back (ones taken but left for later).
    pub fn put_back(&self, bits: u64) {
        if bits != 0 {
            self.0.fetch_or(bits, Ordering::SeqCst);
        }
    }

    /// Whether two handles share the same word.
    pub fn same_as(&self, other: &Interrupt) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// What the `pcntl` module does with pending signals: `(vm, signal bits, urgent_only)`.
/// With `urgent_only` (after a blocking call saw `EINTR`) it acts only on signals that end
/// the script and puts the others back for the next [`Vm::poll`].
pub type SignalHook = fn(&mut Vm, u64, bool) -> Result<(), Unwind>;

/// `max_execution_time` in force: PHP counts the CPU time the script uses (time spent
/// blocked or asleep does not count). A watchdog thread wakes after the remaining budget in
/// wall time and raises [`TIMEOUT`]; the check then compares the thread's CPU time.
#[derive(Debug)]
pub struct TimeLimit {
    /// The limit in seconds, as PHP prints it.
    pub seconds: u64,
    /// Thread CPU time when the limit was (re)started.
    start_cpu: Duration,
    /// Channel to the watchdog thread (dropping it ends the thread).
    watchdog: mpsc::Sender<(Instant, Interrupt)>,
}

impl TimeLimit {
    /// Starts a limit of `seconds` (> 0) counted from now, reporting to `interrupt`.
    pub fn start(seconds: u64, interrupt: &Interrupt) -> Option<TimeLimit> {
        let (tx, rx) = mpsc::channel::<(Instant, Interrupt)>();
        std::thread::Builder::new()
            .name("php-watchdog".into())
            .spawn(move || watchdog(rx))
            .ok()?;
        let limit = TimeLimit {
            seconds,
            start_cpu: thread_cpu_time(),
            watchdog: tx,
        };
        limit.arm(Duration::from_secs(seconds), interrupt);
        Some(limit)
    }

    fn arm(&self, after: Duration, interrupt: &Interrupt) {
        let when = Instant::now()
            .checked_add(after)
            .unwrap_or_else(Instant::now);
        let _ = self.watchdog.send((when, interrupt.clone()));
    }

    /// CPU time left, or `None` once the budget is spent.
    fn left(&self) -> Option<Duration> {
        let used = thread_cpu_time().saturating_sub(self.start_cpu);
        Duration::from_secs(self.seconds)
            .checked_sub(used)
            .filter(|d| !d.is_zero())
    }
}

/// Blocks every asynchronous signal in the calling thread, so that signals sent to the
/// process reach the interpreter's thread, where the script's own mask
/// (`pcntl_sigprocmask`) and handlers apply, as in single-threaded PHP. For helper threads
/// (the command line's main thread, the time-limit watchdog); never call it on the thread
/// that runs scripts.
pub fn block_signals_in_current_thread() {
    // SAFETY: an all-zero sigset_t is valid storage that sigfillset initialises; the set is
    // a live local that the calls only read and write; pthread_sigmask changes only the
    // calling thread's mask. Faults (SIGSEGV, SIGBUS, SIGFPE, SIGILL) stay unblocked, since
    // blocking a synchronous fault is undefined.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        for s in [libc::SIGSEGV, libc::SIGBUS, libc::SIGFPE, libc::SIGILL] {
            libc::sigdelset(&mut set, s);
        }
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

/// Ends a child of `pcntl_fork` with `status`, from the thread that forked (the child's
/// only thread), after flushing standard output and error.
///
/// It skips the standard library's exit clean-up: that takes locks that another thread of
/// the parent (the time-limit watchdog starting or ending, say) may have held at the
/// moment of the fork, and in the child nobody would ever release them. PHP's own child
/// exits the same way, through the C library.
pub fn exit_forked_child(status: i32) -> ! {
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    // SAFETY: `_exit` accepts any status, is async-signal-safe, and ends the process at
    // once without returning or running any Rust code, so no Rust invariant can be
    // observed broken afterwards.
    unsafe { libc::_exit(status) }
}

/// The watchdog: waits for the latest deadline it was sent, raises the timeout, and stops
/// when its [`TimeLimit`] is dropped.
fn watchdog(rx: mpsc::Receiver<(Instant, Interrupt)>) {
    block_signals_in_current_thread();
    let mut armed: Option<(Instant, Interrupt)> = None;
    loop {
        let msg = match &armed {
            None => rx.recv().map_err(|_| mpsc::RecvTimeoutError::Disconnected),
            Some((when, _)) => rx.recv_timeout(when.saturating_duration_since(Instant::now())),
        };
        match msg {
            Ok(next) => armed = Some(next),
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if let Some((_, i)) = armed.take() {
                    i.timeout();
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => return,
        }
    }
}

/// CPU time used by the calling thread.
fn thread_cpu_time() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a live, writable timespec for the duration of the call, which is all
    // clock_gettime needs; CLOCK_THREAD_CPUTIME_ID is always valid on Linux.
    let r = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if r != 0 {
        return Duration::ZERO;
    }
    Duration::new(
        ts.tv_sec.max(0) as u64,
        ts.tv_nsec.clamp(0, 999_999_999) as u32,
    )
}

impl Vm {
    /// Checks for a pending interrupt (loop back-edges, user calls): one relaxed load.
    #[inline(always)]
    pub fn poll(&mut self) -> Result<(), Unwind> {
        if self.interrupt.is_pending() {
            return self.service_interrupt(false);
        }
        Ok(())
    }

    /// For a blocking call that returned `EINTR`: ends the run now if what is pending asks
    /// for it (cancel, time limit, a signal whose action ends the script); otherwise leaves
    /// it for the next [`Vm::poll`] and returns `Ok`, and the call does what PHP does on
    /// `EINTR` (retry, or fail with "Interrupted system call").
    pub fn check_interrupted(&mut self) -> Result<(), Unwind> {
        if self.interrupt.is_pending() {
            return self.service_interrupt(true);
        }
        Ok(())
    }

    /// Acts on the pending reasons (see the module docs).
    #[cold]
    #[inline(never)]
    pub fn service_interrupt(&mut self, urgent_only: bool) -> Result<(), Unwind> {
        let bits = self.interrupt.take();
        if bits & CANCEL != 0 {
            return Err(self.unwind(UnwindKind::Interrupted));
        }
        if bits & TIMEOUT != 0 {
            if let Some(limit) = &self.time_limit {
                match limit.left() {
                    None => {
                        let n = limit.seconds;
                        self.time_limit = None;
                        let s = if n == 1 { "" } else { "s" };
                        return Err(self
                            .fatal(&format!("Maximum execution time of {n} second{s} exceeded")));
                    }
                    Some(left) => limit.arm(left, &self.interrupt),
                }
            }
        }
        let signals = bits & SIGNAL_BITS;
        if signals != 0 {
            if let Some(hook) = self.signal_hook {
                return hook(self, signals, urgent_only);
            }
        }
        Ok(())
    }

    /// Uses `interrupt` as this runtime's handle (e.g. one a host keeps, or the process-wide
    /// one signal handlers set); reasons already pending carry over.
    pub fn set_interrupt(&mut self, interrupt: Interrupt) {
        if !self.interrupt.same_as(&interrupt) {
            interrupt.put_back(self.interrupt.take());
            self.interrupt = interrupt;
            if let Some(limit) = &self.time_limit {
                // The watchdog must report to the new handle.
                limit.arm(limit.left().unwrap_or_default(), &self.interrupt);
            }
        }
    }

    /// (Re)starts the time limit at `seconds` from now (0: none), as `set_time_limit` and
    /// `ini_set('max_execution_time', …)` do.
    pub fn restart_time_limit(&mut self, seconds: i64) {
        self.time_limit = match u64::try_from(seconds) {
            Ok(0) | Err(_) => None,
            Ok(n) => match &self.time_limit {
                Some(old) => {
                    let limit = TimeLimit {
                        seconds: n,
                        start_cpu: thread_cpu_time(),
                        watchdog: old.watchdog.clone(),
                    };
                    limit.arm(Duration::from_secs(n), &self.interrupt);
                    Some(limit)
                }
                None => TimeLimit::start(n, &self.interrupt),
            },
        };
    }

    /// `memory_limit` in bytes (`u64::MAX`: unlimited).
    pub fn memory_limit(&self) -> u64 {
        self.memory_limit
    }

    /// Refuses to build one string or array of `bytes` bytes past `memory_limit`, with PHP's
    /// fatal error. phpsock does not count the script's total usage: it checks each value
    /// where one can grow without bound (string building, array growth).
    #[inline]
    pub fn check_alloc(&mut self, bytes: usize) -> Result<(), Unwind> {
        if bytes as u64 > self.memory_limit {
            return Err(self.memory_exhausted(bytes as u64));
        }
        Ok(())
    }

    /// After an array write leaves `len` elements: when the table has just doubled, checks
    /// its size (32 bytes an element, PHP's hash bucket) against `memory_limit`.
    #[inline]
    pub fn check_array_growth(&mut self, len: usize) -> Result<(), Unwind> {
        if len >= 1024 && len.is_power_of_two() {
            return self.check_alloc(len.saturating_mul(32));
        }
        Ok(())
    }

    /// `Allowed memory size of N bytes exhausted (tried to allocate M bytes)`.
    #[cold]
    pub fn memory_exhausted(&mut self, bytes: u64) -> Unwind {
        let limit = self.memory_limit;
        // PHP reports the block it asked for: its header added, rounded up to pages.
        let tried = (bytes.saturating_add(24))
            .div_ceil(4096)
            .saturating_mul(4096);
        self.fatal(&format!(
            "Allowed memory size of {limit} bytes exhausted (tried to allocate {tried} bytes)"
        ))
    }
}
