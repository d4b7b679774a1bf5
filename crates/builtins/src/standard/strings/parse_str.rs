//! `parse_str`: a query string into nested arrays, with PHP's variable-name rules
//! (`a[b][]=1`, spaces and dots in the base name become `_`).

use super::url::url_decode;
use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, Value};
use std::rc::Rc;

pub(super) fn register(m: &mut Module) {
    m.func("parse_str(string $string, &$result): void", parse_str);
}

/// Deepest `[...]` nesting kept (PHP's `max_input_nesting_level` default).
const MAX_NESTING: usize = 64;

fn parse_str(cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0);
    let seps = cx
        .ini("arg_separator.input")
        .filter(|s| !s.is_empty())
        .map_or_else(|| b"&".to_vec(), |s| s.to_vec());
    let mut result = PhpArray::new();
    for part in s.split(|c| seps.contains(c)) {
        if part.is_empty() {
            continue;
        }
        let (name, val) = match part.iter().position(|&c| c == b'=') {
            Some(p) => (
                url_decode(&part[..p], false),
                url_decode(&part[p + 1..], false),
            ),
            None => (url_decode(part, false), Vec::new()),
        };
        register_variable(&mut result, &name, Value::from(val));
    }
    a.set_ref(1, Value::from(result));
    Ok(Value::Null)
}

/// Stores `val` under the PHP variable name `name` (C-string semantics: a NUL ends it).
pub(super) fn register_variable(table: &mut PhpArray, name: &[u8], val: Value) {
    let name = match name.iter().position(|&c| c == 0) {
        Some(p) => &name[..p],
        None => name,
    };
    let start = name.iter().take_while(|&&c| c == b' ').count();
    let mut var: Vec<u8> = name[start..].to_vec();
    // Base name: spaces and dots become '_', up to the first '['.
    let mut bracket = None;
    for (i, c) in var.iter_mut().enumerate() {
        match *c {
            b' ' | b'.' => *c = b'_',
            b'[' => {
                bracket = Some(i);
                break;
            }
            _ => {}
        }
    }
    let base_len = bracket.unwrap_or(var.len());
    if base_len == 0 {
        return;
    }
    let Some(first) = bracket else {
        table.insert(Key::from_bytes(&var), val);
        return;
    };
    // Collect the indices: Some(name) for `[name]`, None for `[]`.
    let mut base = var[..base_len].to_vec();
    let mut indices: Vec<Option<Vec<u8>>> = Vec::new();
    let mut ip = first;
    loop {
        if indices.len() >= MAX_NESTING {
            return;
        }
        let index_s = ip + 1;
        // `[]`, and also a lone whitespace character (`[ ]`), push a new element.
        let lone_space = var
            .get(index_s)
            .is_some_and(|&c| super::split::is_c_space(c))
            && var.get(index_s + 1) == Some(&b']');
        if lone_space {
            indices.push(None);
            ip = index_s + 1;
        } else if var.get(index_s) == Some(&b']') {
            indices.push(None);
            ip = index_s;
        } else {
            match var[index_s.min(var.len())..]
                .iter()
                .position(|&c| c == b']')
            {
                Some(p) => {
                    indices.push(Some(var[index_s..index_s + p].to_vec()));
                    ip = index_s + p;
                }
                None => {
                    // Not an index: at the first level the '[' and the rest join the name.
                    if indices.is_empty() {
                        base.push(b'_');
                        base.extend(var[index_s..].iter().map(|&c| match c {
                            b' ' | b'.' | b'[' => b'_',
                            c => c,
                        }));
                    }
                    break;
                }
            }
        }
        ip += 1;
        if var.get(ip) != Some(&b'[') {
            break;
        }
    }
    insert_path(table, Some(&base), &indices, val);
}

fn insert_path(table: &mut PhpArray, key: Option<&[u8]>, rest: &[Option<Vec<u8>>], val: Value) {
    let Some((next, tail)) = rest.split_first() else {
        match key {
            Some(k) => table.insert(Key::from_bytes(k), val),
            None => {
                table.push(val).ok();
            }
        }
        return;
    };
    let slot: &mut Value = match key {
        Some(k) => table.entry(Key::from_bytes(k)),
        None => match table.push_entry() {
            Ok(v) => v,
            Err(_) => return,
        },
    };
    if !matches!(slot, Value::Array(_)) {
        *slot = Value::empty_array();
    }
    if let Value::Array(arr) = slot {
        insert_path(Rc::make_mut(arr), next.as_deref(), tail, val);
    }
}
