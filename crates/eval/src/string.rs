//! [`PhpStr`]: PHP's binary-safe, reference-counted byte string.

use std::fmt;
use std::rc::Rc;

/// A binary-safe PHP string. Cloning is a reference-count bump; mutation copies on write
/// (`Rc::make_mut`), so `$s .= "x"` on an unshared string appends in place.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PhpStr(Rc<Vec<u8>>);

thread_local! {
    /// One `""` shared by all empty strings made with [`PhpStr::empty`] (writers copy it).
    static EMPTY: PhpStr = PhpStr(Rc::new(Vec::new()));
}

impl Default for PhpStr {
    fn default() -> PhpStr {
        PhpStr::empty()
    }
}

impl PhpStr {
    /// The empty string (shared: no allocation).
    #[inline]
    pub fn empty() -> PhpStr {
        EMPTY.with(PhpStr::clone)
    }

    /// A string holding a copy of `b`.
    pub fn new(b: &[u8]) -> PhpStr {
        if b.is_empty() {
            return PhpStr::empty();
        }
        PhpStr(Rc::new(b.to_vec()))
    }

    /// A string taking ownership of `v`.
    pub fn from_vec(v: Vec<u8>) -> PhpStr {
        PhpStr(Rc::new(v))
    }

    /// The bytes.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// Length in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True for `""`.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Mutable access to the bytes, copying first if the string is shared.
    pub fn make_mut(&mut self) -> &mut Vec<u8> {
        Rc::make_mut(&mut self.0)
    }

    /// Appends bytes (in place when unshared; a shared string is copied once, with room for
    /// the appended bytes).
    pub fn push_bytes(&mut self, b: &[u8]) {
        match Rc::get_mut(&mut self.0) {
            Some(v) => v.extend_from_slice(b),
            None => {
                let mut v = Vec::with_capacity(self.0.len() + b.len());
                v.extend_from_slice(&self.0);
                v.extend_from_slice(b);
                self.0 = Rc::new(v);
            }
        }
    }

    /// The bytes as (lossy) UTF-8, for messages.
    pub fn to_string_lossy(&self) -> String {
        String::from_utf8_lossy(&self.0).into_owned()
    }

    /// Takes the bytes out, copying only when shared.
    pub fn into_vec(self) -> Vec<u8> {
        Rc::try_unwrap(self.0).unwrap_or_else(|rc| (*rc).clone())
    }

    /// ASCII-lowercased copy (PHP's case-insensitive names).
    pub fn to_ascii_lowercase(&self) -> PhpStr {
        PhpStr::from_vec(self.0.to_ascii_lowercase())
    }

    /// True if both strings share storage (cheap identity check).
    pub fn ptr_eq(&self, other: &PhpStr) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl From<&str> for PhpStr {
    fn from(s: &str) -> PhpStr {
        PhpStr::new(s.as_bytes())
    }
}

impl From<String> for PhpStr {
    fn from(s: String) -> PhpStr {
        PhpStr::from_vec(s.into_bytes())
    }
}

impl From<&[u8]> for PhpStr {
    fn from(s: &[u8]) -> PhpStr {
        PhpStr::new(s)
    }
}

impl From<Vec<u8>> for PhpStr {
    fn from(v: Vec<u8>) -> PhpStr {
        PhpStr::from_vec(v)
    }
}

impl std::ops::Deref for PhpStr {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for PhpStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", String::from_utf8_lossy(&self.0))
    }
}

impl fmt::Display for PhpStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&String::from_utf8_lossy(&self.0))
    }
}
