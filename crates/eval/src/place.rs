//! Writable places: variables, array elements (with auto-vivification), properties and
//! static properties; reads with PHP's diagnostics, `isset`, `unset`, references.

use crate::array::{Key, PhpArray};
use crate::diag::{E_DEPRECATED, E_WARNING};
use crate::interp::ER;
use crate::ir::*;
use crate::object::{Class, ObjRef, PropInfo, Visibility};
use crate::string::PhpStr;
use crate::value::{PhpRef, Value};
use crate::vm::{Unwind, Vm};
use phpsock_syntax::ast::BinOp;
use std::rc::Rc;

/// Where a variable lives.
#[derive(Debug, Clone)]
pub enum VarLoc {
    /// Absolute stack index.
    Stack(usize),
    /// The current frame's by-name table.
    Extra(PhpStr),
    /// The global by-name table.
    ExtraGlobal(PhpStr),
}

/// The evaluated root of a place.
#[derive(Debug)]
enum Root {
    Var(VarLoc),
    Prop(ObjRef, PhpStr),
    Static(PhpRef),
    Temp(Value),
}

/// An evaluated root, its keys, and the variable keys left to read (index in the keys, the
/// variable) for [`Vm::read_deferred_keys`]: bit `i` for key `i` (root first).
type RootDeferred = (Root, Vec<Option<Value>>, u64);

enum DimOp {
    Assign(Value),
    GetRef,
    Bind(PhpRef),
}

enum DimErr {
    Throw(&'static str, String),
    Object(ObjRef, usize),
}

fn key_of(v: &Value, diags: &mut Vec<(i64, String)>) -> Result<Key, DimErr> {
    Ok(match v {
        Value::Int(i) => Key::Int(*i),
        Value::Str(s) => Key::from_phpstr(s.clone()),
        Value::Null | Value::Undef => Key::Str(PhpStr::empty()),
        Value::Bool(b) => Key::Int(*b as i64),
        Value::Float(f) => {
            if !crate::numeric::float_is_exact_int(*f) {
                diags.push((
                    E_DEPRECATED,
                    format!(
                        "Implicit conversion from float {} to int loses precision",
                        crate::numeric::fmt_float(*f, -1)
                    ),
                ));
            }
            Key::Int(crate::numeric::float_to_int(*f))
        }
        Value::Resource(r) => {
            diags.push((
                E_WARNING,
                format!(
                    "Resource ID#{} used as offset, casting to integer ({})",
                    r.id(),
                    r.id()
                ),
            ));
            Key::Int(r.id())
        }
        Value::Ref(r) => return key_of(&r.get(), diags),
        Value::Array(_) | Value::Object(_) => {
            return Err(DimErr::Throw("TypeError", "Illegal offset type".into()))
        }
    })
}

/// The array key of an int or string value (no diagnostics possible); `None` for other
/// types, which take the general path.
#[inline]
fn plain_key(v: &Option<Value>) -> Option<Key> {
    match v {
        Some(Value::Int(i)) => Some(Key::Int(*i)),
        Some(Value::Str(s)) => Some(Key::from_phpstr(s.clone())),
        _ => None,
    }
}

/// Fast path of nested element access for writes: walks existing elements of plain
/// (non-reference) arrays, separating shared ones (copy-on-write). `None` when anything
/// needs the general path (missing key, reference, non-array, unusual key type).
#[inline]
fn dim_existing_mut<'a>(slot: &'a mut Value, keys: &[Option<Value>]) -> Option<&'a mut Value> {
    let mut cur = slot;
    for k in keys {
        let key = plain_key(k)?;
        let a = match cur {
            Value::Array(a) => a,
            _ => return None,
        };
        a.get(&key)?;
        cur = Rc::make_mut(a).get_mut(&key)?;
    }
    Some(cur)
}

/// Reads the element a key path names without diagnostics, when it exists in plain arrays.
#[inline]
fn dim_existing<'a>(slot: &'a Value, keys: &[Option<Value>]) -> Option<&'a Value> {
    let mut cur = slot;
    for k in keys {
        let key = plain_key(k)?;
        cur = match cur {
            Value::Array(a) => a.get(&key)?,
            _ => return None,
        };
    }
    Some(cur)
}

/// `$a[k1]…[kn] = v` / `$a[k1]…[] = v` on plain arrays whose intermediate elements exist:
/// writes in place and returns `Ok`; gives the value back when the general path is needed.
#[inline]
/// On success, the length of the array written to (for the memory limit check).
fn dim_assign_fast(slot: &mut Value, keys: &[Option<Value>], v: Value) -> Result<usize, Value> {
    let (last, path) = match keys.split_last() {
        Some(x) => x,
        None => return Err(v),
    };
    let target = match dim_existing_mut(slot, path) {
        Some(t) => t,
        None => return Err(v),
    };
    let a = match target {
        Value::Array(a) => a,
        _ => return Err(v),
    };
    match last {
        None => {
            let a = Rc::make_mut(a);
            if a.next_free() == i64::MAX {
                return Err(v);
            }
            a.push(v).map_err(|_| Value::Null)?;
            Ok(a.len())
        }
        k => match plain_key(k) {
            Some(key) => {
                let a = Rc::make_mut(a);
                let e = a.entry(key);
                if let Value::Ref(_) = e {
                    return Err(v);
                }
                *e = v;
                Ok(a.len())
            }
            None => Err(v),
        },
    }
}

fn dim_apply(
    slot: &mut Value,
    keys: &[Option<Value>],
    depth: usize,
    op: &mut DimOp,
    diags: &mut Vec<(i64, String)>,
    grown: &mut usize,
) -> Result<Value, DimErr> {
    if let Value::Ref(r) = slot {
        let r = r.clone();
        return r.with_mut(|inner| dim_apply(inner, keys, depth, op, diags, grown));
    }
    match slot {
        Value::Undef | Value::Null => *slot = Value::from(PhpArray::autovivified()),
        Value::Bool(false) => {
            diags.push((
                E_DEPRECATED,
                "Automatic conversion of false to array is deprecated".into(),
            ));
            *slot = Value::from(PhpArray::autovivified());
        }
        Value::Array(_) => {}
        Value::Str(s) => {
            if s.is_empty()
                && keys[depth].is_some()
                && matches!(op, DimOp::Assign(_))
                && depth + 1 == keys.len()
            {
                // PHP 8 still writes into an empty string as a string.
            }
            return string_offset_write(s, keys, depth, op, diags);
        }
        Value::Object(o) => return Err(DimErr::Object(o.clone(), depth)),
        _ => {
            return Err(DimErr::Throw(
                "Error",
                "Cannot use a scalar value as an array".into(),
            ))
        }
    }
    let arr = match slot {
        Value::Array(a) => Rc::make_mut(a),
        _ => {
            return Err(DimErr::Throw(
                "Error",
                "Cannot use a scalar value as an array".into(),
            ))
        }
    };
    let arr_len = arr.len() + 1;
    let elem = match &keys[depth] {
        None => match arr.push_entry() {
            Ok(e) => e,
            Err(_) => {
                return Err(DimErr::Throw(
                    "Error",
                    "Cannot add element to the array as the next element is already occupied"
                        .into(),
                ))
            }
        },
        Some(k) => {
            let k = key_of(k, diags)?;
            arr.entry(k)
        }
    };
    if depth + 1 < keys.len() {
        return dim_apply(elem, keys, depth + 1, op, diags, grown);
    }
    *grown = arr_len;
    Ok(match op {
        DimOp::Assign(v) => {
            elem.assign(v.clone());
            v.clone()
        }
        DimOp::GetRef => Value::Ref(elem.make_ref()),
        DimOp::Bind(r) => {
            *elem = Value::Ref(r.clone());
            Value::Null
        }
    })
}

fn string_offset_write(
    s: &mut PhpStr,
    keys: &[Option<Value>],
    depth: usize,
    op: &mut DimOp,
    diags: &mut Vec<(i64, String)>,
) -> Result<Value, DimErr> {
    let v = match op {
        DimOp::Assign(v) => v.clone(),
        _ => {
            return Err(DimErr::Throw(
                "Error",
                "Cannot create references to/from string offsets".into(),
            ))
        }
    };
    if depth + 1 < keys.len() {
        if let Some(Some(Value::Str(k))) = keys.get(depth) {
            if !matches!(
                crate::numeric::parse_numeric(k),
                crate::numeric::Numeric::Whole(crate::numeric::Num::Int(_))
            ) {
                return Err(DimErr::Throw(
                    "TypeError",
                    "Cannot access offset of type string on string".into(),
                ));
            }
        }
        return Err(DimErr::Throw(
            "Error",
            "Cannot use string offset as an array".into(),
        ));
    }
    let k = match &keys[depth] {
        None => {
            return Err(DimErr::Throw(
                "Error",
                "[] operator not supported for strings".into(),
            ))
        }
        Some(k) => k,
    };
    let idx = match k {
        Value::Int(i) => *i,
        Value::Str(ks) => match crate::numeric::parse_numeric(ks) {
            crate::numeric::Numeric::Whole(crate::numeric::Num::Int(i)) => i,
            _ => {
                return Err(DimErr::Throw(
                    "TypeError",
                    format!("Cannot access offset of type {} on string", k.type_name()),
                ))
            }
        },
        other => other.to_int(),
    };
    let val = v.scalar_to_str(14).unwrap_or_default();
    if val.is_empty() {
        return Err(DimErr::Throw(
            "Error",
            "Cannot assign an empty string to a string offset".into(),
        ));
    }
    if val.len() > 1 {
        diags.push((
            E_WARNING,
            "Only the first byte will be assigned to the string offset".into(),
        ));
    }
    let len = s.len() as i64;
    let pos = if idx < 0 { len + idx } else { idx };
    if pos < 0 {
        diags.push((E_WARNING, format!("Illegal string offset {}", idx)));
        return Ok(Value::Null);
    }
    let b = s.make_mut();
    let pos = pos as usize;
    if pos >= b.len() {
        b.resize(pos, b' ');
        b.push(val[0]);
    } else {
        b[pos] = val[0];
    }
    Ok(Value::Str(PhpStr::new(&val[..1])))
}

impl Vm {
    /// Finds a variable of the current scope by name.
    pub fn var_loc(&mut self, name: &PhpStr, create: bool) -> Option<VarLoc> {
        match self.frames.last_mut() {
            None => {
                if let Some(&s) = self.global_names.get(name) {
                    return Some(VarLoc::Stack(s as usize));
                }
                if create || self.extra_globals.contains_key(name) {
                    self.extra_globals
                        .entry(name.clone())
                        .or_insert(Value::Undef);
                    return Some(VarLoc::ExtraGlobal(name.clone()));
                }
                None
            }
            Some(f) => {
                if let Some(c) = f.code() {
                    if let Some(&s) = c.slot_map.get(name) {
                        return Some(VarLoc::Stack(f.base + s as usize));
                    }
                }
                if !create && f.extra_vars().is_none_or(|e| !e.contains_key(name)) {
                    return None;
                }
                let extra = f.extra_vars_mut().get_or_insert_with(Default::default);
                extra.entry(name.clone()).or_insert(Value::Undef);
                Some(VarLoc::Extra(name.clone()))
            }
        }
    }

    /// Where a global variable lives (creating it by name when asked).
    pub fn global_loc(&mut self, name: &PhpStr, create: bool) -> VarLoc {
        if let Some(&s) = self.global_names.get(name) {
            return VarLoc::Stack(s as usize);
        }
        if create {
            self.extra_globals
                .entry(name.clone())
                .or_insert(Value::Undef);
        }
        VarLoc::ExtraGlobal(name.clone())
    }

    fn loc_mut(&mut self, loc: &VarLoc) -> Option<&mut Value> {
        match loc {
            VarLoc::Stack(i) => self.stack.get_mut(*i),
            VarLoc::Extra(n) => self
                .frames
                .last_mut()?
                .extra_vars_mut()
                .as_mut()?
                .get_mut(n),
            VarLoc::ExtraGlobal(n) => self.extra_globals.get_mut(n),
        }
    }

    /// A variable's storage by name (for `$$x`, `compact`, …).
    pub fn var_by_name(&mut self, name: &PhpStr) -> Option<Value> {
        if name.as_bytes() == b"this" {
            return self
                .frames
                .last()
                .and_then(|f| f.this.clone())
                .map(Value::Object);
        }
        let loc = self.var_loc(name, false)?;
        self.loc_mut(&loc).map(|v| v.clone())
    }

    /// The current scope's defined variables, by name, in PHP's order: slots in
    /// declaration order, then variables created by name (`get_defined_vars`).
    pub fn defined_vars(&self) -> PhpArray {
        let mut a = PhpArray::new();
        let (names, base, extra) = match self.frames.last() {
            None => (&self.global_slot_names[..], 0, Some(&self.extra_globals)),
            Some(f) => match f.code() {
                Some(c) => (&c.slot_names[..], f.base, f.extra_vars()),
                None => (&[][..], f.base, f.extra_vars()),
            },
        };
        for (i, n) in names.iter().enumerate() {
            match self.stack.get(base + i) {
                Some(v)
                    if !v.is_undef() && !matches!(v, Value::Ref(r) if r.with(Value::is_undef)) =>
                {
                    a.insert(Key::from_phpstr(n.clone()), v.deref());
                }
                _ => {}
            }
        }
        let global = self.frames.is_empty();
        for (k, v) in extra.into_iter().flatten() {
            // `$_ENV`/`$_REQUEST` are listed once code names them (they then have a slot).
            let jit = global && matches!(k.as_bytes(), b"_ENV" | b"_REQUEST");
            if !v.is_undef() && !jit {
                a.insert(Key::from_phpstr(k.clone()), v.deref());
            }
        }
        a
    }

    /// Sets a variable by name (for `extract`, `$$x = …`).
    pub fn set_var_by_name(&mut self, name: &PhpStr, v: Value) {
        if let Some(loc) = self.var_loc(name, true) {
            if let Some(slot) = self.loc_mut(&loc) {
                slot.assign(v);
            }
        }
    }

    /// Makes a variable of the current scope, by name, a reference to `r` (for
    /// `extract($a, EXTR_REFS)`).
    pub fn bind_var_ref_by_name(&mut self, name: &PhpStr, r: PhpRef) {
        if let Some(loc) = self.var_loc(name, true) {
            if let Some(slot) = self.loc_mut(&loc) {
                *slot = Value::Ref(r);
            }
        }
    }

    fn root(&mut self, p: &Place) -> Result<(Root, Vec<Option<Value>>), Unwind> {
        let (root, keys, _) = self.root_with(p, false)?;
        Ok((root, keys))
    }

    /// [`Vm::root`] for an assignment (`$a[$k] = value`, `$a[$k] .= value`): keys that are
    /// plain variables are left for [`Vm::read_deferred_keys`], since PHP reads them when it
    /// stores, after computing the value (`$a[$q] = $a[$q++]` stores at the new `$q`); other
    /// keys are computed now, before the value.
    /// A value that is itself a variable is read after the keys, as PHP reads both when it
    /// stores (`$a[$undefined] = $undefined2` warns about the key first).
    fn root_deferred(&mut self, p: &Place, value: &Expr) -> Result<RootDeferred, Unwind> {
        let defer = !matches!(value.kind, ExprKind::Local(_) | ExprKind::Lit(_));
        self.root_with(p, defer)
    }

    /// Reads the variable keys [`Vm::root_deferred`] left, in order.
    fn read_deferred_keys(
        &mut self,
        p: &Place,
        keys: &mut [Option<Value>],
        deferred: u64,
    ) -> Result<(), Unwind> {
        let n = keys.len();
        for (i, key) in keys
            .iter_mut()
            .enumerate()
            .filter(|(i, _)| deferred >> i & 1 != 0)
        {
            // Key `i` counted from the root is `n - 1 - i` steps up from the place.
            let mut cur = p;
            for _ in 0..n - 1 - i {
                if let Place::Index(b, _) = cur {
                    cur = b;
                }
            }
            if let Place::Index(_, Some(e)) = cur {
                *key = Some(self.eval(e)?);
            }
        }
        Ok(())
    }

    fn root_with(&mut self, p: &Place, defer: bool) -> Result<RootDeferred, Unwind> {
        let mut chain: Vec<&Option<Box<Expr>>> = Vec::new();
        let mut cur = p;
        while let Place::Index(b, k) = cur {
            chain.push(k);
            cur = b;
        }
        let root = match cur {
            Place::Local(s) => Root::Var(VarLoc::Stack(self.base + *s as usize)),
            Place::VarVar(e) => {
                let n = self.eval(e)?;
                let n = self.to_str(&n)?;
                match self.var_loc(&n, true) {
                    Some(l) => Root::Var(l),
                    None => Root::Temp(Value::Null),
                }
            }
            Place::GlobalVar(e) => {
                let n = self.eval(e)?;
                let n = self.to_str(&n)?;
                Root::Var(self.global_loc(&n, true))
            }
            Place::Prop(o, m) => {
                let ov = self.eval(o)?;
                let name = self.member_name(m)?;
                match ov {
                    Value::Object(o) => Root::Prop(o, name),
                    Value::Null => {
                        return Err(self.throw_error(
                            "Error",
                            format!("Attempt to modify property \"{}\" on null", name),
                        ))
                    }
                    other => {
                        return Err(self.throw_error(
                            "Error",
                            format!(
                                "Attempt to modify property \"{}\" on {}",
                                name,
                                other.type_name()
                            ),
                        ))
                    }
                }
            }
            Place::StaticProp(c, m) => {
                let cls = self.class_ref(c)?;
                let n = self.member_name(m)?;
                Root::Static(self.static_prop_ref(&cls, &n)?)
            }
            Place::This => match self.frames.last().and_then(|f| f.this.clone()) {
                Some(o) => Root::Temp(Value::Object(o)),
                None => {
                    return Err(
                        self.throw_error("Error", "Using $this when not in object context".into())
                    )
                }
            },
            Place::Temp(e) => Root::Temp(self.eval(e)?),
            Place::List(_) => return Err(self.fatal("Cannot use list() as standalone expression")),
            Place::Index(..) => Root::Temp(Value::Null),
        };
        let mut keys = Vec::with_capacity(chain.len());
        let mut deferred = 0u64;
        for k in chain.iter().rev() {
            keys.push(match k {
                Some(e) if defer && keys.len() < 64 && matches!(e.kind, ExprKind::Local(_)) => {
                    deferred |= 1 << keys.len();
                    Some(Value::Null)
                }
                Some(e) => Some(self.eval(e)?),
                None => None,
            });
        }
        Ok((root, keys, deferred))
    }

    fn with_root<R>(&mut self, root: &Root, f: impl FnOnce(&mut Value) -> R) -> Result<R, Unwind> {
        match root {
            Root::Var(loc) => match self.loc_mut(loc) {
                Some(v) => Ok(f(v)),
                None => Ok(f(&mut Value::Null)),
            },
            Root::Static(r) => Ok(r.with_mut(f)),
            Root::Temp(v) => {
                let mut v = v.clone();
                Ok(f(&mut v))
            }
            Root::Prop(o, name) => {
                if let Some(slot) = self.prop_slot(o.class(), name) {
                    let info = o.class().props[slot as usize].clone();
                    let accessible = self.prop_accessible(&info);
                    let emptied = accessible
                        && o.was_unset(slot as usize)
                        && o.obj().props.borrow()[slot as usize].is_undef();
                    if !accessible || emptied {
                        if let Some(mut tmp) = self.magic_get_for_write(o, name)? {
                            return Ok(f(&mut tmp));
                        }
                    }
                    if !accessible {
                        return Err(self.prop_access_error(o, &info));
                    }
                    // Writing into (or referencing) an initialised readonly property.
                    if info.readonly && !o.obj().props.borrow()[slot as usize].is_undef() {
                        return Err(self.throw_error(
                            "Error",
                            format!(
                                "Cannot modify readonly property {}::${}",
                                info.class_name, name
                            ),
                        ));
                    }
                    let mut props = o.obj().props.borrow_mut();
                    return Ok(f(&mut props[slot as usize]));
                }
                let key = Key::from_phpstr(name.clone());
                let exists = o
                    .obj()
                    .dyn_props
                    .borrow()
                    .as_ref()
                    .is_some_and(|d| d.contains_key(&key));
                if !exists {
                    if let Some(mut tmp) = self.magic_get_for_write(o, name)? {
                        return Ok(f(&mut tmp));
                    }
                    self.check_dynamic_prop(o, name)?;
                }
                let mut d = o.obj().dyn_props.borrow_mut();
                let d = d.get_or_insert_with(Default::default);
                Ok(f(d.entry(key)))
            }
        }
    }

    fn dim_run(&mut self, root: &Root, keys: &[Option<Value>], op: DimOp) -> ER {
        self.dim_run_ex(root, keys, op, true)
    }

    /// [`Vm::dim_run`]; `diagnose` false when a read-write fetch ([`Vm::read_rw`]) already
    /// gave the diagnostics of the path.
    fn dim_run_ex(
        &mut self,
        root: &Root,
        keys: &[Option<Value>],
        mut op: DimOp,
        diagnose: bool,
    ) -> ER {
        let mut diags = Vec::new();
        let mut grown = 0;
        let r = self.with_root(root, |slot| {
            dim_apply(slot, keys, 0, &mut op, &mut diags, &mut grown)
        })?;
        if diagnose {
            self.raise_all(diags)?;
        }
        self.check_array_growth(grown)?;
        match r {
            Ok(v) => Ok(v),
            Err(DimErr::Throw(cls, msg)) => Err(self.throw_error(cls, msg)),
            Err(DimErr::Object(o, depth)) => {
                if !o.class().instance_of_name(b"arrayaccess") {
                    return Err(self.throw_error(
                        "Error",
                        format!("Cannot use object of type {} as array", o.class().name),
                    ));
                }
                let k = keys[depth].clone().unwrap_or(Value::Null);
                if depth + 1 == keys.len() {
                    match op {
                        DimOp::Assign(v) => {
                            self.call_method_by_name(&o, "offsetSet", vec![k, v.clone()])?;
                            Ok(v)
                        }
                        _ => {
                            let v = self
                                .call_method_by_name(&o, "offsetGet", vec![k])?
                                .unwrap_or(Value::Null);
                            Ok(v)
                        }
                    }
                } else {
                    let inner = self
                        .call_method_by_name(&o, "offsetGet", vec![k])?
                        .unwrap_or(Value::Null);
                    match inner {
                        Value::Object(_) => {
                            self.dim_run(&Root::Temp(inner), &keys[depth + 1..], op)
                        }
                        _ => {
                            self.raise(
                                crate::diag::E_NOTICE,
                                &format!("Indirect modification of overloaded element of {} has no effect", o.class().name),
                            )?;
                            Ok(Value::Null)
                        }
                    }
                }
            }
        }
    }

    /// `place = v`; returns `v`.
    pub fn assign_place(&mut self, p: &Place, v: Value) -> ER {
        match p {
            Place::Local(s) => {
                let i = self.base + *s as usize;
                self.stack[i].assign(v.clone());
                Ok(v)
            }
            Place::Prop(o, m) => {
                let ov = self.eval(o)?;
                let name = self.member_name(m)?;
                self.write_prop(&ov, &name, v.clone())?;
                Ok(v)
            }
            Place::List(_) => {
                self.destructure(p, v.clone())?;
                Ok(v)
            }
            Place::This => Err(self.fatal("Cannot re-assign $this")),
            Place::StaticProp(c, m) => {
                let cls = self.class_ref(c)?;
                let n = self.member_name(m)?;
                let cell = self.static_prop_ref(&cls, &n)?;
                let v = self.coerce_static_prop(&cls, &n, v)?;
                cell.with_mut(|slot| slot.assign(v.clone()));
                Ok(v)
            }
            _ => {
                let (root, keys) = self.root(p)?;
                if keys.is_empty() {
                    if let Root::Prop(o, n) = &root {
                        self.write_prop(&Value::Object(o.clone()), n, v.clone())?;
                        return Ok(v);
                    }
                    let v2 = v.clone();
                    self.with_root(&root, move |slot| slot.assign(v2))?;
                    return Ok(v);
                }
                self.dim_run(&root, &keys, DimOp::Assign(v))
            }
        }
    }

    /// Evaluates `place = expr` (the value is evaluated after the place's keys, as PHP does).
    pub fn assign_expr(&mut self, p: &Place, e: &Expr, line: u32) -> ER {
        match p {
            Place::Index(b, k) => {
                if let Place::Local(s) = **b {
                    if let Some(r) = self.assign_index_fast(s, k.as_deref(), e, line) {
                        return r;
                    }
                }
                let (root, mut keys, deferred) = self.root_deferred(p, e)?;
                let v = self.eval(e)?;
                self.read_deferred_keys(p, &mut keys, deferred)?;
                self.line = line;
                let v = match &root {
                    Root::Var(VarLoc::Stack(i)) => {
                        let i = *i;
                        match dim_assign_fast(&mut self.stack[i], &keys, v.clone()) {
                            Ok(n) => {
                                self.check_array_growth(n)?;
                                return Ok(v);
                            }
                            Err(_) => v,
                        }
                    }
                    _ => v,
                };
                self.dim_run(&root, &keys, DimOp::Assign(v))
            }
            Place::Prop(o, m) => {
                if let (ExprKind::This, Member::Name(n, cache)) = (&o.kind, m) {
                    // `$this->name = value`: store straight into a plain declared slot.
                    let v = self.eval(e)?;
                    if self.write_this_prop_fast(n, cache, &v) {
                        return Ok(v);
                    }
                    let ov = self.eval(o)?;
                    self.line = line;
                    self.write_prop(&ov, n, v.clone())?;
                    return Ok(v);
                }
                let ov = self.eval(o)?;
                let name = self.member_name(m)?;
                let v = self.eval(e)?;
                self.line = line;
                self.write_prop(&ov, &name, v.clone())?;
                Ok(v)
            }
            _ => {
                let v = self.eval(e)?;
                self.line = line;
                self.assign_place(p, v)
            }
        }
    }

    /// Makes the place a reference and returns it (auto-vivifying).
    pub fn place_ref(&mut self, p: &Place) -> Result<PhpRef, Unwind> {
        match p {
            Place::Local(s) => {
                let i = self.base + *s as usize;
                Ok(self.stack[i].make_ref())
            }
            Place::Temp(e) => {
                let v = self.eval(e)?;
                Ok(PhpRef::new(v))
            }
            Place::StaticProp(c, m) => {
                let cls = self.class_ref(c)?;
                let n = self.member_name(m)?;
                self.static_prop_ref(&cls, &n)
            }
            _ => {
                let (root, keys) = self.root(p)?;
                if keys.is_empty() {
                    return self.with_root(&root, |slot| slot.make_ref());
                }
                match self.dim_run(&root, &keys, DimOp::GetRef)? {
                    Value::Ref(r) => Ok(r),
                    v => Ok(PhpRef::new(v)),
                }
            }
        }
    }

    /// Makes the place share reference `r` (`$a = &$b`, `global`, foreach by reference).
    pub fn bind_ref(&mut self, p: &Place, r: PhpRef) -> Result<(), Unwind> {
        match p {
            Place::List(_) => self.destructure_ref(p, &r),
            Place::Local(s) => {
                let i = self.base + *s as usize;
                self.stack[i] = Value::Ref(r);
                Ok(())
            }
            Place::StaticProp(c, m) => {
                let cls = self.class_ref(c)?;
                let n = self.member_name(m)?;
                if let Some(sp) = cls.static_props.borrow_mut().get_mut(&n) {
                    sp.cell = r;
                }
                Ok(())
            }
            _ => {
                let (root, keys) = self.root(p)?;
                if keys.is_empty() {
                    self.with_root(&root, |slot| *slot = Value::Ref(r))?;
                    return Ok(());
                }
                self.dim_run(&root, &keys, DimOp::Bind(r))?;
                Ok(())
            }
        }
    }

    /// Reads a place without "undefined" diagnostics.
    pub fn read_place_quiet(&mut self, p: &Place) -> ER {
        match p {
            Place::Local(s) => Ok(self.stack[self.base + *s as usize].deref()),
            Place::VarVar(e) => {
                let n = self.eval(e)?;
                let n = self.to_str(&n)?;
                Ok(self.var_by_name(&n).map_or(Value::Null, |v| v.deref()))
            }
            Place::GlobalVar(e) => {
                let n = self.eval(e)?;
                let n = self.to_str(&n)?;
                let loc = self.global_loc(&n, false);
                Ok(self.loc_mut(&loc).map_or(Value::Null, |v| v.deref()))
            }
            Place::Index(b, k) => {
                let bv = self.read_place_quiet(b)?;
                let kv = match k {
                    Some(k) => self.eval(k)?,
                    None => return Ok(Value::Null),
                };
                self.read_index(&bv, &kv, true)
            }
            Place::Prop(o, m) => {
                let ov = self.eval_quiet(o)?;
                if ov.is_null() {
                    return Ok(Value::Null);
                }
                let n = self.member_name(m)?;
                self.read_prop(&ov, &n, true)
            }
            Place::StaticProp(c, m) => {
                let cls = self.class_ref(c)?;
                let n = self.member_name(m)?;
                Ok(self
                    .find_static_prop(&cls, &n)
                    .map_or(Value::Null, |r| r.get()))
            }
            Place::This => Ok(self
                .frames
                .last()
                .and_then(|f| f.this.clone())
                .map_or(Value::Null, Value::Object)),
            Place::Temp(e) => self.eval(e),
            Place::List(_) => Ok(Value::Null),
        }
    }

    /// Reads a place with the normal diagnostics.
    pub fn read_place(&mut self, p: &Place) -> ER {
        match p {
            Place::Local(s) => {
                let v = &self.stack[self.base + *s as usize];
                if v.is_undef() {
                    let n = self.slot_name(*s);
                    self.raise(E_WARNING, &format!("Undefined variable ${}", n))?;
                    return Ok(Value::Null);
                }
                Ok(v.deref())
            }
            Place::Index(b, k) => {
                let bv = self.read_place(b)?;
                let kv = match k {
                    Some(k) => self.eval(k)?,
                    None => return Err(self.fatal("Cannot use [] for reading")),
                };
                self.read_index(&bv, &kv, false)
            }
            Place::Prop(o, m) => {
                let ov = self.eval(o)?;
                let n = self.member_name(m)?;
                self.read_prop(&ov, &n, false)
            }
            _ => self.read_place_quiet(p),
        }
    }

    /// `isset(place)`.
    pub fn isset_place(&mut self, p: &Place) -> Result<bool, Unwind> {
        match p {
            Place::Prop(o, m) => {
                let ov = self.eval_quiet(o)?;
                let o = match ov {
                    Value::Object(o) => o,
                    _ => return Ok(false),
                };
                let n = self.member_name(m)?;
                if let Some(v) = self.prop_visible_value(&o, &n) {
                    return Ok(!v.is_null());
                }
                if self.never_initialised(&o, &n) {
                    return Ok(false);
                }
                if let Some(m) = o.class().magic.isset.clone() {
                    // `isset()` asks `__isset` only; `empty()` reads the value afterwards.
                    let r = self.call_method(&o, &m, vec![Value::Str(n.clone())])?;
                    return Ok(r.to_bool());
                }
                Ok(false)
            }
            Place::Index(b, k) => {
                let bv = self.read_place_quiet(b)?;
                let kv = match k {
                    Some(k) => self.eval(k)?,
                    None => return Ok(false),
                };
                if let Value::Object(o) = &bv {
                    if o.class().instance_of_name(b"arrayaccess") {
                        return Ok(self
                            .call_method_by_name(o, "offsetExists", vec![kv])?
                            .is_some_and(|v| v.to_bool()));
                    }
                }
                if let (Value::Array(_), Value::Array(_) | Value::Object(_)) = (&bv, &kv) {
                    return Err(self
                        .throw_error("TypeError", "Illegal offset type in isset or empty".into()));
                }
                Ok(!self.read_index(&bv, &kv, true)?.is_null())
            }
            _ => Ok(!self.read_place_quiet(p)?.is_null()),
        }
    }

    /// `unset(place)`.
    pub fn unset_place(&mut self, p: &Place) -> Result<(), Unwind> {
        match p {
            Place::Local(s) => {
                let i = self.base + *s as usize;
                self.stack[i] = Value::Undef;
            }
            Place::VarVar(e) => {
                let n = self.eval(e)?;
                let n = self.to_str(&n)?;
                if let Some(loc) = self.var_loc(&n, false) {
                    if let Some(slot) = self.loc_mut(&loc) {
                        *slot = Value::Undef;
                    }
                }
            }
            Place::Prop(o, m) => {
                let ov = self.eval(o)?;
                let n = self.member_name(m)?;
                if let Value::Object(o) = ov {
                    if let Some(slot) = self.prop_slot(o.class(), &n) {
                        let info = o.class().props[slot as usize].clone();
                        if !self.prop_accessible(&info) {
                            if let Some(u) = o.class().magic.unset.clone() {
                                self.call_method(&o, &u, vec![Value::Str(n)])?;
                                return Ok(());
                            }
                            return Err(self.prop_access_error(&o, &info));
                        }
                        if info.readonly {
                            let in_scope = self
                                .current_scope()
                                .is_some_and(|s| s.lname == info.declaring);
                            let init = !o.obj().props.borrow()[slot as usize].is_undef();
                            if init || !in_scope {
                                return Err(self.throw_error(
                                    "Error",
                                    format!(
                                        "Cannot unset readonly property {}::${}",
                                        info.class_name, n
                                    ),
                                ));
                            }
                        }
                        let empty = o.obj().props.borrow()[slot as usize].is_undef();
                        if empty && o.was_unset(slot as usize) {
                            // Unset already: `__unset` is asked, as for an undefined one.
                            if let Some(u) = o.class().magic.unset.clone() {
                                if !self.in_magic(&o, &n) {
                                    self.call_method(&o, &u, vec![Value::Str(n)])?;
                                }
                            }
                            return Ok(());
                        }
                        let old = std::mem::replace(
                            &mut o.obj().props.borrow_mut()[slot as usize],
                            Value::Undef,
                        );
                        o.mark_unset(slot as usize);
                        crate::value::discard(old);
                    } else {
                        let removed = o
                            .obj()
                            .dyn_props
                            .borrow_mut()
                            .as_mut()
                            .and_then(|d| d.remove(&Key::from_phpstr(n.clone())));
                        if removed.is_none() {
                            if let Some(u) = o.class().magic.unset.clone() {
                                self.call_method(&o, &u, vec![Value::Str(n)])?;
                            }
                        }
                    }
                }
            }
            Place::StaticProp(..) => {
                return Err(self.throw_error("Error", "Attempt to unset static property".into()));
            }
            Place::GlobalVar(e) => {
                let n = self.eval(e)?;
                let n = self.to_str(&n)?;
                let loc = self.global_loc(&n, false);
                if let Some(slot) = self.loc_mut(&loc) {
                    *slot = Value::Undef;
                }
            }
            Place::Index(..) => {
                let (root, keys) = self.root(p)?;
                let mut err: Option<DimErr> = None;
                let mut diags = Vec::new();
                self.with_root(&root, |slot| {
                    if let Err(e) = dim_unset(slot, &keys, 0, &mut diags) {
                        err = Some(e);
                    }
                })?;
                for (l, m) in diags {
                    self.raise(l, &m)?;
                }
                match err {
                    Some(DimErr::Throw(c, m)) => return Err(self.throw_error(c, m)),
                    Some(DimErr::Object(o, depth)) => {
                        if o.class().instance_of_name(b"arrayaccess") && depth + 1 == keys.len() {
                            let k = keys[depth].clone().unwrap_or(Value::Null);
                            self.call_method_by_name(&o, "offsetUnset", vec![k])?;
                        } else if !o.class().instance_of_name(b"arrayaccess") {
                            return Err(self.throw_error(
                                "Error",
                                format!("Cannot use object of type {} as array", o.class().name),
                            ));
                        }
                    }
                    None => {}
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// `place op= expr`.
    pub fn assign_op(&mut self, op: BinOp, p: &Place, e: &Expr, line: u32) -> ER {
        if let Place::Local(s) = p {
            let i = self.base + *s as usize;
            if let Some(cur) = crate::fast::N::of(&self.stack[i]) {
                if let Some(rhs) = self.num_checked(e) {
                    if let Some(nv) = crate::fast::arith(op, cur, rhs) {
                        let v = nv.value();
                        self.stack[i] = v.clone();
                        return Ok(v);
                    }
                }
            }
            if self.stack[i].is_undef() {
                let n = self.slot_name(*s);
                self.raise(E_WARNING, &format!("Undefined variable ${}", n))?;
                self.stack[i] = Value::Null;
            }
            let rhs = self.eval(e)?;
            self.line = line;
            if op == BinOp::Concat {
                // Append in place when the string is not shared.
                let cur = match &mut self.stack[i] {
                    Value::Ref(r) => {
                        let r = r.clone();
                        let cur = r.take();
                        let nv = self.concat_into(cur, &rhs)?;
                        r.set(nv.clone());
                        return Ok(nv);
                    }
                    slot => std::mem::take(slot),
                };
                let nv = self.concat_into(cur, &rhs)?;
                self.stack[i] = nv.clone();
                return Ok(nv);
            }
            if let Value::Int(y) = rhs {
                if let Value::Int(x) = &mut self.stack[i] {
                    let r = match op {
                        BinOp::Add => x.checked_add(y),
                        BinOp::Sub => x.checked_sub(y),
                        BinOp::Mul => x.checked_mul(y),
                        _ => None,
                    };
                    if let Some(r) = r {
                        *x = r;
                        return Ok(Value::Int(r));
                    }
                }
            }
            let cur = self.stack[i].deref();
            let nv = self.binop(op, &cur, &rhs)?;
            self.stack[i].assign(nv.clone());
            return Ok(nv);
        }
        if let Some(v) = self.assign_op_index_fast(op, p, e) {
            return Ok(v);
        }
        match p {
            Place::Prop(o, m) => {
                let ov = self.eval(o)?;
                let n = self.member_name(m)?;
                self.check_rw_prop_target(&ov, &n, "assign")?;
                self.create_for_rw(&ov, &n)?;
                let cur = self.read_prop(&ov, &n, false)?;
                let rhs = self.eval(e)?;
                self.line = line;
                let nv = self.binop(op, &cur, &rhs)?;
                self.write_prop(&ov, &n, nv.clone())?;
                Ok(nv)
            }
            _ => {
                // PHP evaluates the right-hand side before the read-write fetch (and reads
                // variable keys after it).
                let (root, mut keys, deferred) = self.root_deferred(p, e)?;
                let rhs = self.eval(e)?;
                self.read_deferred_keys(p, &mut keys, deferred)?;
                self.line = line;
                if let Root::Var(VarLoc::Stack(i)) = root {
                    // Numeric element updated in place (`$a[$i] += 1.5`).
                    let cur = match dim_existing(&self.stack[i], &keys) {
                        Some(Value::Int(x)) => Some(Value::Int(*x)),
                        Some(Value::Float(x)) => Some(Value::Float(*x)),
                        _ => None,
                    };
                    if let Some(cur) = cur {
                        let fast = match (&cur, &rhs) {
                            (Value::Int(x), Value::Int(y)) => crate::ops::int_fast(op, *x, *y),
                            (Value::Float(x), Value::Float(y)) => {
                                crate::ops::float_fast(op, *x, *y, false)
                            }
                            (Value::Int(x), Value::Float(y)) => {
                                crate::ops::float_fast(op, *x as f64, *y, true)
                            }
                            (Value::Float(x), Value::Int(y)) => {
                                crate::ops::float_fast(op, *x, *y as f64, true)
                            }
                            _ => None,
                        };
                        let nv = match fast {
                            Some(v) if !matches!(v, Value::Bool(_)) => v,
                            _ => self.binop(op, &cur, &rhs)?,
                        };
                        if let Some(slot) = dim_existing_mut(&mut self.stack[i], &keys) {
                            if !matches!(slot, Value::Ref(_)) {
                                *slot = nv.clone();
                                return Ok(nv);
                            }
                        }
                        return self.dim_run(&root, &keys, DimOp::Assign(nv));
                    }
                }
                let (cur, diagnosed) = self.read_rw(&root, &keys, false)?;
                let nv = self.binop(op, &cur, &rhs)?;
                if keys.is_empty() {
                    let v2 = nv.clone();
                    self.with_root(&root, move |slot| slot.assign(v2))?;
                    return Ok(nv);
                }
                self.dim_run_ex(&root, &keys, DimOp::Assign(nv), !diagnosed)
            }
        }
    }

    /// `cur . rhs`, appending in place when `cur` is an unshared string.
    pub fn concat_into(&mut self, cur: Value, rhs: &Value) -> ER {
        let mut s = match cur {
            Value::Str(s) => s,
            other => self.to_str(&other)?,
        };
        match rhs {
            Value::Str(t) => s.push_bytes(t),
            Value::Int(i) => s.push_bytes(crate::interp::itoa_buf(*i).as_bytes()),
            other => {
                let t = self.to_str(other)?;
                s.push_bytes(&t);
            }
        }
        self.check_alloc(s.len())?;
        Ok(Value::Str(s))
    }

    /// Reads the element a compound assignment or `++`/`--` is about to modify, with the
    /// diagnostics of PHP's read-write fetch: an undefined variable or property warns, every
    /// missing key warns "Undefined array key" (later levels count as empty arrays), `false`
    /// containers are deprecated, strings and other scalars throw. Returns the current value
    /// (null when missing) and whether the diagnostics were all given here, so the write that
    /// follows must not repeat them.
    fn read_rw(
        &mut self,
        root: &Root,
        keys: &[Option<Value>],
        inc_dec: bool,
    ) -> Result<(Value, bool), Unwind> {
        let mut cur = match root {
            Root::Var(loc) => {
                let loc = loc.clone();
                let v = self.loc_mut(&loc).map_or(Value::Undef, |v| match v {
                    Value::Undef => Value::Undef,
                    v => v.deref(),
                });
                if v.is_undef() {
                    let name = match &loc {
                        VarLoc::Stack(i) => self.slot_name((i - self.base) as u32),
                        VarLoc::Extra(n) | VarLoc::ExtraGlobal(n) => n.clone(),
                    };
                    self.raise(E_WARNING, &format!("Undefined variable ${}", name))?;
                    Value::Null
                } else {
                    v
                }
            }
            Root::Static(r) => r.get(),
            Root::Temp(v) => v.clone(),
            Root::Prop(o, n) => self.read_prop(&Value::Object(o.clone()), n, false)?,
        };
        let mut diags = Vec::new();
        for (depth, k) in keys.iter().enumerate() {
            let k = match k {
                Some(k) => k,
                None => return Ok((Value::Null, false)),
            };
            let last = depth + 1 == keys.len();
            let missing = match &cur {
                Value::Array(_) | Value::Null | Value::Undef | Value::Bool(false) => {
                    if matches!(cur, Value::Bool(false)) {
                        diags.push((
                            E_DEPRECATED,
                            "Automatic conversion of false to array is deprecated".into(),
                        ));
                    }
                    let key = match key_of(k, &mut diags) {
                        Ok(key) => key,
                        Err(_) => {
                            self.raise_all(diags)?;
                            return Err(self.throw_error("TypeError", "Illegal offset type".into()));
                        }
                    };
                    match &cur {
                        Value::Array(a) => match a.get(&key) {
                            Some(v) => {
                                cur = v.deref();
                                continue;
                            }
                            None => key,
                        },
                        _ => key,
                    }
                }
                Value::Object(_) => {
                    // ArrayAccess and its errors: the general read path.
                    self.raise_all(diags)?;
                    let mut v = self.read_index(&cur, k, false)?;
                    for k in &keys[depth + 1..] {
                        v = match k {
                            Some(k) => self.read_index(&v, k, false)?,
                            None => Value::Null,
                        };
                    }
                    return Ok((v, false));
                }
                Value::Str(_) => {
                    self.raise_all(diags)?;
                    let (cls, msg) = if last && inc_dec {
                        ("Error", "Cannot increment/decrement string offsets")
                    } else if last {
                        (
                            "Error",
                            "Cannot use assign-op operators with string offsets",
                        )
                    } else if matches!(k, Value::Str(ks) if !matches!(
                        crate::numeric::parse_numeric(ks),
                        crate::numeric::Numeric::Whole(crate::numeric::Num::Int(_))
                    )) {
                        ("TypeError", "Cannot access offset of type string on string")
                    } else {
                        ("Error", "Cannot use string offset as an array")
                    };
                    return Err(self.throw_error(cls, msg.into()));
                }
                _ => {
                    self.raise_all(diags)?;
                    return Err(
                        self.throw_error("Error", "Cannot use a scalar value as an array".into())
                    );
                }
            };
            diags.push((
                E_WARNING,
                match &missing {
                    Key::Int(i) => format!("Undefined array key {}", i),
                    Key::Str(s) => format!("Undefined array key \"{}\"", s),
                },
            ));
            cur = Value::Null;
        }
        self.raise_all(diags)?;
        Ok((cur, true))
    }

    /// Raises collected diagnostics in order.
    fn raise_all(&mut self, diags: Vec<(i64, String)>) -> Result<(), Unwind> {
        for (level, msg) in diags {
            self.raise(level, &msg)?;
        }
        Ok(())
    }

    /// A read-write property access (`$x->p++`, `$x->p .= …`) on something that is not an
    /// object: PHP's Error, before anything is read (`Attempt to increment/decrement property
    /// "p" on null`).
    fn check_rw_prop_target(&mut self, ov: &Value, n: &PhpStr, what: &str) -> Result<(), Unwind> {
        let t = match ov {
            Value::Object(_) => return Ok(()),
            Value::Ref(r) if r.with(|v| matches!(v, Value::Object(_))) => return Ok(()),
            Value::Ref(r) => r.get().type_name(),
            v => v.type_name(),
        };
        Err(self.throw_error(
            "Error",
            format!("Attempt to {what} property \"{n}\" on {t}"),
        ))
    }

    /// A read-write access to a property the object does not have, with no `__get` to
    /// stand in: PHP creates it first (with the dynamic-property deprecation) and then warns
    /// that it was undefined.
    fn create_for_rw(&mut self, ov: &Value, n: &PhpStr) -> Result<(), Unwind> {
        let Value::Object(o) = ov else {
            return Ok(());
        };
        let cls = o.class().clone();
        if cls.magic.get.is_some() || self.prop_slot(&cls, n).is_some() {
            return Ok(());
        }
        let key = Key::from_phpstr(n.clone());
        if o.obj()
            .dyn_props
            .borrow()
            .as_ref()
            .is_some_and(|d| d.contains_key(&key))
        {
            return Ok(());
        }
        self.check_dynamic_prop(o, n)?;
        o.obj()
            .dyn_props
            .borrow_mut()
            .get_or_insert_with(Default::default)
            .insert(key, Value::Null);
        self.raise(
            E_WARNING,
            &format!("Undefined property: {}::${}", cls.name, n),
        )
    }

    /// `++`/`--` on a place.
    pub fn inc_dec_place(&mut self, p: &Place, prefix: bool, inc: bool) -> ER {
        let (root, keys, old, diagnosed) = match p {
            Place::Prop(o, m) => {
                let ov = self.eval(o)?;
                let n = self.member_name(m)?;
                self.check_rw_prop_target(&ov, &n, "increment/decrement")?;
                self.create_for_rw(&ov, &n)?;
                let old = self.read_prop(&ov, &n, false)?;
                let nv = crate::ops::inc_dec(self, &old, inc)?;
                if let (Value::Int(_), Value::Float(_)) = (&old, &nv) {
                    self.check_incdec_overflow(&ov, &n, inc)?;
                }
                self.write_prop(&ov, &n, nv.clone())?;
                return Ok(if prefix { nv } else { old });
            }
            Place::Local(s) => {
                let old = self.read_place(p)?;
                let nv = crate::ops::inc_dec(self, &old, inc)?;
                let i = self.base + *s as usize;
                self.stack[i].assign(nv.clone());
                return Ok(if prefix { nv } else { old });
            }
            _ => {
                let (root, keys) = self.root(p)?;
                if let Root::Var(VarLoc::Stack(i)) = root {
                    if let Some(Value::Int(x)) = dim_existing_mut(&mut self.stack[i], &keys) {
                        let old = *x;
                        let nv = if inc {
                            old.checked_add(1)
                        } else {
                            old.checked_sub(1)
                        };
                        if let Some(nv) = nv {
                            *x = nv;
                            return Ok(Value::Int(if prefix { nv } else { old }));
                        }
                    }
                }
                let (old, diagnosed) = self.read_rw(&root, &keys, true)?;
                (root, keys, old, diagnosed)
            }
        };
        let nv = crate::ops::inc_dec(self, &old, inc)?;
        if keys.is_empty() {
            let v2 = nv.clone();
            self.with_root(&root, move |slot| slot.assign(v2))?;
        } else {
            self.dim_run_ex(&root, &keys, DimOp::Assign(nv.clone()), !diagnosed)?;
        }
        Ok(if prefix { nv } else { old })
    }

    /// `[$a, $b] = $v` / `list('k' => $x) = $v`.
    pub fn destructure(&mut self, p: &Place, v: Value) -> Result<(), Unwind> {
        let items = match p {
            Place::List(items) => items,
            other => {
                self.assign_place(other, v)?;
                return Ok(());
            }
        };
        let mut next = 0i64;
        for it in items.iter() {
            let it = match it {
                Some(it) => it,
                None => {
                    next += 1;
                    continue;
                }
            };
            let key = match &it.key {
                Some(k) => self.eval(k)?,
                None => {
                    next += 1;
                    Value::Int(next - 1)
                }
            };
            if it.by_ref {
                // Reference into the source array is only meaningful for variables; approximate
                // with a reference to the element value.
                let r = PhpRef::new(match &v {
                    Value::Array(_) => self.read_index(&v, &key, true)?,
                    _ => Value::Null,
                });
                self.bind_ref(&it.target, r)?;
                continue;
            }
            let elem = match &v {
                Value::Array(_) | Value::Object(_) => self.read_index(&v, &key, false)?,
                _ => Value::Null,
            };
            match &it.target {
                Place::List(_) => self.destructure(&it.target, elem)?,
                t => {
                    self.assign_place(t, elem)?;
                }
            }
        }
        Ok(())
    }

    /// `[$a, &$b] = $src`: by-reference items become references into the source array.
    pub fn destructure_ref(&mut self, p: &Place, src: &PhpRef) -> Result<(), Unwind> {
        let items = match p {
            Place::List(items) => items,
            other => return self.assign_place(other, src.get()).map(|_| ()),
        };
        let mut next = 0i64;
        for it in items.iter() {
            let it = match it {
                Some(it) => it,
                None => {
                    next += 1;
                    continue;
                }
            };
            let key = match &it.key {
                Some(k) => self.eval(k)?,
                None => {
                    next += 1;
                    Value::Int(next - 1)
                }
            };
            if it.by_ref || matches!(it.target, Place::List(_)) {
                let k = self.to_key(&key)?;
                let er = src.with_mut(|v| {
                    if matches!(v, Value::Null | Value::Undef) {
                        *v = Value::from(crate::array::PhpArray::autovivified());
                    }
                    match v {
                        Value::Array(a) => Some(Rc::make_mut(a).entry(k).make_ref()),
                        _ => None,
                    }
                });
                match (er, it.by_ref) {
                    (Some(er), true) => self.bind_ref(&it.target, er)?,
                    (Some(er), false) => self.destructure_ref(&it.target, &er)?,
                    (None, _) => self.destructure(&it.target, Value::Null)?,
                }
                continue;
            }
            let v = src.get();
            let elem = match &v {
                Value::Array(_) | Value::Object(_) => self.read_index(&v, &key, false)?,
                _ => Value::Null,
            };
            match &it.target {
                Place::List(_) => self.destructure(&it.target, elem)?,
                t => {
                    self.assign_place(t, elem)?;
                }
            }
        }
        Ok(())
    }

    // ------------------------------------------------------------------ properties

    /// The slot of an object's property `name` as the running code sees it (an ancestor's
    /// private property hidden by a redeclaration is seen by that ancestor's code only).
    #[inline]
    pub fn prop_slot(&self, class: &crate::object::Class, name: &[u8]) -> Option<u32> {
        if class.shadowed.is_empty() {
            return class.prop_slots.get(name).copied();
        }
        let scope = self.frames.last().and_then(|f| f.scope.as_ref());
        class.prop_slot_in(name, scope.map(|s| s.lname.as_bytes()))
    }

    /// The class scope of the running code, borrowed.
    #[inline(always)]
    pub fn scope_ref(&self) -> Option<&Rc<crate::object::Class>> {
        self.frames.last().and_then(|f| f.scope.as_ref())
    }

    /// The declared slot of property `n` of `cls` when the running code may access it,
    /// through the access site's memo (filled on a miss).
    #[inline(always)]
    pub fn site_slot(
        &self,
        cls: &Rc<crate::object::Class>,
        n: &PhpStr,
        cache: &SiteCache,
    ) -> Option<u32> {
        match cache.slot(cls, self.scope_ref()) {
            Some(s) => Some(s),
            None => self.site_slot_miss(cls, n, cache),
        }
    }

    /// [`Vm::site_slot`] when the memo does not answer: the full lookup, remembered.
    #[cold]
    #[inline(never)]
    fn site_slot_miss(
        &self,
        cls: &Rc<crate::object::Class>,
        n: &PhpStr,
        cache: &SiteCache,
    ) -> Option<u32> {
        let scope = self.scope_ref();
        let slot = self.prop_slot(cls, n)?;
        if !self.prop_accessible(cls.props.get(slot as usize)?) {
            return None;
        }
        cache.store(cls, scope, Resolved::Slot(slot));
        Some(slot)
    }

    /// True if the running code can access a declared property.
    pub fn prop_accessible(&self, info: &PropInfo) -> bool {
        if info.vis == Visibility::Public {
            return true;
        }
        let scope = match self.frames.last().and_then(|f| f.scope.as_ref()) {
            Some(s) => s,
            None => return false,
        };
        match info.vis {
            Visibility::Private => scope.lname == info.declaring,
            _ => {
                scope.instance_of_name(&info.declaring)
                    || self
                        .classes
                        .get(&info.declaring)
                        .is_some_and(|d| d.is_subclass_of(scope))
            }
        }
    }

    fn prop_access_error(&mut self, o: &ObjRef, info: &PropInfo) -> Unwind {
        self.throw_error(
            "Error",
            format!(
                "Cannot access {} property {}::${}",
                info.vis.as_str(),
                o.class().name,
                info.name
            ),
        )
    }

    /// PHP's Error for reading typed property `n` before it is initialised.
    fn uninit_error(&mut self, info: &crate::object::PropInfo, n: &PhpStr) -> Unwind {
        self.throw_error(
            "Error",
            format!(
                "Typed property {}::${} must not be accessed before initialization",
                info.class_name, n
            ),
        )
    }

    /// Whether `$o->n` names an accessible typed declared property that was never
    /// initialised (and not emptied by `unset()`): PHP asks no magic method about it.
    fn never_initialised(&mut self, o: &ObjRef, n: &PhpStr) -> bool {
        let Some(slot) = self.prop_slot(o.class(), n) else {
            return false;
        };
        let info = &o.class().props[slot as usize];
        info.ty.is_some()
            && !o.was_unset(slot as usize)
            && o.obj().props.borrow()[slot as usize].is_undef()
            && self.prop_accessible(info)
    }

    fn prop_visible_value(&mut self, o: &ObjRef, n: &PhpStr) -> Option<Value> {
        if let Some(slot) = self.prop_slot(o.class(), n) {
            let info = &o.class().props[slot as usize];
            if !self.prop_accessible(info) {
                return None;
            }
            let v = o.obj().props.borrow()[slot as usize].clone();
            return if v.is_undef() { None } else { Some(v.deref()) };
        }
        o.obj()
            .dyn_props
            .borrow()
            .as_ref()
            .and_then(|d| d.get(&Key::from_phpstr(n.clone())).map(|v| v.deref()))
    }

    /// `$this->name = v` into an accessible, untyped-or-accepting, non-readonly declared
    /// slot not holding a reference; false (nothing done) when the general path is needed.
    fn write_this_prop_fast(&self, n: &PhpStr, cache: &SiteCache, v: &Value) -> bool {
        let o = match self.frames.last().and_then(|f| f.this.as_ref()) {
            Some(o) => o,
            None => return false,
        };
        let cls = o.class();
        let slot = match self.site_slot(cls, n, cache) {
            Some(s) => s as usize,
            None => return false,
        };
        let info = match cls.props.get(slot) {
            Some(i) => i,
            None => return false,
        };
        if info.readonly
            || info
                .ty
                .as_ref()
                .is_some_and(|t| !crate::types::fast_accepts(v, t))
        {
            return false;
        }
        let mut props = o.obj().props.borrow_mut();
        match props.get_mut(slot) {
            Some(Value::Ref(_)) | None => false,
            Some(Value::Undef) if o.was_unset(slot) => false,
            Some(cur) => {
                let old = std::mem::replace(cur, v.clone());
                drop(props);
                crate::value::discard(old);
                true
            }
        }
    }

    /// `$o->name` read.
    pub fn read_prop(&mut self, ov: &Value, n: &PhpStr, quiet: bool) -> ER {
        self.read_prop_in(ov, n, quiet, quiet)
    }

    /// [`Vm::read_prop`]; a quiet read of a property that is not visible asks `__isset`
    /// first when `ask_isset` (not after `empty()` has asked it already).
    pub fn read_prop_in(&mut self, ov: &Value, n: &PhpStr, quiet: bool, ask_isset: bool) -> ER {
        let o = match ov {
            Value::Object(o) => o,
            Value::Ref(r) => return self.read_prop_in(&r.get(), n, quiet, ask_isset),
            other => {
                if !quiet {
                    let t = if other.is_null() {
                        "null".to_string()
                    } else {
                        other.type_name()
                    };
                    self.raise(
                        E_WARNING,
                        &format!("Attempt to read property \"{}\" on {}", n, t),
                    )?;
                }
                return Ok(Value::Null);
            }
        };
        if let Some(slot) = self.prop_slot(o.class(), n) {
            let cls = o.class().clone();
            let info = &cls.props[slot as usize];
            let accessible = self.prop_accessible(info);
            if accessible {
                match &o.obj().props.borrow()[slot as usize] {
                    Value::Undef => {}
                    Value::Ref(r) => return Ok(r.get()),
                    v => return Ok(v.clone()),
                }
                if info.ty.is_some() && !o.was_unset(slot as usize) {
                    // Never initialised: no magic, as in PHP.
                    if quiet {
                        return Ok(Value::Null);
                    }
                    return Err(self.uninit_error(info, n));
                }
            }
            // `__get` standing in for an accessible typed property gives a value of its type.
            let typed = Some(info).filter(|i| accessible && i.ty.is_some());
            if quiet {
                return self.read_prop_quiet_magic(o, n, ask_isset, typed);
            }
            if let Some(g) = o.class().magic.get.clone() {
                if !self.in_magic(o, n) {
                    let v = self.call_magic_get(o, &g, n)?;
                    return self.typed_magic_value(o, typed, v);
                }
            }
            if !accessible {
                return Err(self.prop_access_error(o, info));
            }
            if info.ty.is_some() {
                return Err(self.uninit_error(info, n));
            }
            if !quiet {
                self.raise(
                    E_WARNING,
                    &format!("Undefined property: {}::${}", o.class().name, n),
                )?;
            }
            return Ok(Value::Null);
        }
        let dv = o
            .obj()
            .dyn_props
            .borrow()
            .as_ref()
            .and_then(|d| d.get(&Key::from_phpstr(n.clone())).map(|v| v.deref()));
        if let Some(v) = dv {
            return Ok(v);
        }
        if quiet {
            return self.read_prop_quiet_magic(o, n, ask_isset, None);
        }
        if let Some(g) = o.class().magic.get.clone() {
            if !self.in_magic(o, n) {
                return self.call_magic_get(o, &g, n);
            }
        }
        if !quiet {
            self.raise(
                E_WARNING,
                &format!("Undefined property: {}::${}", o.class().name, n),
            )?;
        }
        Ok(Value::Null)
    }

    /// A quiet read (`??`, the inner reads of `isset()`) of a property that is not visible
    /// (undefined, unset, uninitialised or inaccessible): `__isset` decides first when the
    /// class has it, then `__get` gives the value; otherwise null, with no warning or error.
    fn read_prop_quiet_magic(
        &mut self,
        o: &ObjRef,
        n: &PhpStr,
        ask_isset: bool,
        typed: Option<&PropInfo>,
    ) -> ER {
        if let Some(m) = o.class().magic.isset.clone().filter(|_| ask_isset) {
            if !self.in_magic(o, n)
                && !self
                    .call_method(o, &m, vec![Value::Str(n.clone())])?
                    .to_bool()
            {
                return Ok(Value::Null);
            }
        }
        if let Some(g) = o.class().magic.get.clone() {
            if !self.in_magic(o, n) {
                let v = self.call_magic_get(o, &g, n)?;
                return self.typed_magic_value(o, typed, v);
            }
        }
        Ok(Value::Null)
    }

    /// The value `__get` gave for property `typed` (when it is a typed one), converted to
    /// its type or rejected as an assignment would be.
    fn typed_magic_value(&mut self, o: &ObjRef, typed: Option<&PropInfo>, v: Value) -> ER {
        match typed {
            Some(info) => match &info.ty {
                Some(t) if !crate::types::fast_accepts(&v, t) => self.coerce_prop(o, info, t, v),
                _ => Ok(v),
            },
            None => Ok(v),
        }
    }

    /// Writing into a property that `__get` stands in for (`$o->list[] = 1` with `list`
    /// undefined or inaccessible): PHP writes into a copy of what `__get` returns, with a
    /// notice unless it is an object (whose handle still reaches the object). `None` when
    /// no `__get` applies (or it returns by reference, which is not modelled here).
    fn magic_get_for_write(&mut self, o: &ObjRef, n: &PhpStr) -> Result<Option<Value>, Unwind> {
        let Some(g) = o.class().magic.get.clone() else {
            return Ok(None);
        };
        if self.in_magic(o, n) || g.func.by_ref_return {
            return Ok(None);
        }
        let v = self.call_magic_get(o, &g, n)?;
        if !matches!(v, Value::Object(_)) {
            let msg = format!(
                "Indirect modification of overloaded property {}::${} has no effect",
                o.class().name,
                n
            );
            self.raise(crate::diag::E_NOTICE, &msg)?;
        }
        Ok(Some(v))
    }

    fn in_magic(&self, o: &ObjRef, n: &PhpStr) -> bool {
        self.magic_guard
            .iter()
            .any(|(id, name)| *id == o.id() && name == n)
    }

    fn call_magic_get(&mut self, o: &ObjRef, g: &crate::object::Method, n: &PhpStr) -> ER {
        self.magic_guard.push((o.id(), n.clone()));
        let r = self.call_method(o, g, vec![Value::Str(n.clone())]);
        self.magic_guard.pop();
        r
    }

    /// `$o->name = v`.
    pub fn write_prop(&mut self, ov: &Value, n: &PhpStr, v: Value) -> Result<(), Unwind> {
        let o = match ov {
            Value::Object(o) => o.clone(),
            Value::Ref(r) => return self.write_prop(&r.get(), n, v),
            other => {
                let t = if other.is_null() {
                    "null".to_string()
                } else {
                    other.type_name()
                };
                return Err(self.throw_error(
                    "Error",
                    format!("Attempt to assign property \"{}\" on {}", n, t),
                ));
            }
        };
        if let Some(slot) = self.prop_slot(o.class(), n) {
            let cls = o.class().clone();
            let info = &cls.props[slot as usize];
            if !self.prop_accessible(info) {
                if self.magic_set(&o, n, v)?.is_none() {
                    return Ok(());
                }
                if info.readonly {
                    return Err(self.throw_error(
                        "Error",
                        format!(
                            "Cannot modify readonly property {}::${}",
                            info.class_name, n
                        ),
                    ));
                }
                return Err(self.prop_access_error(&o, info));
            }
            let v =
                if o.was_unset(slot as usize) && o.obj().props.borrow()[slot as usize].is_undef() {
                    // Emptied by `unset()`: `__set` is asked, as for an undefined property.
                    match self.magic_set(&o, n, v)? {
                        Some(back) => back,
                        None => return Ok(()),
                    }
                } else {
                    v
                };
            let v = match &info.ty {
                Some(t) if !crate::types::fast_accepts(&v, t) => {
                    self.coerce_prop(&o, info, t, v)?
                }
                _ => v,
            };
            if info.readonly {
                let cur_init = !o.obj().props.borrow()[slot as usize].is_undef();
                let scope_ok = self
                    .current_scope()
                    .is_some_and(|s| s.lname == info.declaring);
                if !cur_init && !scope_ok {
                    let from = match self.current_scope() {
                        Some(sc) => format!("scope {}", sc.name),
                        None => "global scope".to_string(),
                    };
                    return Err(self.throw_error(
                        "Error",
                        format!(
                            "Cannot initialize readonly property {}::${} from {}",
                            info.class_name, n, from
                        ),
                    ));
                }
                if cur_init {
                    return Err(self.throw_error(
                        "Error",
                        format!(
                            "Cannot modify readonly property {}::${}",
                            info.class_name, n
                        ),
                    ));
                }
            }
            o.obj().props.borrow_mut()[slot as usize].assign(v);
            return Ok(());
        }
        let exists = o
            .obj()
            .dyn_props
            .borrow()
            .as_ref()
            .is_some_and(|d| d.contains_key(&Key::from_phpstr(n.clone())));
        let v = if exists {
            v
        } else {
            let Some(v) = self.magic_set(&o, n, v)? else {
                return Ok(());
            };
            self.check_dynamic_prop(&o, n)?;
            v
        };
        let mut d = o.obj().dyn_props.borrow_mut();
        d.get_or_insert_with(|| Box::new(PhpArray::new()))
            .entry(Key::from_phpstr(n.clone()))
            .assign(v);
        Ok(())
    }

    /// `$o->n = v` through `__set` when the class has it and is not already inside it for
    /// `n`: `None` when it ran, else `v` back for the caller to store.
    fn magic_set(&mut self, o: &ObjRef, n: &PhpStr, v: Value) -> Result<Option<Value>, Unwind> {
        match o.class().magic.set.clone() {
            Some(s) if !self.in_magic(o, n) => {
                self.magic_guard.push((o.id(), n.clone()));
                let r = self.call_method(o, &s, vec![Value::Str(n.clone()), v]);
                self.magic_guard.pop();
                r.map(|_| None)
            }
            _ => Ok(Some(v)),
        }
    }

    /// Creating dynamic property `n` on `o`: an Error for readonly classes and enums, PHP
    /// 8.2's deprecation unless the class is `stdClass` or allows dynamic properties.
    fn check_dynamic_prop(&mut self, o: &ObjRef, n: &PhpStr) -> Result<(), Unwind> {
        if o.class().is_readonly || o.class().kind == crate::object::ClassKind::Enum {
            return Err(self.throw_error(
                "Error",
                format!("Cannot create dynamic property {}::${}", o.class().name, n),
            ));
        }
        if o.class().lname.as_bytes() != b"stdclass" && !o.class().allows_dynamic() {
            self.raise(
                E_DEPRECATED,
                &format!(
                    "Creation of dynamic property {}::${} is deprecated",
                    o.class().name,
                    n
                ),
            )?;
        }
        Ok(())
    }

    /// `++`/`--` overflowed an integer property into a float: a declared type without
    /// `float` throws PHP's TypeError instead of attempting the assignment.
    fn check_incdec_overflow(&mut self, ov: &Value, n: &PhpStr, inc: bool) -> Result<(), Unwind> {
        let o = match ov.deref() {
            Value::Object(o) => o,
            _ => return Ok(()),
        };
        let info = match self.prop_slot(o.class(), n) {
            Some(s) => &o.class().props[s as usize],
            None => return Ok(()),
        };
        match &info.ty {
            Some(t) if t.bits & (crate::types::bits::FLOAT | crate::types::bits::MIXED) == 0 => {
                let (what, bound) = if inc {
                    ("increment", "maximal")
                } else {
                    ("decrement", "minimal")
                };
                let msg = format!(
                    "Cannot {} property {}::${} of type {} past its {} value",
                    what, info.class_name, info.name, t, bound
                );
                Err(self.throw_error("TypeError", msg))
            }
            _ => Ok(()),
        }
    }

    fn coerce_prop(
        &mut self,
        _o: &ObjRef,
        info: &PropInfo,
        t: &crate::types::TypeSpec,
        v: Value,
    ) -> ER {
        self.coerce_typed_prop(&info.class_name, &info.name, t, v)
    }

    /// `v` converted for a property of type `t` (`class::$name` in the TypeError), as an
    /// assignment converts it.
    fn coerce_typed_prop(
        &mut self,
        class: &PhpStr,
        name: &PhpStr,
        t: &crate::types::TypeSpec,
        v: Value,
    ) -> ER {
        match crate::types::coerce(&v, t, self.strict) {
            crate::types::Coerced::Ok(nv, dep) => {
                if let Some(d) = dep {
                    self.raise(E_DEPRECATED, &d)?;
                }
                Ok(nv)
            }
            _ => {
                if let Value::Object(ob) = &v {
                    let ok = t.bits & crate::types::bits::OBJECT != 0
                        || t.classes.iter().any(|c| {
                            let lc = c.to_ascii_lowercase();
                            matches!(lc.as_bytes(), b"self" | b"static")
                                || self.instance_of_named(ob, lc.as_bytes())
                        });
                    if ok {
                        return Ok(v);
                    }
                }
                Err(self.throw_error(
                    "TypeError",
                    format!(
                        "Cannot assign {} to property {}::${} of type {}",
                        v.type_name(),
                        class,
                        name,
                        t
                    ),
                ))
            }
        }
    }

    /// `v` converted for the static property `name` of `cls` when it is typed.
    fn coerce_static_prop(&mut self, cls: &Rc<Class>, name: &PhpStr, v: Value) -> ER {
        let typed = cls
            .static_props
            .borrow()
            .get(name)
            .and_then(|sp| sp.ty.clone().map(|t| (t, sp.declaring.clone())));
        match typed {
            Some((t, declaring)) if !crate::types::fast_accepts(&v, &t) => {
                let class = self
                    .find_class(declaring.as_bytes())
                    .map_or(declaring, |c| c.name.clone());
                self.coerce_typed_prop(&class, name, &t, v)
            }
            _ => Ok(v),
        }
    }
}

fn dim_unset(
    slot: &mut Value,
    keys: &[Option<Value>],
    depth: usize,
    diags: &mut Vec<(i64, String)>,
) -> Result<(), DimErr> {
    match slot {
        Value::Ref(r) => {
            let r = r.clone();
            r.with_mut(|inner| dim_unset(inner, keys, depth, diags))
        }
        Value::Array(a) => {
            let k = match &keys[depth] {
                Some(k) => key_of(k, diags)?,
                None => return Err(DimErr::Throw("Error", "Cannot use [] for unsetting".into())),
            };
            if depth + 1 == keys.len() {
                if a.contains_key(&k) {
                    Rc::make_mut(a).remove(&k);
                }
                Ok(())
            } else {
                if !a.contains_key(&k) {
                    return Ok(());
                }
                let a = Rc::make_mut(a);
                match a.get_mut(&k) {
                    Some(inner) => dim_unset(inner, keys, depth + 1, diags),
                    None => Ok(()),
                }
            }
        }
        Value::Object(o) => Err(DimErr::Object(o.clone(), depth)),
        Value::Str(_) => Err(DimErr::Throw("Error", "Cannot unset string offsets".into())),
        _ => Ok(()),
    }
}
