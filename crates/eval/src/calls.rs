//! Calling things: callables (`"f"`, `"A::m"`, `[$obj, "m"]`, closures, invokable objects),
//! methods, and the shared entry that dispatches to native or user code.

use crate::array::{Key, PhpArray};
use crate::func::{FuncBody, Function};
use crate::object::{Class, Method, ObjRef, Visibility};
use crate::string::PhpStr;
use crate::value::Value;
use crate::vm::{Unwind, Vm};
use std::rc::Rc;

/// The payload of a `Closure` object.
#[derive(Debug, Clone)]
pub struct ClosureData {
    /// The function.
    pub func: Rc<Function>,
    /// Bound `$this`.
    pub this: Option<ObjRef>,
    /// Class scope.
    pub scope: Option<Rc<Class>>,
    /// Captured values by inner slot: (slot, value; `Value::Ref` for by-ref captures).
    pub captured: Vec<(u32, Value)>,
}

/// A resolved callee.
#[derive(Clone, Debug)]
pub struct Callee {
    /// What to run.
    pub func: Rc<Function>,
    /// `$this`.
    pub this: Option<ObjRef>,
    /// Class scope.
    pub scope: Option<Rc<Class>>,
    /// Late static binding class.
    pub static_class: Option<Rc<Class>>,
    /// Closure captures to install.
    pub captured: Vec<(u32, Value)>,
}

impl Callee {
    /// A plain function.
    pub fn function(func: Rc<Function>) -> Callee {
        Callee {
            func,
            this: None,
            scope: None,
            static_class: None,
            captured: Vec::new(),
        }
    }
}

impl Vm {
    /// Resolves a PHP callable value; `Err` carries PHP's reason text.
    pub fn resolve_callable(&mut self, v: &Value) -> Result<Callee, String> {
        match v {
            Value::Ref(r) => self.resolve_callable(&r.get()),
            Value::Str(s) => {
                if let Some(p) = s.windows(2).position(|w| w == b"::") {
                    let (c, m) = (&s[..p], &s[p + 2..]);
                    let cls = self.find_class(c).ok_or_else(|| {
                        format!("class \"{}\" not found", String::from_utf8_lossy(c))
                    })?;
                    return self.resolve_static_callable(&cls, m);
                }
                match self.find_function(s) {
                    Some(f) => Ok(Callee::function(f)),
                    None => Err(format!(
                        "function \"{}\" not found or invalid function name",
                        s
                    )),
                }
            }
            Value::Array(a) => {
                if a.len() != 2 {
                    return Err("array callback must have exactly two members".into());
                }
                let target = a.get_int(0).map(Value::deref);
                let method = a.get_int(1).map(Value::deref);
                match (target, method) {
                    (Some(Value::Object(o)), Some(Value::Str(m))) => {
                        let m = m.as_bytes();
                        let m = match m.windows(2).position(|w| w == b"::") {
                            Some(p) if m[..p].eq_ignore_ascii_case(b"parent") => &m[p + 2..],
                            _ => m,
                        };
                        match o.class().find_method(m).cloned() {
                            Some(meth) => {
                                if meth.vis != Visibility::Public && !self.can_access(&meth) {
                                    return Err(format!(
                                        "cannot access {} method {}::{}()",
                                        meth.vis.as_str(),
                                        o.class().name,
                                        meth.func.name
                                    ));
                                }
                                let scope = meth.declaring.upgrade();
                                Ok(Callee {
                                    func: meth.func.clone(),
                                    this: if meth.is_static {
                                        None
                                    } else {
                                        Some(o.clone())
                                    },
                                    scope,
                                    static_class: Some(o.class().clone()),
                                    captured: Vec::new(),
                                })
                            }
                            None => Err(format!(
                                "class {} does not have a method \"{}\"",
                                o.class().name,
                                String::from_utf8_lossy(m)
                            )),
                        }
                    }
                    (Some(Value::Str(c)), Some(Value::Str(m))) => {
                        let cls = self
                            .find_class(&c)
                            .ok_or_else(|| format!("class \"{}\" not found", c))?;
                        self.resolve_static_callable(&cls, &m)
                    }
                    _ => Err("first array member is not a valid class name or object".into()),
                }
            }
            Value::Object(o) => {
                if let Some(c) = o.with_native::<ClosureData, _>(|c| c.cloned()) {
                    return Ok(Callee {
                        func: c.func,
                        this: c.this,
                        static_class: c.scope.clone(),
                        scope: c.scope,
                        captured: c.captured,
                    });
                }
                match o.class().magic.invoke.clone() {
                    Some(m) => Ok(Callee {
                        func: m.func.clone(),
                        this: Some(o.clone()),
                        scope: m.declaring.upgrade(),
                        static_class: Some(o.class().clone()),
                        captured: Vec::new(),
                    }),
                    None => Err("no array or string given".into()),
                }
            }
            _ => Err("no array or string given".into()),
        }
    }

    fn resolve_static_callable(&mut self, cls: &Rc<Class>, m: &[u8]) -> Result<Callee, String> {
        match cls.find_method(m).cloned() {
            Some(meth) => {
                let this = if meth.is_static {
                    None
                } else {
                    // Calling an instance method statically from inside an instance keeps $this.
                    self.frames
                        .last()
                        .and_then(|f| f.this.clone())
                        .filter(|t| t.class().is_subclass_of(cls))
                };
                if !meth.is_static && this.is_none() {
                    return Err(format!(
                        "non-static method {}::{}() cannot be called statically",
                        cls.name, meth.func.name
                    ));
                }
                Ok(Callee {
                    func: meth.func.clone(),
                    this,
                    scope: meth.declaring.upgrade(),
                    static_class: Some(cls.clone()),
                    captured: Vec::new(),
                })
            }
            None => Err(format!(
                "class {} does not have a method \"{}\"",
                cls.name,
                String::from_utf8_lossy(m)
            )),
        }
    }

    /// True if the running code may call a non-public method.
    pub fn can_access(&self, m: &Method) -> bool {
        let scope = match self.current_scope() {
            Some(s) => s,
            None => return m.vis == Visibility::Public,
        };
        let decl = match m.declaring.upgrade() {
            Some(d) => d,
            None => return true,
        };
        match m.vis {
            Visibility::Public => true,
            Visibility::Private => Rc::ptr_eq(&scope, &decl),
            Visibility::Protected => scope.is_subclass_of(&decl) || decl.is_subclass_of(&scope),
        }
    }

    /// `[$obj, 'name']` / `[Class, 'name']` naming a method served by `__call` /
    /// `__callStatic`: the magic method and the name to pass it.
    pub fn magic_callable(&self, v: &Value) -> Option<(Callee, PhpStr)> {
        let a = match v {
            Value::Array(a) if a.len() == 2 => a,
            Value::Ref(r) => return self.magic_callable(&r.get()),
            Value::Str(s) => {
                let p = s.windows(2).position(|w| w == b"::")?;
                let pair = PhpArray::from_values(vec![
                    Value::Str(PhpStr::new(&s[..p])),
                    Value::Str(PhpStr::new(&s[p + 2..])),
                ]);
                return self.magic_callable(&Value::from(pair));
            }
            _ => return None,
        };
        let name = match a.get_int(1).map(Value::deref) {
            Some(Value::Str(m)) => m,
            _ => return None,
        };
        match a.get_int(0).map(Value::deref) {
            Some(Value::Object(o)) => {
                if o.class().find_method(&name).is_some() {
                    return None;
                }
                let m = o.class().magic.call.clone()?;
                Some((
                    Callee {
                        func: m.func.clone(),
                        this: Some(o.clone()),
                        scope: m.declaring.upgrade(),
                        static_class: Some(o.class().clone()),
                        captured: Vec::new(),
                    },
                    name,
                ))
            }
            Some(Value::Str(c)) => {
                let cls = self.find_class(&c)?;
                if cls.find_method(&name).is_some() {
                    return None;
                }
                let m = cls.magic.call_static.clone()?;
                Some((
                    Callee {
                        func: m.func.clone(),
                        this: None,
                        scope: m.declaring.upgrade(),
                        static_class: Some(cls.clone()),
                        captured: Vec::new(),
                    },
                    name,
                ))
            }
            _ => None,
        }
    }

    /// Calls a callable value with positional arguments.
    pub fn call_value(&mut self, f: &Value, args: Vec<Value>) -> Result<Value, Unwind> {
        if let Some((c, name)) = self.magic_callable(f) {
            let list = Value::from(PhpArray::from_values(args));
            return self.call_callee(&c, vec![Value::Str(name), list]);
        }
        self.autoload_callable(f)?;
        match self.resolve_callable(f) {
            Ok(c) => self.call_callee(&c, args),
            Err(e) => Err(self.throw_error(
                "TypeError",
                format!("Argument #1 ($callback) must be a valid callback, {e}"),
            )),
        }
    }

    /// Calls a callable with an array of arguments (string keys are named arguments).
    pub fn call_value_with_named(&mut self, f: &Value, args: &PhpArray) -> Result<Value, Unwind> {
        if let Some((c, name)) = self.magic_callable(f) {
            let list = Value::from(args.clone());
            return self.call_callee(&c, vec![Value::Str(name), list]);
        }
        self.autoload_callable(f)?;
        let c = match self.resolve_callable(f) {
            Ok(c) => c,
            Err(e) => {
                return Err(self.throw_error(
                    "TypeError",
                    format!(
                    "call_user_func_array(): Argument #1 ($callback) must be a valid callback, {e}"
                ),
                ))
            }
        };
        let mut pos = Vec::new();
        let mut named: Vec<(PhpStr, Value)> = Vec::new();
        for (k, v) in args.iter() {
            match k {
                Key::Int(_) => pos.push(v.clone()),
                Key::Str(s) => named.push((s, v.clone())),
            }
        }
        if named.is_empty() {
            return self.call_callee(&c, pos);
        }
        let args = self.bind_named(&c.func, pos, named)?;
        self.call_callee(&c, args)
    }

    /// Places named arguments at their parameter positions (missing ones between take their
    /// defaults).
    pub fn bind_named(
        &mut self,
        f: &Rc<Function>,
        mut pos: Vec<Value>,
        named: Vec<(PhpStr, Value)>,
    ) -> Result<Vec<Value>, Unwind> {
        let mut slots: Vec<Option<Value>> = pos.drain(..).map(Some).collect();
        for (name, v) in named {
            let idx = f.params.iter().position(|p| p.name == name && !p.variadic);
            match idx {
                Some(i) => {
                    if slots.len() <= i {
                        slots.resize(i + 1, None);
                    }
                    if slots[i].is_some() {
                        return Err(self.throw_error(
                            "Error",
                            format!("Named parameter ${} overwrites previous argument", name),
                        ));
                    }
                    slots[i] = Some(v);
                }
                None => {
                    let msg = if f.is_native() && f.params.last().is_some_and(|p| p.variadic) {
                        format!(
                            "{}() does not accept unknown named parameters",
                            self.display_func_name(f)
                        )
                    } else {
                        format!("Unknown named parameter ${}", name)
                    };
                    return Err(self.throw_error("Error", msg));
                }
            }
        }
        let mut out = Vec::with_capacity(slots.len());
        for (i, s) in slots.into_iter().enumerate() {
            match s {
                Some(v) => out.push(v),
                None => {
                    let p = &f.params[i];
                    let d = match &p.default {
                        Some(crate::func::DefaultValue::Value(v)) => v.clone(),
                        Some(crate::func::DefaultValue::Const(c)) => {
                            self.lookup_constant(c).unwrap_or(Value::Null)
                        }
                        Some(crate::func::DefaultValue::Expr(e)) => {
                            let e = e.clone();
                            self.eval_const_expr(&e)?
                        }
                        None => {
                            return Err(self.throw_error(
                                "ArgumentCountError",
                                format!(
                                    "{}(): Argument #{} (${}) not passed",
                                    self.display_func_name(f),
                                    i + 1,
                                    p.name
                                ),
                            ))
                        }
                    };
                    out.push(d);
                }
            }
        }
        Ok(out)
    }

    /// Calls a resolved callee with positional arguments (by-ref parameters get references
    /// only if the values passed are references).
    pub fn call_callee(&mut self, c: &Callee, args: Vec<Value>) -> Result<Value, Unwind> {
        let mut args = args;
        // A value for a by-reference parameter: PHP warns and passes a reference to it.
        for (i, a) in args.iter_mut().enumerate() {
            if c.func.param_by_ref(i) && !c.func.param_prefer_ref(i) && !matches!(a, Value::Ref(_))
            {
                self.warn_value_for_ref(&c.func, i)?;
                let v = std::mem::take(a);
                *a = Value::Ref(crate::value::PhpRef::new(v));
            }
        }
        match &c.func.body {
            FuncBody::Native(_) => self.call_native(&c.func, args, c.this.clone(), false),
            FuncBody::User(_) => self.call_user(c, args),
        }
    }

    /// PHP's warning for a value passed to by-reference parameter `i` of `f` by a call it
    /// makes itself (`call_user_func`, callbacks).
    #[cold]
    fn warn_value_for_ref(&mut self, f: &Function, i: usize) -> Result<(), Unwind> {
        let name = f
            .params
            .get(i)
            .or_else(|| f.params.last().filter(|p| p.variadic))
            .map_or_else(PhpStr::empty, |p| p.name.clone());
        let msg = format!(
            "{}(): Argument #{} (${}) must be passed by reference, value given",
            self.display_func_name(f),
            i + 1,
            name
        );
        self.raise(crate::diag::E_WARNING, &msg)
    }

    /// Calls a method on an object with positional arguments.
    pub fn call_method(
        &mut self,
        o: &ObjRef,
        m: &Method,
        args: Vec<Value>,
    ) -> Result<Value, Unwind> {
        let c = Callee {
            func: m.func.clone(),
            this: if m.is_static { None } else { Some(o.clone()) },
            scope: m.declaring.upgrade(),
            static_class: Some(o.class().clone()),
            captured: Vec::new(),
        };
        self.call_callee(&c, args)
    }

    /// Calls a method by name if the object has it.
    pub fn call_method_by_name(
        &mut self,
        o: &ObjRef,
        name: &str,
        args: Vec<Value>,
    ) -> Result<Option<Value>, Unwind> {
        match o.class().find_method(name.as_bytes()).cloned() {
            Some(m) => self.call_method(o, &m, args).map(Some),
            None => Ok(None),
        }
    }

    /// Looks up a global constant (case-sensitive; `true`/`false`/`null` any case).
    pub fn lookup_constant(&self, name: &[u8]) -> Option<Value> {
        let name = name.strip_prefix(b"\\").unwrap_or(name);
        if let Some(v) = self.constants.get(name) {
            return Some(v.clone());
        }
        match name.to_ascii_lowercase().as_slice() {
            b"true" => Some(Value::Bool(true)),
            b"false" => Some(Value::Bool(false)),
            b"null" => Some(Value::Null),
            _ => None,
        }
    }

    /// `constant("A::B")`.
    pub fn class_constant_by_name(&mut self, cls: &[u8], name: &[u8]) -> Result<Value, Unwind> {
        let c = match self.load_class(cls)? {
            Some(c) => c,
            None => {
                return Err(self.throw_error(
                    "Error",
                    format!("Class \"{}\" not found", String::from_utf8_lossy(cls)),
                ))
            }
        };
        self.class_constant(&c, name)
    }
}
