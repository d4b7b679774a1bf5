//! Appending to a vector without building the value first.
//!
//! `Vec::push(v)` receives a value already built: when it is assembled field by field on the
//! stack and then copied 16 bytes at a time into the vector, each wide load waits for the
//! narrow stores before it to reach the cache (a store-forwarding stall, 10–15 cycles). The
//! hot pushes (call frames, trace entries) write their value straight into the vector's
//! memory instead.

/// Appends the value `make` builds, written directly into `v`'s spare capacity.
#[inline(always)]
pub(crate) fn push_with<T>(v: &mut Vec<T>, make: impl FnOnce() -> T) {
    if v.len() == v.capacity() {
        v.reserve(1);
    }
    let len = v.len();
    // `reserve(1)` above left room for one more element: the spare part is not empty.
    v.spare_capacity_mut()[0].write(make());
    // SAFETY: the element at index `len` was just initialised by `write`, and those below
    // `len` were initialised already, so the first `len + 1` elements are; `len + 1` is
    // within the capacity since the spare part had an element at index 0.
    unsafe { v.set_len(len + 1) };
}
