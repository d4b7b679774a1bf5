//! How much machine stack is left. PHP calls recurse on the Rust stack, so before each call
//! the runtime checks that enough remains and otherwise ends the script with PHP's own fatal
//! error instead of overflowing. On a thread's own stack `stacker` knows the limit; generator
//! bodies run on coroutine stacks it cannot see, so those record their lowest usable address
//! here while they run.

use std::cell::Cell;

/// Stack kept free below the deepest PHP call on a thread's stack: room for the deepest native
/// work a call can start (sorting with callbacks, dumping nested arrays, the error report).
const RED_ZONE: usize = 512 * 1024;

/// The same margin on a generator's coroutine stack, which is smaller.
const COROUTINE_RED_ZONE: usize = 256 * 1024;

thread_local! {
    /// Lowest usable address of the coroutine stack being run, or 0 on the thread's own stack.
    static COROUTINE_LOW: Cell<usize> = const { Cell::new(0) };
}

/// An address inside the current stack frame (no `unsafe`: the address of a local).
#[inline(always)]
fn stack_pointer() -> usize {
    let marker = 0u8;
    std::ptr::addr_of!(marker) as usize
}

thread_local! {
    /// Lowest address the thread's own stack may reach before [`nearly_full`] says so
    /// (its limit plus the red zone), found once; 0 until then or when unknown.
    static THREAD_FLOOR: Cell<usize> = const { Cell::new(0) };
}

thread_local! {
    /// The address below which [`nearly_full`] says so, for the stack being run (the
    /// thread's floor or a coroutine's lowest address plus its red zone); 0 until known.
    static LIMIT: Cell<usize> = const { Cell::new(0) };
}

/// Whether the stack is almost used up.
#[inline]
pub fn nearly_full() -> bool {
    match LIMIT.get() {
        0 => nearly_full_slow(),
        limit => stack_pointer() < limit,
    }
}

/// [`nearly_full`] before the limit of the running stack is known.
#[cold]
#[inline(never)]
fn nearly_full_slow() -> bool {
    match COROUTINE_LOW.get() {
        0 => {
            let sp = stack_pointer();
            let floor = THREAD_FLOOR.get();
            if floor != 0 {
                LIMIT.set(floor);
                return sp < floor;
            }
            match stacker::remaining_stack() {
                Some(left) => {
                    // The stack's end is `sp - left`; remember where the red zone starts.
                    let floor = sp.saturating_sub(left).saturating_add(RED_ZONE);
                    THREAD_FLOOR.set(floor);
                    LIMIT.set(floor);
                    left < RED_ZONE
                }
                None => false,
            }
        }
        low => {
            LIMIT.set(low.saturating_add(COROUTINE_RED_ZONE));
            stack_pointer().saturating_sub(low) < COROUTINE_RED_ZONE
        }
    }
}

/// Records `low` as the running coroutine's lowest usable address (0: the thread's own
/// stack) and sets [`LIMIT`] to match.
fn set_low(low: usize) {
    COROUTINE_LOW.set(low);
    LIMIT.set(match low {
        0 => THREAD_FLOOR.get(),
        low => low.saturating_add(COROUTINE_RED_ZONE),
    });
}

/// Called first thing in a coroutine body whose stack is `size` bytes: records where that
/// stack ends (stacks grow down; the body starts near the top). Returns the address recorded.
pub fn enter_coroutine(size: usize) -> usize {
    let low = stack_pointer().saturating_sub(size);
    set_low(low);
    low
}

/// The coroutine limit in force (0 on the thread's own stack), to save around a resume.
pub fn current() -> usize {
    COROUTINE_LOW.get()
}

/// Puts back a limit saved with [`current`] (or a coroutine's, before resuming it).
pub fn set(low: usize) {
    set_low(low);
}
