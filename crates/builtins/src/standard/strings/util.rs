//! Helpers shared by the string functions: character masks, offsets, case folding.

use phpsock_eval::{Ctx, Unwind};

/// A set of bytes, as PHP's `php_charmask` builds it from a character list such as
/// `"a..z_"`.
pub(super) type CharMask = [bool; 256];

/// Builds a byte set from a character list with `x..y` ranges, raising PHP's warnings for
/// malformed ranges (the rest of the list still counts).
pub(super) fn char_mask(cx: &mut Ctx, list: &[u8]) -> Result<CharMask, Unwind> {
    let mut mask = [false; 256];
    let n = list.len();
    let mut i = 0;
    while i < n {
        let c = list[i];
        if i + 3 < n && list[i + 1] == b'.' && list[i + 2] == b'.' && list[i + 3] >= c {
            for b in c..=list[i + 3] {
                mask[b as usize] = true;
            }
            i += 4;
            continue;
        }
        if i + 1 < n && list[i] == b'.' && list[i + 1] == b'.' {
            let msg = if i == 0 {
                "Invalid '..'-range, no character to the left of '..'"
            } else if i + 2 >= n {
                "Invalid '..'-range, no character to the right of '..'"
            } else if list[i - 1] > list[i + 2] {
                "Invalid '..'-range, '..'-range needs to be incrementing"
            } else {
                "Invalid '..'-range"
            };
            cx.warn(msg)?;
            i += 1;
            continue;
        }
        mask[c as usize] = true;
        i += 1;
    }
    Ok(mask)
}

/// A byte set from a plain list (no ranges).
pub(super) fn plain_mask(list: &[u8]) -> CharMask {
    let mut mask = [false; 256];
    for &c in list {
        mask[c as usize] = true;
    }
    mask
}

/// Position of `needle` in `hay` (the empty needle is found at 0).
pub(super) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() > hay.len() {
        return None;
    }
    if needle.len() == 1 {
        return hay.iter().position(|&b| b == needle[0]);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Position of the last `needle` in `hay` (the empty needle is found at the end).
pub(super) fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// ASCII-lowercased copy (PHP 8.2's locale-independent case folding).
pub(super) fn lower(b: &[u8]) -> Vec<u8> {
    b.to_ascii_lowercase()
}

/// Resolves a possibly negative offset against `len`; `None` when it falls outside
/// `0..=len` (the caller raises "must be contained in argument #1").
pub(super) fn offset_in(offset: i64, len: usize) -> Option<usize> {
    let len = len as i128;
    let mut o = offset as i128;
    if o < 0 {
        o += len;
    }
    (0..=len).contains(&o).then_some(o as usize)
}
