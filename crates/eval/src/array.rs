//! [`PhpArray`]: PHP's ordered hash map.
//!
//! Packed (`Vec<Value>`) while the keys are exactly `0..len`; otherwise a vector of entries
//! in insertion order with tombstones for removed ones, plus a hash index from key to entry
//! position. Positions are stable (removal leaves a tombstone), which is what the internal
//! pointer and `foreach` rely on; tombstones are compacted only when the entry vector has
//! to grow, and [`PhpArray::generation`] changes when that happens.

use crate::string::PhpStr;
use crate::value::Value;
use hashbrown::HashTable;
use std::fmt;

/// A normalised array key.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Key {
    /// Integer key (also for canonical decimal strings such as `"8"`).
    Int(i64),
    /// Any other string key (`"08"`, `"-0"`, `""`).
    Str(PhpStr),
}

impl Key {
    /// Normalises a string key: canonical decimal integers become [`Key::Int`].
    pub fn from_bytes(b: &[u8]) -> Key {
        match canonical_int(b) {
            Some(i) => Key::Int(i),
            None => Key::Str(PhpStr::new(b)),
        }
    }

    /// Normalises a string key, reusing the string when it stays a string key.
    pub fn from_phpstr(s: PhpStr) -> Key {
        match canonical_int(s.as_bytes()) {
            Some(i) => Key::Int(i),
            None => Key::Str(s),
        }
    }

    /// The key as a PHP value.
    pub fn to_value(&self) -> Value {
        match self {
            Key::Int(i) => Value::Int(*i),
            Key::Str(s) => Value::Str(s.clone()),
        }
    }

    fn hash(&self) -> u64 {
        match self {
            Key::Int(i) => hash_int(*i),
            Key::Str(s) => hash_bytes(s.as_bytes()),
        }
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Key::Int(i) => write!(f, "{i}"),
            Key::Str(s) => write!(f, "{s}"),
        }
    }
}

/// If `b` is a canonical decimal integer (`0`, `-5`, `123`, no leading zeros, no `-0`, fits
/// in `i64`), returns it.
pub fn canonical_int(b: &[u8]) -> Option<i64> {
    let (neg, digits) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        _ => (false, b),
    };
    if digits.is_empty() || digits.len() > 19 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    if digits[0] == b'0' && (digits.len() > 1 || neg) {
        return None;
    }
    let mut v: i64 = 0;
    for &d in digits {
        let d = (d - b'0') as i64;
        v = if neg {
            v.checked_mul(10)?.checked_sub(d)?
        } else {
            v.checked_mul(10)?.checked_add(d)?
        };
    }
    Some(v)
}

#[inline]
fn hash_int(i: i64) -> u64 {
    let x = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    x ^ (x >> 29)
}

#[inline]
fn hash_bytes(b: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = b.len() as u64;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    for &x in chunks.remainder() {
        h = (h.rotate_left(5) ^ x as u64).wrapping_mul(K);
    }
    h ^ (h >> 31)
}

/// The array behind `a` for writing, copied first when it is shared (`Rc::make_mut`): the
/// unshared case is tested in line and the copy is out of line, so a write to an unshared
/// array makes no call.
#[inline(always)]
pub fn make_mut(a: &mut std::rc::Rc<PhpArray>) -> &mut PhpArray {
    if std::rc::Rc::get_mut(a).is_none() {
        return separate(a);
    }
    match std::rc::Rc::get_mut(a) {
        Some(x) => x,
        // Tested just above (the test folds away).
        None => unreachable!("array checked unshared"),
    }
}

/// The copying half of [`make_mut`].
#[cold]
#[inline(never)]
fn separate(a: &mut std::rc::Rc<PhpArray>) -> &mut PhpArray {
    std::rc::Rc::make_mut(a)
}

#[derive(Clone, Debug)]
struct Bucket {
    hash: u64,
    key: Key,
    val: Value,
}

#[derive(Clone, Debug, Default)]
struct HashPart {
    entries: Vec<Option<Bucket>>,
    index: HashTable<u32>,
    live: usize,
}

impl HashPart {
    fn find(&self, key: &Key, hash: u64) -> Option<usize> {
        let entries = &self.entries;
        self.index
            .find(
                hash,
                |&i| matches!(&entries[i as usize], Some(b) if b.key == *key),
            )
            .map(|&i| i as usize)
    }

    fn push_entry(&mut self, key: Key, hash: u64, val: Value) -> usize {
        let pos = self.entries.len();
        self.entries.push(Some(Bucket { hash, key, val }));
        let entries = &self.entries;
        self.index.insert_unique(hash, pos as u32, |&i| {
            entries[i as usize].as_ref().map_or(0, |b| b.hash)
        });
        self.live += 1;
        pos
    }
}

#[derive(Clone, Debug)]
enum Repr {
    Packed(Vec<Value>),
    Hash(Box<HashPart>),
}

/// The distinct string keys of an array literal, normalised and hashed once (see
/// [`PhpArray::from_lit_keys`]).
#[derive(Debug)]
pub struct LitKeys(Vec<(Key, u64)>);

impl LitKeys {
    /// The keys, or `None` when one is a canonical integer or two are the same.
    pub fn new(names: &[PhpStr]) -> Option<LitKeys> {
        let mut keys: Vec<(Key, u64)> = Vec::with_capacity(names.len());
        for n in names {
            let k = Key::from_phpstr(n.clone());
            if matches!(k, Key::Int(_)) || keys.iter().any(|(x, _)| *x == k) {
                return None;
            }
            let h = k.hash();
            keys.push((k, h));
        }
        Some(LitKeys(keys))
    }
}

/// PHP's array: ordered map from [`Key`] to [`Value`], copy-on-write when held in an `Rc`.
#[derive(Debug)]
pub struct PhpArray {
    repr: Repr,
    next_free: i64,
    pos: usize,
    generation: u32,
}

impl Default for PhpArray {
    fn default() -> Self {
        PhpArray::new()
    }
}

impl Clone for PhpArray {
    /// The copy a write to a shared array makes (copy on write). As PHP's array duplication,
    /// an element that is a reference no one else holds (what a by-reference `foreach` or
    /// `$a[0] = &$x` leaves after the other side is gone) is copied as its value: otherwise
    /// the copy and the original would go on sharing it, and a write through the original
    /// would show in the copy.
    fn clone(&self) -> PhpArray {
        // The copy keeps the original's room (as PHP's duplication keeps the table size):
        // a copy is usually made to be written to, often by appending (`$read = $clients;
        // $read[] = $server;`), which then needs no reallocation.
        let repr = match &self.repr {
            Repr::Packed(v) => {
                let mut out = Vec::with_capacity(v.capacity());
                out.extend(v.iter().map(dup_elem));
                Repr::Packed(out)
            }
            Repr::Hash(h) => {
                let mut entries = Vec::with_capacity(h.entries.capacity());
                entries.extend(h.entries.iter().map(|e| {
                    e.as_ref().map(|b| Bucket {
                        hash: b.hash,
                        key: b.key.clone(),
                        val: dup_elem(&b.val),
                    })
                }));
                Repr::Hash(Box::new(HashPart {
                    entries,
                    index: h.index.clone(),
                    live: h.live,
                }))
            }
        };
        PhpArray {
            repr,
            next_free: self.next_free,
            pos: self.pos,
            generation: self.generation,
        }
    }
}

/// An element as [`PhpArray::clone`] copies it.
#[inline]
fn dup_elem(v: &Value) -> Value {
    match v {
        Value::Ref(r) if r.holders() == 1 => r
            .try_with(|x| Some(x.clone()))
            .unwrap_or_else(|| Value::Ref(r.clone())),
        v => v.clone(),
    }
}

/// Error from appending when the next index would overflow (`PHP_INT_MAX` is used).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextIndexOccupied;

impl PhpArray {
    /// An empty array.
    pub fn new() -> PhpArray {
        PhpArray {
            repr: Repr::Packed(Vec::new()),
            next_free: 0,
            pos: 0,
            generation: 0,
        }
    }

    /// An empty packed array with room for `n` elements.
    pub fn with_capacity(n: usize) -> PhpArray {
        PhpArray {
            repr: Repr::Packed(Vec::with_capacity(n)),
            ..PhpArray::new()
        }
    }

    /// A packed list from values.
    pub fn from_values(v: Vec<Value>) -> PhpArray {
        PhpArray {
            next_free: v.len() as i64,
            repr: Repr::Packed(v),
            pos: 0,
            generation: 0,
        }
    }

    /// The array a literal with the string keys `keys` and these values (one per key, in
    /// order) evaluates to: what inserting them one by one into a fresh literal builds
    /// (table sizes included), without hashing or searching.
    pub fn from_lit_keys(keys: &LitKeys, vals: Vec<Value>) -> PhpArray {
        // The sizes `make_hash` gives the empty list a literal starts as.
        let mut h = HashPart {
            entries: Vec::with_capacity(8),
            index: HashTable::with_capacity(8),
            live: 0,
        };
        for ((k, hash), v) in keys.0.iter().zip(vals) {
            h.push_entry(k.clone(), *hash, v);
        }
        PhpArray {
            repr: Repr::Hash(Box::new(h)),
            // A literal starts with no next index (see `mark_literal`); string keys leave it.
            next_free: i64::MIN,
            pos: 0,
            generation: 0,
        }
    }

    /// Number of elements.
    #[inline]
    pub fn len(&self) -> usize {
        match &self.repr {
            Repr::Packed(v) => v.len(),
            Repr::Hash(h) => h.live,
        }
    }

    /// True when empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// True while the array is a packed list (keys `0..len`).
    pub fn is_packed(&self) -> bool {
        matches!(self.repr, Repr::Packed(_))
    }

    /// True if the keys are exactly `0..len` in order (`array_is_list`).
    pub fn is_list(&self) -> bool {
        match &self.repr {
            Repr::Packed(_) => true,
            Repr::Hash(_) => self
                .iter()
                .enumerate()
                .all(|(i, (k, _))| k == Key::Int(i as i64)),
        }
    }

    /// The next integer key `[]` would use.
    pub fn next_free(&self) -> i64 {
        if self.next_free == i64::MIN {
            0
        } else {
            self.next_free
        }
    }

    /// The empty array a write into null, `false` or an undefined variable, element or
    /// property creates (`$a[-5] = 1;` on null): PHP 8.2 gives it no next index, as a
    /// non-empty literal (see [`PhpArray::mark_literal`]), so after only negative keys `[]`
    /// continues from the largest one, while an array grown from `[]` continues from 0.
    pub fn autovivified() -> PhpArray {
        PhpArray {
            next_free: i64::MIN,
            ..PhpArray::new()
        }
    }

    /// Marks an array built by a non-empty literal: PHP 8.2 starts such arrays with no next
    /// index, so after only negative keys `[]` continues from the largest one (`[-5 => 1]`
    /// then `[]` is -4), while arrays grown from `[]` continue from 0.
    pub fn mark_literal(&mut self) {
        if self.is_empty() && self.next_free == 0 {
            self.next_free = i64::MIN;
        }
    }

    /// Sets the next free index (used by `array_pop` and friends).
    pub fn set_next_free(&mut self, n: i64) {
        self.next_free = n;
    }

    /// Changes whenever entry positions are renumbered (compaction).
    pub fn generation(&self) -> u32 {
        self.generation
    }

    fn make_hash(&mut self) -> &mut HashPart {
        if let Repr::Packed(v) = &mut self.repr {
            let vals = std::mem::take(v);
            let mut h = HashPart {
                entries: Vec::with_capacity(vals.len().max(8)),
                index: HashTable::with_capacity(vals.len().max(8)),
                live: 0,
            };
            for (i, val) in vals.into_iter().enumerate() {
                let k = Key::Int(i as i64);
                let hash = k.hash();
                h.push_entry(k, hash, val);
            }
            self.repr = Repr::Hash(Box::new(h));
        }
        match &mut self.repr {
            Repr::Hash(h) => h,
            Repr::Packed(_) => unreachable_hash(),
        }
    }

    /// Looks up a key.
    #[inline]
    pub fn get(&self, key: &Key) -> Option<&Value> {
        match (&self.repr, key) {
            (Repr::Packed(v), Key::Int(i)) => {
                if *i >= 0 {
                    v.get(*i as usize)
                } else {
                    None
                }
            }
            (Repr::Packed(_), Key::Str(_)) => None,
            (Repr::Hash(h), _) => {
                let p = h.find(key, key.hash())?;
                h.entries[p].as_ref().map(|b| &b.val)
            }
        }
    }

    /// Looks up an integer key (a packed list in line, a hash out of line).
    #[inline(always)]
    pub fn get_int(&self, i: i64) -> Option<&Value> {
        match &self.repr {
            Repr::Packed(v) => {
                if i >= 0 {
                    v.get(i as usize)
                } else {
                    None
                }
            }
            Repr::Hash(_) => self.get_int_hash(i),
        }
    }

    #[inline(never)]
    fn get_int_hash(&self, i: i64) -> Option<&Value> {
        self.get(&Key::Int(i))
    }

    /// Looks up a string key given as bytes (normalised first).
    pub fn get_str(&self, s: &[u8]) -> Option<&Value> {
        self.get(&Key::from_bytes(s))
    }

    /// Looks up a string key given as bytes (normalised first) without allocating a key.
    #[inline]
    pub fn get_bytes(&self, s: &[u8]) -> Option<&Value> {
        if let Some(i) = canonical_int(s) {
            return self.get_int(i);
        }
        match &self.repr {
            Repr::Packed(_) => None,
            Repr::Hash(h) => {
                let entries = &h.entries;
                let p = h.index.find(hash_bytes(s), |&i| {
                    matches!(&entries[i as usize], Some(b) if matches!(&b.key, Key::Str(k) if k.as_bytes() == s))
                })?;
                entries[*p as usize].as_ref().map(|b| &b.val)
            }
        }
    }

    /// Mutable access to an existing element.
    #[inline]
    pub fn get_mut(&mut self, key: &Key) -> Option<&mut Value> {
        match (&mut self.repr, key) {
            (Repr::Packed(v), Key::Int(i)) => {
                if *i >= 0 {
                    v.get_mut(*i as usize)
                } else {
                    None
                }
            }
            (Repr::Packed(_), Key::Str(_)) => None,
            (Repr::Hash(h), _) => {
                let p = h.find(key, key.hash())?;
                h.entries[p].as_mut().map(|b| &mut b.val)
            }
        }
    }

    /// True if the key exists.
    pub fn contains_key(&self, key: &Key) -> bool {
        self.get(key).is_some()
    }

    fn bump_next_free(&mut self, key: &Key) {
        if let Key::Int(i) = key {
            if *i >= self.next_free {
                self.next_free = i.saturating_add(1);
            }
        }
    }

    /// Sets `key` to `val` (overwriting in place, or appending a new entry).
    pub fn insert(&mut self, key: Key, val: Value) {
        *self.entry(key) = val;
    }

    /// Mutable access to the element at `key`, inserting `Undef`-free `Null` if missing.
    pub fn entry(&mut self, key: Key) -> &mut Value {
        let mut packed_idx = None;
        if let (Repr::Packed(v), Key::Int(i)) = (&self.repr, &key) {
            let i = *i;
            if i >= 0
                && ((i as usize) < v.len() || (i as usize == v.len() && self.next_free() == i))
            {
                packed_idx = Some(i as usize);
            }
        }
        match packed_idx {
            Some(idx) => match &mut self.repr {
                Repr::Packed(v) => {
                    if idx == v.len() {
                        v.push(Value::Null);
                        self.next_free = idx as i64 + 1;
                    }
                    &mut v[idx]
                }
                Repr::Hash(_) => unreachable_hash(),
            },
            None => self.entry_hash(key),
        }
    }

    fn entry_hash(&mut self, key: Key) -> &mut Value {
        self.bump_next_free(&key);
        let hash = key.hash();
        let needs_compact = {
            let h = self.make_hash();
            match h.find(&key, hash) {
                Some(_) => false,
                None => {
                    h.entries.len() == h.entries.capacity()
                        && h.entries.len() >= 8
                        && h.live * 2 <= h.entries.len()
                }
            }
        };
        if needs_compact {
            self.compact();
        }
        let h = self.make_hash();
        let p = match h.find(&key, hash) {
            Some(p) => p,
            None => h.push_entry(key, hash, Value::Null),
        };
        match &mut h.entries[p] {
            Some(b) => &mut b.val,
            None => unreachable_hash(),
        }
    }

    /// A new array of the entries for which `keep` (called on each value, in order) returns
    /// a value, under their keys, built without hashing the keys again: the array PHP's
    /// internal functions build by inserting them one by one into a fresh array (packed when
    /// the keys are `0, 1, …`; the next free index follows the largest integer key, negative
    /// ones included). Used for the `socket_select` and `stream_select` results.
    pub fn filtered(&self, mut keep: impl FnMut(&Value) -> Option<Value>) -> PhpArray {
        let Repr::Hash(h) = &self.repr else {
            return self
                .iter()
                .filter_map(|(k, v)| keep(v).map(|v| (k, v)))
                .collect();
        };
        let cap = h.live.max(8);
        let mut out = HashPart {
            entries: Vec::with_capacity(cap),
            index: HashTable::with_capacity(cap),
            live: 0,
        };
        // No integer key yet: PHP's "no next index" (see `mark_literal`).
        let mut next_free = i64::MIN;
        let mut list = true;
        for b in h.entries.iter().flatten() {
            let Some(v) = keep(&b.val) else {
                continue;
            };
            if let Key::Int(i) = b.key {
                list &= i == out.live as i64;
                if i >= next_free {
                    next_free = i.saturating_add(1);
                }
            } else {
                list = false;
            }
            out.push_entry(b.key.clone(), b.hash, v);
        }
        if list {
            return PhpArray::from_values(
                out.entries.into_iter().flatten().map(|b| b.val).collect(),
            );
        }
        PhpArray {
            repr: Repr::Hash(Box::new(out)),
            next_free,
            pos: 0,
            generation: 0,
        }
    }

    /// Appends with the next free integer key (`$a[] = v`).
    ///
    /// A packed list with room left is appended to in line, so the value is written
    /// straight into the list (not built on the stack and copied by a call); growth,
    /// hashes and the `PHP_INT_MAX` check are out of line.
    /// The value is converted where it is written (a number given as such is then stored
    /// tag and payload, without being assembled elsewhere first).
    #[inline]
    pub fn push(&mut self, val: impl Into<Value>) -> Result<(), NextIndexOccupied> {
        if let Repr::Packed(v) = &mut self.repr {
            if self.next_free == v.len() as i64 && v.len() < v.capacity() {
                v.push(val.into());
                self.next_free += 1;
                return Ok(());
            }
        }
        self.push_slow(val.into())
    }

    #[inline(never)]
    fn push_slow(&mut self, val: Value) -> Result<(), NextIndexOccupied> {
        if let Repr::Packed(v) = &mut self.repr {
            if self.next_free == v.len() as i64 {
                v.push(val);
                self.next_free += 1;
                return Ok(());
            }
        }
        if self.next_free == i64::MAX && self.contains_key(&Key::Int(i64::MAX)) {
            return Err(NextIndexOccupied);
        }
        let k = self.next_free();
        self.insert(Key::Int(k), val);
        Ok(())
    }

    /// Appends and returns the new element for further mutation (`$a[][…] = v`).
    pub fn push_entry(&mut self) -> Result<&mut Value, NextIndexOccupied> {
        if self.next_free == i64::MAX && self.contains_key(&Key::Int(i64::MAX)) {
            return Err(NextIndexOccupied);
        }
        let k = self.next_free();
        Ok(self.entry(Key::Int(k)))
    }

    /// Removes a key, returning its value.
    pub fn remove(&mut self, key: &Key) -> Option<Value> {
        if let (Repr::Packed(v), Key::Int(i)) = (&mut self.repr, key) {
            if *i < 0 || *i as usize >= v.len() {
                return None;
            }
            if *i as usize == v.len() - 1 {
                return v.pop();
            }
        } else if let (Repr::Packed(_), Key::Str(_)) = (&self.repr, key) {
            return None;
        }
        let h = self.make_hash();
        let hash = key.hash();
        let entries = &h.entries;
        let found = h.index.find_entry(
            hash,
            |&i| matches!(&entries[i as usize], Some(b) if b.key == *key),
        );
        match found {
            Ok(e) => {
                let (p, _) = e.remove();
                h.live -= 1;
                let b = h.entries[p as usize].take();
                // Trailing tombstones can go at once.
                while matches!(h.entries.last(), Some(None)) {
                    h.entries.pop();
                }
                b.map(|b| b.val)
            }
            Err(_) => None,
        }
    }

    /// Removes and returns the last element (`array_pop`), resetting the next free index.
    pub fn pop(&mut self) -> Option<Value> {
        let (k, _) = self.last()?;
        let v = self.remove(&k);
        self.next_free = self.max_int_key().map_or(0, |m| m.saturating_add(1));
        self.pos = 0;
        v
    }

    fn max_int_key(&self) -> Option<i64> {
        match &self.repr {
            Repr::Packed(v) => v.len().checked_sub(1).map(|n| n as i64),
            Repr::Hash(_) => self
                .iter()
                .filter_map(|(k, _)| match k {
                    Key::Int(i) => Some(i),
                    Key::Str(_) => None,
                })
                .max(),
        }
    }

    fn compact(&mut self) {
        if let Repr::Hash(h) = &mut self.repr {
            let old = std::mem::take(&mut h.entries);
            let mut newpos = 0;
            let mut pos_map = usize::MAX;
            let mut nh = HashPart {
                entries: Vec::with_capacity(old.len()),
                index: HashTable::with_capacity(h.live),
                live: 0,
            };
            for (i, b) in old.into_iter().enumerate() {
                if i == self.pos {
                    pos_map = newpos;
                }
                if let Some(b) = b {
                    nh.push_entry(b.key, b.hash, b.val);
                    newpos += 1;
                }
            }
            if pos_map == usize::MAX {
                pos_map = newpos;
            }
            **h = nh;
            self.pos = pos_map;
            self.generation = self.generation.wrapping_add(1);
        }
    }

    /// One past the last entry position (tombstones included).
    #[inline]
    pub fn end_pos(&self) -> usize {
        match &self.repr {
            Repr::Packed(v) => v.len(),
            Repr::Hash(h) => h.entries.len(),
        }
    }

    /// The first live position at or after `pos`.
    #[inline]
    pub fn live_pos_from(&self, mut pos: usize) -> Option<usize> {
        match &self.repr {
            Repr::Packed(v) => (pos < v.len()).then_some(pos),
            Repr::Hash(h) => {
                while pos < h.entries.len() {
                    if h.entries[pos].is_some() {
                        return Some(pos);
                    }
                    pos += 1;
                }
                None
            }
        }
    }

    /// The values of a packed array (keys `0..len`), or `None` for a hash.
    #[inline]
    pub fn packed_values(&self) -> Option<&[Value]> {
        match &self.repr {
            Repr::Packed(v) => Some(v),
            Repr::Hash(_) => None,
        }
    }

    /// The key and value at a live position.
    #[inline]
    pub fn at(&self, pos: usize) -> Option<(Key, &Value)> {
        match &self.repr {
            Repr::Packed(v) => v.get(pos).map(|x| (Key::Int(pos as i64), x)),
            Repr::Hash(h) => h
                .entries
                .get(pos)
                .and_then(|b| b.as_ref())
                .map(|b| (b.key.clone(), &b.val)),
        }
    }

    /// Mutable value at a live position.
    pub fn at_mut(&mut self, pos: usize) -> Option<&mut Value> {
        match &mut self.repr {
            Repr::Packed(v) => v.get_mut(pos),
            Repr::Hash(h) => h
                .entries
                .get_mut(pos)
                .and_then(|b| b.as_mut())
                .map(|b| &mut b.val),
        }
    }

    /// Position of a key, if present.
    pub fn pos_of(&self, key: &Key) -> Option<usize> {
        match (&self.repr, key) {
            (Repr::Packed(v), Key::Int(i)) => {
                (*i >= 0 && (*i as usize) < v.len()).then_some(*i as usize)
            }
            (Repr::Packed(_), Key::Str(_)) => None,
            (Repr::Hash(h), _) => h.find(key, key.hash()),
        }
    }

    /// Iterates `(key, value)` pairs in order.
    pub fn iter(&self) -> Iter<'_> {
        Iter { arr: self, pos: 0 }
    }

    /// Iterates values in order (without copying the keys).
    pub fn values(&self) -> impl Iterator<Item = &Value> {
        let (packed, hashed): (&[Value], &[Option<Bucket>]) = match &self.repr {
            Repr::Packed(v) => (v, &[]),
            Repr::Hash(h) => (&[], &h.entries),
        };
        packed.iter().chain(hashed.iter().flatten().map(|b| &b.val))
    }

    /// Iterates keys in order.
    pub fn keys(&self) -> impl Iterator<Item = Key> + '_ {
        self.iter().map(|(k, _)| k)
    }

    /// Calls `f` on every value mutably, in order.
    pub fn for_each_mut(&mut self, mut f: impl FnMut(&Key, &mut Value)) {
        match &mut self.repr {
            Repr::Packed(v) => {
                for (i, x) in v.iter_mut().enumerate() {
                    f(&Key::Int(i as i64), x);
                }
            }
            Repr::Hash(h) => {
                for b in h.entries.iter_mut().flatten() {
                    f(&b.key, &mut b.val);
                }
            }
        }
    }

    /// The first element.
    pub fn first(&self) -> Option<(Key, &Value)> {
        self.iter().next()
    }

    /// The last element.
    pub fn last(&self) -> Option<(Key, &Value)> {
        let mut p = self.end_pos();
        while p > 0 {
            p -= 1;
            if let Some(x) = self.at(p) {
                return Some(x);
            }
        }
        None
    }

    // ---- internal pointer (current/next/prev/reset/end/key) ----

    /// Internal pointer: the current element, if any.
    pub fn current(&self) -> Option<(Key, &Value)> {
        let p = self.live_pos_from(self.pos)?;
        if p != self.pos {
            return None;
        }
        self.at(p)
    }

    /// Internal pointer: resets to the first element.
    pub fn reset(&mut self) {
        self.pos = self.live_pos_from(0).unwrap_or(self.end_pos());
    }

    /// Internal pointer: advances.
    pub fn next(&mut self) {
        let p = self.live_pos_from(self.pos).unwrap_or(self.end_pos());
        self.pos = self.live_pos_from(p + 1).unwrap_or(self.end_pos());
    }

    /// Internal pointer: moves back (past the start it becomes invalid).
    pub fn prev(&mut self) {
        let mut p = self.pos;
        while p > 0 {
            p -= 1;
            if self.at(p).is_some() {
                self.pos = p;
                return;
            }
        }
        self.pos = self.end_pos();
    }

    /// Internal pointer: moves to the last element.
    pub fn end(&mut self) {
        let mut p = self.end_pos();
        while p > 0 {
            p -= 1;
            if self.at(p).is_some() {
                self.pos = p;
                return;
            }
        }
        self.pos = self.end_pos();
    }

    /// Internal pointer position (raw).
    pub fn pointer(&self) -> usize {
        self.live_pos_from(self.pos).unwrap_or(usize::MAX)
    }

    /// Re-numbers integer keys from 0 (as `array_values`/`array_splice` do), keeping string keys.
    pub fn renumbered(&self) -> PhpArray {
        let mut out = PhpArray::with_capacity(self.len());
        for (k, v) in self.iter() {
            match k {
                Key::Int(_) => {
                    let _ = out.push(v.clone());
                }
                Key::Str(_) => out.insert(k, v.clone()),
            }
        }
        out
    }
}

#[cold]
fn unreachable_hash() -> ! {
    // The representation was just converted to a hash; this cannot be reached.
    unreachable!("array representation is hash")
}

/// Iterator over `(Key, &Value)`.
pub struct Iter<'a> {
    arr: &'a PhpArray,
    pos: usize,
}

impl<'a> Iterator for Iter<'a> {
    type Item = (Key, &'a Value);
    fn next(&mut self) -> Option<Self::Item> {
        let p = self.arr.live_pos_from(self.pos)?;
        self.pos = p + 1;
        self.arr.at(p)
    }
}

impl FromIterator<(Key, Value)> for PhpArray {
    fn from_iter<I: IntoIterator<Item = (Key, Value)>>(it: I) -> Self {
        let mut a = PhpArray::new();
        for (k, v) in it {
            a.insert(k, v);
        }
        a
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: &str) -> Key {
        Key::from_bytes(x.as_bytes())
    }

    #[test]
    fn key_normalisation() {
        assert_eq!(s("8"), Key::Int(8));
        assert_eq!(s("08"), Key::Str("08".into()));
        assert_eq!(s("-0"), Key::Str("-0".into()));
        assert_eq!(s("-5"), Key::Int(-5));
        assert_eq!(s(""), Key::Str("".into()));
        assert_eq!(s("9223372036854775807"), Key::Int(i64::MAX));
        assert_eq!(
            s("9223372036854775808"),
            Key::Str("9223372036854775808".into())
        );
        assert_eq!(s("-9223372036854775808"), Key::Int(i64::MIN));
        assert_eq!(s(" 1"), Key::Str(" 1".into()));
    }

    #[test]
    fn packed_and_hash() {
        let mut a = PhpArray::new();
        a.push(Value::Int(1)).unwrap();
        a.push(Value::Int(2)).unwrap();
        assert!(a.is_packed());
        a.insert(s("x"), Value::Int(3));
        assert!(!a.is_packed());
        a.push(Value::Int(4)).unwrap();
        let keys: Vec<Key> = a.keys().collect();
        assert_eq!(keys, vec![Key::Int(0), Key::Int(1), s("x"), Key::Int(2)]);
        assert_eq!(a.remove(&Key::Int(1)), Some(Value::Int(2)));
        assert_eq!(a.len(), 3);
        a.insert(Key::Int(1), Value::Int(9));
        let keys: Vec<Key> = a.keys().collect();
        assert_eq!(keys, vec![Key::Int(0), s("x"), Key::Int(2), Key::Int(1)]);
    }

    #[test]
    fn next_free_survives_unset() {
        // $a = [1,2,3]; unset($a[2]); $a[] = 4;  → key 3
        let mut a = PhpArray::from_values(vec![Value::Int(1), Value::Int(2), Value::Int(3)]);
        a.remove(&Key::Int(2));
        a.push(Value::Int(4)).unwrap();
        assert_eq!(
            a.keys().collect::<Vec<_>>(),
            vec![Key::Int(0), Key::Int(1), Key::Int(3)]
        );
        // array_pop resets it.
        let mut b = PhpArray::from_values(vec![Value::Int(1), Value::Int(2), Value::Int(3)]);
        b.pop();
        b.push(Value::Int(9)).unwrap();
        assert_eq!(
            b.keys().collect::<Vec<_>>(),
            vec![Key::Int(0), Key::Int(1), Key::Int(2)]
        );
        // Negative keys: next is max+1 only when >= next_free (PHP 8.2: stays 0 after -5).
        let mut c = PhpArray::new();
        c.insert(Key::Int(-5), Value::Null);
        c.push(Value::Null).unwrap();
        assert_eq!(
            c.keys().collect::<Vec<_>>(),
            vec![Key::Int(-5), Key::Int(0)]
        );
    }

    #[test]
    fn many_removals_compact() {
        let mut a = PhpArray::new();
        for i in 0..1000 {
            a.insert(Key::Int(i * 2), Value::Int(i));
            if i % 3 != 0 {
                a.remove(&Key::Int(i * 2));
            }
        }
        assert_eq!(a.len(), 334);
        assert_eq!(a.get_int(999 * 2), Some(&Value::Int(999)));
        assert_eq!(a.iter().count(), 334);
    }

    #[test]
    fn internal_pointer() {
        let mut a = PhpArray::from_values(vec![Value::Int(1), Value::Int(2)]);
        assert_eq!(a.current().map(|x| x.1.clone()), Some(Value::Int(1)));
        a.next();
        assert_eq!(a.current().map(|x| x.1.clone()), Some(Value::Int(2)));
        a.next();
        assert!(a.current().is_none());
        a.end();
        assert_eq!(a.current().map(|x| x.0), Some(Key::Int(1)));
        a.prev();
        a.prev();
        assert!(a.current().is_none());
    }

    #[test]
    fn filtered_matches_fresh_inserts() {
        let mut a = PhpArray::new();
        a.insert(s("x"), Value::Int(1));
        a.insert(Key::Int(-4), Value::Int(2));
        a.insert(Key::Int(7), Value::Int(3));
        a.insert(s("y"), Value::Int(4));
        a.remove(&s("x"));
        let vals: Vec<i64> = a.values().map(Value::to_int).collect();
        assert_eq!(vals, [2, 3, 4]);
        let f = a.filtered(|v| (v.to_int() != 3).then(|| v.clone()));
        assert_eq!(f.keys().collect::<Vec<_>>(), [Key::Int(-4), s("y")]);
        // A fresh PHP array has no next index: after -4 comes -3.
        assert_eq!(f.next_free(), -3);
        let none = a.filtered(|_| None);
        assert!(none.is_empty() && none.next_free() == 0);
        // Keys 0, 1 in order give a list.
        let mut h = PhpArray::new();
        h.insert(s("k"), Value::Null);
        h.insert(Key::Int(0), Value::Int(0));
        h.insert(Key::Int(1), Value::Int(1));
        let l = h.filtered(|v| (!v.is_null()).then(|| v.clone()));
        assert!(l.is_packed() && l.len() == 2 && l.next_free() == 2);
    }
}
