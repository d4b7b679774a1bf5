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

/// Whether the stack is almost used up.
#[inline]
pub fn nearly_full() -> bool {
    match COROUTINE_LOW.get() {
        0 => {
            let sp = stack_pointer();
            let floor = THREAD_FLOOR.get();
            if floor != 0 {
                return sp < floor;
            }
            match stacker::remaining_stack() {
                Some(left) => {
                    // The stack's end is `sp - left`; remember where the red zone starts.
                    THREAD_FLOOR.set(sp.saturating_sub(left).saturating_add(RED_ZONE));
                    left < RED_ZONE
                }
                None => false,
            }
        }
        low => stack_pointer().saturating_sub(low) < COROUTINE_RED_ZONE,
    }
}

/// Called first thing in a coroutine body whose stack is `size` bytes: records where that
/// stack ends (stacks grow down; the body starts near the top). Returns the address recorded.
pub fn enter_coroutine(size: usize) -> usize {
    let low = stack_pointer().saturating_sub(size);
    COROUTINE_LOW.set(low);
    low
}

/// The coroutine limit in force (0 on the thread's own stack), to save around a resume.
pub fn current() -> usize {
    COROUTINE_LOW.get()
}

/// Puts back a limit saved with [`current`] (or a coroutine's, before resuming it).
pub fn set(low: usize) {
    COROUTINE_LOW.set(low);
}
