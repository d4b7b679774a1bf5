//! The operating-system side of signals: installing handlers, masks, `alarm`, `kill`.
//!
//! The one handler, [`on_signal`], only records the signal in the process-wide
//! [`Interrupt`] (an atomic or) and, when it runs on another thread than the interpreter's,
//! forwards the signal to that thread with `tgkill` so a blocking system call there returns
//! `EINTR`. Everything else happens later, on the interpreter thread, when the runtime polls.
//!
//! Every `unsafe` block here states why it is sound; the rest of the module is safe code.

use phpsock_eval::Interrupt;
use std::io;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::OnceLock;
use std::time::Duration;

/// The interrupt word signal handlers write to (shared by every engine that takes signals).
static SHARED: OnceLock<Interrupt> = OnceLock::new();

/// Kernel thread id of the interpreter thread that should see `EINTR` (0: none).
static TARGET_TID: AtomicI32 = AtomicI32::new(0);

/// The process-wide interrupt handle signal handlers set.
pub fn shared() -> &'static Interrupt {
    SHARED.get_or_init(Interrupt::new)
}

/// Makes the calling thread the one signals are forwarded to.
pub fn deliver_to_current_thread() {
    TARGET_TID.store(gettid(), Ordering::SeqCst);
}

fn gettid() -> i32 {
    // SAFETY: gettid takes no arguments, cannot fail and touches no memory.
    unsafe { libc::gettid() }
}

/// The signal handler: async-signal-safe (atomics, `gettid`, `getpid`, `tgkill`; `errno` is
/// saved and restored).
extern "C" fn on_signal(signo: libc::c_int) {
    // SAFETY: __errno_location returns the calling thread's errno slot, valid for the
    // thread's lifetime; reading and writing an int through it is what C code does.
    let errno = unsafe { *libc::__errno_location() };
    let target = TARGET_TID.load(Ordering::SeqCst);
    // Recorded once, by the interpreter thread; another thread only forwards the signal
    // there (recording it too would let the script see it twice).
    let mut forwarded = false;
    if target != 0 && target != gettid() {
        // SAFETY: a raw system call with integer arguments only. A stale thread id makes
        // the kernel return ESRCH; nothing is dereferenced.
        let r = unsafe {
            libc::syscall(
                libc::SYS_tgkill,
                libc::getpid() as libc::c_long,
                target as libc::c_long,
                signo as libc::c_long,
            )
        };
        forwarded = r == 0;
    }
    if !forwarded {
        if let Some(i) = SHARED.get() {
            i.signal(signo);
        }
    }
    // SAFETY: as above, the calling thread's errno slot.
    unsafe { *libc::__errno_location() = errno };
}

/// What the OS does with a signal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Disposition {
    /// The system default (terminate, ignore, stop… depending on the signal).
    Default,
    /// Ignored.
    Ignore,
    /// Caught by [`on_signal`]; `restart` sets `SA_RESTART` (system calls other than
    /// `select`, sleeps and the like resume after the handler instead of failing with `EINTR`).
    Catch { restart: bool },
}

/// Sets the disposition of `signo`.
pub fn set(signo: i32, d: Disposition) -> io::Result<()> {
    if d != Disposition::Default && d != Disposition::Ignore {
        // The handler may run before this returns.
        let _ = shared();
    }
    // SAFETY: an all-zero sigaction is a valid value (empty mask, no flags, SIG_DFL).
    let mut act: libc::sigaction = unsafe { std::mem::zeroed() };
    act.sa_sigaction = match d {
        Disposition::Default => libc::SIG_DFL,
        Disposition::Ignore => libc::SIG_IGN,
        Disposition::Catch { restart } => {
            if restart {
                act.sa_flags = libc::SA_RESTART;
            }
            on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t
        }
    };
    // SAFETY: `act.sa_mask` is a live sigset_t owned by this frame.
    unsafe { libc::sigemptyset(&mut act.sa_mask) };
    // SAFETY: `act` is fully initialised and lives across the call; a null old-action
    // pointer is allowed. The handler installed is async-signal-safe (see `on_signal`).
    let r = unsafe { libc::sigaction(signo, &act, std::ptr::null_mut()) };
    if r != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Ends the process the way the signal's default action does (after the caller flushed
/// output): default disposition, signal unblocked, raised. Falls back to `exit(128 + n)`.
pub fn die_by(signo: i32) -> ! {
    let _ = set(signo, Disposition::Default);
    let _ = mask(libc::SIG_UNBLOCK, &[signo]);
    // SAFETY: raise only sends a signal to the calling thread.
    unsafe { libc::raise(signo) };
    std::process::exit(128 + signo)
}

/// `sigprocmask` for the calling thread (`how`: SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK);
/// returns the signals blocked before, in ascending order.
pub fn mask(how: i32, signals: &[i32]) -> io::Result<Vec<i32>> {
    // SAFETY: all-zero sigset_t values are valid storage; sigemptyset initialises them.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    let mut old: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is a live local sigset_t.
    unsafe { libc::sigemptyset(&mut set) };
    for &s in signals {
        // SAFETY: `set` is a live, initialised sigset_t; a bad number gives EINVAL.
        if unsafe { libc::sigaddset(&mut set, s) } != 0 {
            return Err(io::Error::from_raw_os_error(libc::EINVAL));
        }
    }
    // SAFETY: both sets are live locals; the kernel reads `set` and fills `old`.
    let r = unsafe { libc::pthread_sigmask(how, &set, &mut old) };
    if r != 0 {
        return Err(io::Error::from_raw_os_error(r));
    }
    // SAFETY: `old` was filled by pthread_sigmask; sigismember only reads it.
    Ok((1..=64)
        .filter(|&s| unsafe { libc::sigismember(&old, s) } == 1)
        .collect())
}

/// `alarm(seconds)`: the seconds left of the previous alarm.
pub fn alarm(seconds: u32) -> u32 {
    // SAFETY: alarm takes an integer and touches no memory.
    unsafe { libc::alarm(seconds) }
}

/// `kill(pid, sig)`.
pub fn kill(pid: i32, sig: i32) -> io::Result<()> {
    // SAFETY: kill takes integers and touches no memory.
    if unsafe { libc::kill(pid, sig) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Sleeps for `d` unless a signal handler runs first; returns the time left then.
pub fn sleep(d: Duration) -> Option<Duration> {
    let req = libc::timespec {
        tv_sec: d.as_secs().min(libc::time_t::MAX as u64) as libc::time_t,
        tv_nsec: d.subsec_nanos() as libc::c_long,
    };
    let mut rem = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: both timespecs are live locals; the kernel reads `req` and writes `rem`.
    let r = unsafe { libc::nanosleep(&req, &mut rem) };
    if r == 0 {
        return None;
    }
    Some(Duration::new(
        rem.tv_sec.max(0) as u64,
        rem.tv_nsec.clamp(0, 999_999_999) as u32,
    ))
}

/// `fork()`: the child's pid in the parent, 0 in the child.
///
/// Only the calling thread goes on in the child. The caller must have flushed buffered
/// output first, and in the child must call [`after_fork_in_child`] before anything else.
pub fn fork() -> io::Result<i32> {
    // SAFETY: fork takes no arguments and touches no memory of ours. In a multi-threaded
    // process the child gets only the calling thread; what other threads may hold is the
    // concern. phpsock's other threads are the command line's main thread (blocked in
    // `join`, holding no lock), the optional time-limit watchdog (blocked on its channel,
    // no lock held while it waits) and a host's own threads; the allocator (mimalloc) uses
    // per-thread heaps and is fork-safe. The child then keeps using only this thread's
    // state, which is exactly what was copied, so no Rust invariant is broken.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(pid)
}

/// Fixes process-wide signal state in a freshly forked child: signals are now forwarded
/// to this thread (the child's only one), and nothing the parent had pending carries over
/// (a child starts with no pending signals).
pub fn after_fork_in_child() {
    if TARGET_TID.load(Ordering::SeqCst) != 0 {
        deliver_to_current_thread();
    }
    if let Some(i) = SHARED.get() {
        let bits = i.take();
        i.put_back(bits & !phpsock_eval::interrupt::SIGNAL_BITS);
    }
}

/// What `wait4` reports about a child.
#[derive(Clone, Copy, Debug, Default)]
pub struct Waited {
    /// The child's pid (0 with `WNOHANG` and nothing to report).
    pub pid: i32,
    /// The raw wait status.
    pub status: i32,
    /// The child's resource usage, in PHP's key order (see `RUSAGE_KEYS`).
    pub rusage: [i64; 17],
}

/// `wait4(pid, &status, flags, &rusage)`; `status` is the value the status word starts
/// with (left as is when the kernel reports nothing).
pub fn wait4(pid: i32, flags: i32, status: i32) -> io::Result<Waited> {
    let mut status: libc::c_int = status;
    // SAFETY: an all-zero rusage is a valid value of the plain C struct.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `status` and `ru` are live, writable locals for the duration of the call;
    // the kernel writes only them.
    let r = unsafe { libc::wait4(pid, &mut status, flags, &mut ru) };
    if r < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(Waited {
        pid: r,
        status,
        rusage: rusage_values(&ru),
    })
}

/// `getrusage(who)`: the process's (`RUSAGE_SELF`, 0) or its children's (`RUSAGE_CHILDREN`,
/// -1) resource usage, in PHP's key order.
pub fn getrusage(who: i32) -> io::Result<[i64; 17]> {
    // SAFETY: an all-zero rusage is a valid value of the plain C struct.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `ru` is a live, writable local for the duration of the call; the kernel
    // writes only it.
    if unsafe { libc::getrusage(who, &mut ru) } < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(rusage_values(&ru))
}

/// A `struct rusage` in PHP's key order (`RUSAGE_KEYS` in `process.rs`).
fn rusage_values(ru: &libc::rusage) -> [i64; 17] {
    [
        ru.ru_oublock,
        ru.ru_inblock,
        ru.ru_msgsnd,
        ru.ru_msgrcv,
        ru.ru_maxrss,
        ru.ru_ixrss,
        ru.ru_idrss,
        ru.ru_minflt,
        ru.ru_majflt,
        ru.ru_nsignals,
        ru.ru_nvcsw,
        ru.ru_nivcsw,
        ru.ru_nswap,
        ru.ru_utime.tv_usec,
        ru.ru_utime.tv_sec,
        ru.ru_stime.tv_usec,
        ru.ru_stime.tv_sec,
    ]
}

/// `getpriority(which, who)`: the nice value.
pub fn getpriority(which: i32, who: i32) -> io::Result<i32> {
    // -1 is also a valid priority: errno, cleared first, tells a failure apart.
    // SAFETY: __errno_location returns the calling thread's errno slot, valid for the
    // thread's lifetime; getpriority takes integers and touches no memory of ours.
    unsafe {
        *libc::__errno_location() = 0;
        let r = libc::getpriority(which as libc::__priority_which_t, who as libc::id_t);
        if r == -1 && *libc::__errno_location() != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(r)
    }
}

/// `setpriority(which, who, prio)`.
pub fn setpriority(which: i32, who: i32, prio: i32) -> io::Result<()> {
    // SAFETY: setpriority takes integers and touches no memory of ours.
    let r =
        unsafe { libc::setpriority(which as libc::__priority_which_t, who as libc::id_t, prio) };
    if r != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// `unshare(flags)`.
pub fn unshare(flags: i32) -> io::Result<()> {
    // SAFETY: unshare takes an integer and touches no memory of ours.
    if unsafe { libc::unshare(flags) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// What `sigwaitinfo`/`sigtimedwait` report about the signal taken.
#[derive(Clone, Copy, Debug, Default)]
pub struct SigInfo {
    /// `si_signo`.
    pub signo: i32,
    /// `si_errno`.
    pub errno: i32,
    /// `si_code`.
    pub code: i32,
    /// `si_pid` (sender, or the child for `SIGCHLD`).
    pub pid: i32,
    /// `si_uid`.
    pub uid: u32,
    /// `si_status` (`SIGCHLD`).
    pub status: i32,
    /// `si_utime` (`SIGCHLD`, clock ticks).
    pub utime: i64,
    /// `si_stime` (`SIGCHLD`, clock ticks).
    pub stime: i64,
    /// `si_addr` (faults).
    pub addr: usize,
}

/// Waits for one of `signals` (which the caller has blocked), for at most `timeout`
/// (seconds, nanoseconds) when given. The outer error is a signal number `sigaddset`
/// refuses; the inner one the wait's own failure (`EAGAIN` on timeout).
pub fn sigwait(signals: &[i64], timeout: Option<(i64, i64)>) -> io::Result<io::Result<SigInfo>> {
    // SAFETY: an all-zero sigset_t is valid storage; sigemptyset initialises it.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is a live local sigset_t.
    unsafe { libc::sigemptyset(&mut set) };
    for &s in signals {
        let s = libc::c_int::try_from(s).unwrap_or(-1);
        // SAFETY: `set` is a live, initialised sigset_t; a bad number gives EINVAL.
        if unsafe { libc::sigaddset(&mut set, s) } != 0 {
            return Err(io::Error::last_os_error());
        }
    }
    // SAFETY: an all-zero siginfo_t is a valid value of the plain C struct.
    let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
    let r = match timeout {
        None => {
            // SAFETY: `set` and `info` are live locals; the kernel reads one, writes the other.
            unsafe { libc::sigwaitinfo(&set, &mut info) }
        }
        Some((sec, nsec)) => {
            let ts = libc::timespec {
                tv_sec: sec as libc::time_t,
                tv_nsec: nsec as libc::c_long,
            };
            // SAFETY: `set`, `info` and `ts` are live locals; the kernel reads `set` and
            // `ts` and writes `info`.
            unsafe { libc::sigtimedwait(&set, &mut info, &ts) }
        }
    };
    if r < 0 {
        return Ok(Err(io::Error::last_os_error()));
    }
    // SAFETY: the kernel filled `info` for signal `r`; the accessors read the union member
    // the C API defines for every signal (pid/uid, and for SIGCHLD status and times), and
    // si_addr is only a number here, never dereferenced.
    let (pid, uid, status, utime, stime, addr) = unsafe {
        (
            info.si_pid(),
            info.si_uid(),
            info.si_status(),
            info.si_utime() as i64,
            info.si_stime() as i64,
            info.si_addr() as usize,
        )
    };
    Ok(Ok(SigInfo {
        signo: info.si_signo,
        errno: info.si_errno,
        code: info.si_code,
        pid,
        uid,
        status,
        utime,
        stime,
        addr,
    }))
}

/// `times()`: the clock ticks since an arbitrary point, then the process's user and system
/// times and its waited-for children's, in clock ticks.
pub fn times() -> io::Result<[i64; 5]> {
    // SAFETY: an all-zero tms is a valid value of the plain C struct.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: `t` is a live, writable local; the kernel writes only it.
    let ticks = unsafe { libc::times(&mut t) };
    if ticks == -1 as libc::clock_t {
        return Err(io::Error::last_os_error());
    }
    Ok([
        ticks as i64,
        t.tms_utime as i64,
        t.tms_stime as i64,
        t.tms_cutime as i64,
        t.tms_cstime as i64,
    ])
}

/// `ttyname_r(fd)`: the terminal's path.
pub fn ttyname(fd: i32) -> io::Result<Vec<u8>> {
    let mut buf = vec![0u8; 256];
    // SAFETY: `buf` is a live, writable buffer of the length passed; ttyname_r writes at
    // most that many bytes, NUL included.
    let r = unsafe { libc::ttyname_r(fd, buf.as_mut_ptr().cast(), buf.len()) };
    if r != 0 {
        return Err(io::Error::from_raw_os_error(r));
    }
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    buf.truncate(end);
    Ok(buf)
}

extern "C" {
    /// POSIX `getlogin_r` (in every libc phpsock runs on; the `libc` crate lacks it).
    fn getlogin_r(buf: *mut libc::c_char, len: libc::size_t) -> libc::c_int;
}

/// `getlogin_r()`: the name of the user logged in on the controlling terminal.
pub fn getlogin() -> io::Result<Vec<u8>> {
    let mut buf = vec![0u8; 256];
    // SAFETY: `buf` is a live, writable buffer of the length passed; getlogin_r writes at
    // most that many bytes, NUL included.
    let r = unsafe { getlogin_r(buf.as_mut_ptr().cast(), buf.len()) };
    if r != 0 {
        return Err(io::Error::from_raw_os_error(r));
    }
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    buf.truncate(end);
    Ok(buf)
}
