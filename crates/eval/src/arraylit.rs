//! Compile-time specialisation of array literals.
//!
//! An array literal whose items are plain values (no `...`, no `&`) and either all without
//! keys (`[$a, $b]`) or all under distinct string-literal keys that stay strings
//! (`['id' => $i, 'name' => $n]`) becomes [`ExprKind::ArrayLit`]: the values are evaluated
//! in order, as the general path does, and the array is built in one step: a packed list
//! from the values, or a hash whose keys were normalised and hashed at compile time
//! ([`LitKeys`]). The result is the array the general path builds item by item (same
//! entries, order, next free index and table sizes).

use crate::array::{LitKeys, PhpArray};
use crate::ir::{ArrayItem, ExprKind};
use crate::string::PhpStr;
use crate::value::Value;
use crate::vm::{Unwind, Vm};

/// A specialised array literal ([`ExprKind::ArrayLit`]).
#[derive(Debug)]
pub struct ArrayLit {
    /// The items (their keys are the literal strings of `keys`, or absent).
    pub items: Vec<ArrayItem>,
    /// The keys, normalised and hashed; `None` for a list.
    pub keys: Option<LitKeys>,
}

/// [`ExprKind::ArrayLit`] for the literal's items when they have one of the shapes above,
/// else the general [`ExprKind::Array`].
pub fn specialise(items: Vec<ArrayItem>) -> ExprKind {
    if items.is_empty() || items.iter().any(|i| i.spread || i.by_ref.is_some()) {
        return ExprKind::Array(items);
    }
    if items.iter().all(|i| i.key.is_none()) {
        return ExprKind::ArrayLit(Box::new(ArrayLit { items, keys: None }));
    }
    let mut names: Vec<PhpStr> = Vec::with_capacity(items.len());
    for i in &items {
        match i.key.as_ref().map(|k| &k.kind) {
            Some(ExprKind::Lit(Value::Str(s))) => names.push(s.clone()),
            _ => return ExprKind::Array(items),
        }
    }
    match LitKeys::new(&names) {
        Some(k) => ExprKind::ArrayLit(Box::new(ArrayLit {
            items,
            keys: Some(k),
        })),
        None => ExprKind::Array(items),
    }
}

impl ArrayLit {
    /// Evaluates the values in order and builds the array.
    pub fn build(&self, vm: &mut Vm) -> Result<PhpArray, Unwind> {
        let mut vals = Vec::with_capacity(self.items.len());
        for it in &self.items {
            vals.push(vm.eval(&it.value)?);
        }
        Ok(match &self.keys {
            None => PhpArray::from_values(vals),
            Some(k) => PhpArray::from_lit_keys(k, vals),
        })
    }
}
