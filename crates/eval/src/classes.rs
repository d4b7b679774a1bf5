//! Classes at run time: declaring user classes (inheritance, interfaces, traits, enums),
//! class references, constants, static properties, `new`, method calls, and iteration over
//! objects.

use crate::array::{Key, PhpArray};
use crate::calls::{Callee, ClosureData};
use crate::class_build::{link_class, ClassSpec};
use crate::interp::ER;
use crate::ir::*;
use crate::object::{Class, ClassConst, ClassKind, Method, ObjRef, PropInfo, Visibility};
use crate::string::PhpStr;
use crate::value::{PhpRef, Value};
use crate::vm::{Unwind, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// Iteration state over an object in `foreach`.
pub enum ObjIter {
    /// Visible properties snapshot.
    Props(Vec<(Value, Value)>, usize),
    /// An `Iterator` object (`started` after `rewind`).
    Iter(ObjRef, bool),
    /// A native class's own iterator, with the object handle PHP's iterator takes.
    Native(
        Box<dyn crate::object::NativeIter>,
        crate::object::HandleGuard,
    ),
}

impl Class {
    /// `#[AllowDynamicProperties]` (attributes are not parsed; never).
    pub fn allows_dynamic(&self) -> bool {
        false
    }
}

impl Vm {
    fn lookup_class_name(&mut self, n: &ClassName) -> Result<Rc<Class>, Unwind> {
        if let Some(c) = n.cache.get() {
            return Ok(c.clone());
        }
        match self.load_class(&n.name)? {
            Some(c) => {
                let _ = n.cache.set(c.clone());
                Ok(c)
            }
            None => Err(self.throw_error("Error", format!("Class \"{}\" not found", n.name))),
        }
    }

    /// Resolves a class operand.
    pub fn class_ref(&mut self, c: &ClassRef) -> Result<Rc<Class>, Unwind> {
        match c {
            ClassRef::Named(n) => self.lookup_class_name(n),
            ClassRef::SelfRef => self.self_class(),
            ClassRef::Static => self.static_class(),
            ClassRef::Parent => {
                let s = self.self_class()?;
                match s.parent.clone() {
                    Some(p) => Ok(p),
                    None => Err(self.throw_error(
                        "Error",
                        "Cannot use \"parent\" when current class scope has no parent".into(),
                    )),
                }
            }
            ClassRef::Dyn(e) => {
                let v = self.eval(e)?;
                match v {
                    Value::Object(o) => Ok(o.class().clone()),
                    Value::Str(s) => match self.load_class(&s)? {
                        Some(c) => Ok(c),
                        None => {
                            Err(self.throw_error("Error", format!("Class \"{}\" not found", s)))
                        }
                    },
                    _ => Err(self.throw_error("Error", "Cannot use value as class name".into())),
                }
            }
            ClassRef::Anon(d) => {
                if self.find_class(&d.name).is_none() {
                    self.declare_class(d)?;
                }
                match self.find_class(&d.name) {
                    Some(c) => Ok(c),
                    None => Err(self.unwind(crate::vm::UnwindKind::Fatal)),
                }
            }
        }
    }

    fn init_statics(&mut self, cls: &Rc<Class>) -> Result<(), Unwind> {
        if cls.statics_ready.get() {
            return Ok(());
        }
        cls.statics_ready.set(true);
        if let Some(p) = cls.parent.clone() {
            self.init_statics(&p)?;
        }
        for (name, e) in &cls.static_inits {
            let v = self.with_class_scope(cls, |vm| vm.eval(e))?;
            if let Some(sp) = cls.static_props.borrow().get(name) {
                sp.cell.set(v);
            }
        }
        Ok(())
    }

    /// Finds a static property's cell (no errors).
    pub fn find_static_prop(&mut self, cls: &Rc<Class>, n: &PhpStr) -> Option<PhpRef> {
        if self.init_statics(cls).is_err() {
            return None;
        }
        cls.static_props.borrow().get(n).map(|s| s.cell.clone())
    }

    /// A static property's cell, with PHP's errors.
    pub fn static_prop_ref(&mut self, cls: &Rc<Class>, n: &PhpStr) -> Result<PhpRef, Unwind> {
        self.init_statics(cls)?;
        let sp = cls.static_props.borrow().get(n).cloned();
        match sp {
            Some(sp) => {
                if sp.vis != Visibility::Public {
                    let info = PropInfo {
                        name: n.clone(),
                        default: Value::Null,
                        vis: sp.vis,
                        declaring: sp.declaring.clone(),
                        class_name: cls.name.clone(),
                        ty: None,
                        readonly: false,
                    };
                    if !self.prop_accessible(&info) {
                        return Err(self.throw_error(
                            "Error",
                            format!(
                                "Cannot access {} property {}::${}",
                                sp.vis.as_str(),
                                cls.name,
                                n
                            ),
                        ));
                    }
                }
                Ok(sp.cell)
            }
            None => Err(self.throw_error(
                "Error",
                format!("Access to undeclared static property {}::${}", cls.name, n),
            )),
        }
    }

    fn with_class_scope<R>(
        &mut self,
        cls: &Rc<Class>,
        f: impl FnOnce(&mut Vm) -> Result<R, Unwind>,
    ) -> Result<R, Unwind> {
        let func = Rc::new(crate::func::Function {
            name: PhpStr::from("{const}"),
            params: Vec::new(),
            required: 0,
            ret: None,
            by_ref_return: false,
            body: crate::func::FuncBody::User(Rc::new(UserCode::default())),
            class_name: Some(cls.lname.clone()),
            strict: false,
            traits: Default::default(),
            defaults: None,
        });
        let base = self.stack.len();
        self.frames.push(crate::vm::Frame {
            func,
            base,
            this: None,
            scope: Some(cls.clone()),
            static_class: Some(cls.clone()),
            call_line: self.line,
            nargs: 0,
            call_file: Some(self.file.clone()),
            rare: None,
        });
        let saved = self.base;
        self.base = base;
        let r = f(self);
        self.base = saved;
        self.frames.pop();
        r
    }

    /// Reads a class constant (evaluating it on first use); enum cases become objects.
    pub fn class_constant(&mut self, cls: &Rc<Class>, name: &[u8]) -> ER {
        let c = match cls.consts.get(name) {
            Some(c) => c.clone(),
            None => {
                return Err(self.throw_error(
                    "Error",
                    format!(
                        "Undefined constant {}::{}",
                        cls.name,
                        String::from_utf8_lossy(name)
                    ),
                ))
            }
        };
        if c.vis == Visibility::Private {
            let ok = self.current_scope().is_some_and(|s| s.lname == c.declaring);
            if !ok {
                return Err(self.throw_error(
                    "Error",
                    format!(
                        "Cannot access private constant {}::{}",
                        cls.name,
                        String::from_utf8_lossy(name)
                    ),
                ));
            }
        }
        if let Some(v) = &*c.value.borrow() {
            return Ok(v.clone());
        }
        let decl = self
            .classes
            .get(&c.declaring)
            .cloned()
            .unwrap_or_else(|| cls.clone());
        let v = if c.is_case {
            let o = ObjRef::new(decl.clone(), &self.objects);
            o.obj().props.borrow_mut()[0] = Value::Str(PhpStr::new(name));
            if let Some(e) = &c.init {
                let e = e.clone();
                let bv = self.with_class_scope(&decl, |vm| vm.eval(&e))?;
                if o.obj().props.borrow().len() > 1 {
                    o.obj().props.borrow_mut()[1] = bv;
                }
            }
            Value::Object(o)
        } else {
            match &c.init {
                Some(e) => {
                    let e = e.clone();
                    self.with_class_scope(&decl, |vm| vm.eval(&e))?
                }
                None => Value::Null,
            }
        };
        *c.value.borrow_mut() = Some(v.clone());
        Ok(v)
    }

    /// Declares a user class from its compiled declaration.
    pub fn declare_class(&mut self, d: &Rc<ClassDecl>) -> Result<(), Unwind> {
        let lname = d.name.to_ascii_lowercase();
        if self.classes.contains_key(&lname) {
            if self.declared_decls.iter().any(|x| Rc::ptr_eq(x, d)) {
                return Ok(());
            }
            let kind = match d.kind {
                ClassKind::Interface => "interface",
                ClassKind::Trait => "trait",
                ClassKind::Enum => "enum",
                ClassKind::Class => "class",
            };
            let msg = format!(
                "Cannot declare {} {}, because the name is already in use",
                kind, d.name
            );
            self.line = d.line;
            return Err(self.fatal(&msg));
        }
        let parent = match &d.parent {
            Some(p) => match self.load_class(&p.name)? {
                Some(c) => {
                    if c.is_final {
                        self.line = d.line;
                        return Err(self.fatal(&format!(
                            "Class {} cannot extend final class {}",
                            d.name, c.name
                        )));
                    }
                    if c.kind == ClassKind::Interface {
                        self.line = d.line;
                        return Err(self.fatal(&format!(
                            "Class {} cannot extend interface {}",
                            d.name, c.name
                        )));
                    }
                    Some(c)
                }
                None => {
                    self.line = d.line;
                    return Err(
                        self.throw_error("Error", format!("Class \"{}\" not found", p.name))
                    );
                }
            },
            None => None,
        };
        // PHP links traits before interfaces: autoload them in that order.
        for t in &d.traits {
            self.load_class(&t.name)?;
        }
        let mut interfaces = Vec::new();
        for i in &d.interfaces {
            match self.load_class(&i.name)? {
                Some(c) => {
                    if c.kind != ClassKind::Interface {
                        self.line = d.line;
                        return Err(self.fatal(&format!(
                            "{} cannot implement {} - it is not an interface",
                            d.name, c.name
                        )));
                    }
                    interfaces.push(c)
                }
                None => {
                    self.line = d.line;
                    return Err(
                        self.throw_error("Error", format!("Interface \"{}\" not found", i.name))
                    );
                }
            }
        }
        let mut props: Vec<PropInfo> = Vec::new();
        let mut static_props = Vec::new();
        let mut static_inits = Vec::new();
        let mut methods: Vec<(Rc<crate::func::Function>, Visibility, bool, bool, bool)> =
            Vec::new();
        let mut consts: Vec<(PhpStr, Rc<ClassConst>)> = Vec::new();
        // Traits' methods first (class members override them); their properties come after
        // the class's own, as PHP binds traits after declaring the class.
        let mut trait_props = Vec::new();
        let mut trait_names = Vec::new();
        for t in &d.traits {
            let tc = match self.load_class(&t.name)? {
                Some(c) => c,
                None => {
                    self.line = d.line;
                    return Err(
                        self.throw_error("Error", format!("Trait \"{}\" not found", t.name))
                    );
                }
            };
            if !trait_names.contains(&tc.name) {
                trait_names.push(tc.name.clone());
            }
            let tdecl = self.trait_decls.get(&tc.lname).cloned();
            if let Some(td) = tdecl {
                for i in 0..td.props.len() {
                    trait_props.push((td.clone(), i));
                }
                for m in &td.methods {
                    let mname = m.func.name.to_ascii_lowercase();
                    let excluded = d.trait_insteadof.iter().any(|(tr, meth, instead)| {
                        meth.to_ascii_lowercase() == mname
                            && instead.iter().any(|x| x.lname == tc.lname)
                            && tr.as_ref().is_none_or(|tr| tr.lname != tc.lname)
                    });
                    if !excluded {
                        let f = rebind_method(&m.func, &lname);
                        methods.retain(|x| x.0.name.to_ascii_lowercase() != mname);
                        methods.push((f, m.vis, m.is_static, m.is_abstract, m.is_final));
                    }
                    for (tr, meth, vis, alias) in &d.trait_alias {
                        if meth.to_ascii_lowercase() != mname
                            || tr.as_ref().is_some_and(|tr| tr.lname != tc.lname)
                        {
                            continue;
                        }
                        match alias {
                            Some(a) => {
                                let mut f = (*rebind_method(&m.func, &lname)).clone();
                                f.name = a.clone();
                                methods.push((
                                    Rc::new(f),
                                    vis.unwrap_or(m.vis),
                                    m.is_static,
                                    m.is_abstract,
                                    m.is_final,
                                ));
                            }
                            None => {
                                if let Some(x) = methods
                                    .iter_mut()
                                    .find(|x| x.0.name.to_ascii_lowercase() == mname)
                                {
                                    x.1 = vis.unwrap_or(x.1);
                                }
                            }
                        }
                    }
                }
                for (n, e, vis) in &td.consts {
                    consts.push((
                        n.clone(),
                        Rc::new(ClassConst {
                            value: RefCell::new(None),
                            init: Some(e.clone()),
                            vis: *vis,
                            declaring: lname.clone(),
                            is_case: false,
                        }),
                    ));
                }
            }
        }
        if d.kind == ClassKind::Enum {
            let mut sigs: Vec<(&str, crate::native::NativeImpl)> =
                vec![("cases(): array", enum_cases)];
            if d.enum_backing.is_some() {
                sigs.push(("from(int|string $value): static", enum_from));
                sigs.push(("tryFrom(int|string $value): ?static", enum_try_from));
            }
            for (sig, imp) in sigs {
                if let Ok(mut f) = crate::native::parse_signature(sig, imp) {
                    f.class_name = Some(lname.clone());
                    methods.push((Rc::new(f), Visibility::Public, true, false, false));
                }
            }
            props.push(PropInfo {
                name: PhpStr::from("name"),
                default: Value::Undef,
                vis: Visibility::Public,
                declaring: lname.clone(),
                class_name: crate::class_build::display_name(&d.name),
                ty: None,
                readonly: true,
            });
            if d.enum_backing.is_some() {
                props.push(PropInfo {
                    name: PhpStr::from("value"),
                    default: Value::Undef,
                    vis: Visibility::Public,
                    declaring: lname.clone(),
                    class_name: crate::class_build::display_name(&d.name),
                    ty: None,
                    readonly: true,
                });
            }
            for (n, e) in &d.cases {
                consts.push((
                    n.clone(),
                    Rc::new(ClassConst {
                        value: RefCell::new(None),
                        init: e.clone(),
                        vis: Visibility::Public,
                        declaring: lname.clone(),
                        is_case: true,
                    }),
                ));
            }
        }
        for p in &d.props {
            self.collect_prop(d, p, &mut props, &mut static_props, &mut static_inits)?;
        }
        let own = (props.len(), static_props.len());
        for (td, i) in trait_props {
            let p = &td.props[i];
            let declared = if p.is_static {
                static_props.iter().any(|x| x.0 == p.name)
            } else {
                props
                    .iter()
                    .any(|x| x.name == p.name && x.declaring == lname)
            };
            if !declared {
                self.collect_prop(d, p, &mut props, &mut static_props, &mut static_inits)?;
            }
        }
        let props_from_traits = props.len() - own.0;
        let statics_from_traits = static_props.len() - own.1;
        for m in &d.methods {
            let mname = m.func.name.to_ascii_lowercase();
            methods.retain(|x| x.0.name.to_ascii_lowercase() != mname);
            methods.push((
                m.func.clone(),
                m.vis,
                m.is_static,
                m.is_abstract || d.kind == ClassKind::Interface,
                m.is_final,
            ));
        }
        for (n, e, vis) in &d.consts {
            consts.push((
                n.clone(),
                Rc::new(ClassConst {
                    value: RefCell::new(None),
                    init: Some(e.clone()),
                    vis: *vis,
                    declaring: lname.clone(),
                    is_case: false,
                }),
            ));
        }
        // A class or interface with `__toString` (its own or a trait's) implements
        // `Stringable`, after the interfaces it names.
        if methods
            .iter()
            .any(|m| m.0.name.eq_ignore_ascii_case(b"__tostring"))
            && !interfaces
                .iter()
                .any(|i| i.lname.as_bytes() == b"stringable")
        {
            if let Some(st) = self.find_class(b"stringable") {
                interfaces.push(st);
            }
        }
        // A user class extending a native one keeps its payload hooks (PHP's subclasses
        // inherit the parent's object handlers: clone copies the payload, etc.).
        let native = parent
            .as_ref()
            .map(|p| p.native.clone())
            .unwrap_or_default();
        let cls = link_class(ClassSpec {
            internal: false,
            name: d.name.clone(),
            kind: d.kind,
            is_abstract: d.is_abstract,
            is_final: d.is_final,
            is_readonly: d.is_readonly,
            parent,
            interfaces,
            props,
            static_props,
            trait_props: (props_from_traits, statics_from_traits),
            traits: trait_names,
            methods,
            consts,
            enum_backing: d.enum_backing.clone(),
            native,
            static_inits,
            line: d.line,
        });
        if cls.kind == ClassKind::Class
            && !d.is_abstract
            && cls.instance_of_name(b"serializable")
            && (cls.find_method(b"__serialize").is_none()
                || cls.find_method(b"__unserialize").is_none())
        {
            let line = std::mem::replace(&mut self.line, d.line);
            let msg = format!(
                "{} implements the Serializable interface, which is deprecated. Implement __serialize() and __unserialize() instead (or in addition, if support for old PHP versions is necessary)",
                d.name
            );
            self.raise(crate::diag::E_DEPRECATED, &msg)?;
            self.line = line;
        }
        if cls.kind == ClassKind::Class && !cls.is_abstract {
            let mut missing: Vec<String> = cls
                .methods
                .values()
                .filter(|m| m.is_abstract)
                .map(|m| {
                    let decl = m
                        .declaring
                        .upgrade()
                        .map_or_else(String::new, |c| c.name.to_string());
                    format!("{}::{}", decl, m.func.name)
                })
                .collect();
            if !missing.is_empty() {
                missing.sort();
                let n = missing.len();
                self.line = d.line;
                let msg = format!(
                    "Class {} contains {} abstract method{} and must therefore be declared abstract or implement the remaining methods ({})",
                    d.name,
                    n,
                    if n == 1 { "" } else { "s" },
                    missing.join(", ")
                );
                return Err(self.fatal(&msg));
            }
        }
        if d.kind == ClassKind::Trait {
            self.trait_decls.insert(lname.clone(), d.clone());
        }
        self.declared_decls.push(d.clone());
        self.classes.insert(lname, cls);
        Ok(())
    }

    fn collect_prop(
        &mut self,
        d: &ClassDecl,
        p: &PropDecl,
        props: &mut Vec<PropInfo>,
        static_props: &mut Vec<(PhpStr, Value, Visibility, Option<crate::types::TypeSpec>)>,
        static_inits: &mut Vec<(PhpStr, Rc<Expr>)>,
    ) -> Result<(), Unwind> {
        let lname = d.name.to_ascii_lowercase();
        if p.is_static {
            static_props.push((p.name.clone(), Value::Null, p.vis, p.ty.clone()));
            if let Some(e) = &p.default {
                static_inits.push((p.name.clone(), e.clone()));
            }
            return Ok(());
        }
        let default = match &p.default {
            Some(e) => match &e.kind {
                ExprKind::Lit(v) => v.clone(),
                _ => {
                    let e = e.clone();
                    self.eval(&e)?
                }
            },
            None => {
                if p.ty.is_some() {
                    Value::Undef
                } else {
                    Value::Null
                }
            }
        };
        props.retain(|x| x.name != p.name);
        props.push(PropInfo {
            name: p.name.clone(),
            default,
            vis: p.vis,
            declaring: lname,
            class_name: crate::class_build::display_name(&d.name),
            ty: p.ty.clone(),
            readonly: p.readonly,
        });
        Ok(())
    }

    /// `new Class(args)`.
    pub fn new_object(&mut self, cls: &Rc<Class>, args: &[Arg], line: u32) -> ER {
        let what = match cls.kind {
            ClassKind::Interface => Some("interface"),
            ClassKind::Trait => Some("trait"),
            ClassKind::Enum => Some("enum"),
            ClassKind::Class if cls.is_abstract => Some("abstract class"),
            _ => None,
        };
        if let Some(w) = what {
            return Err(self.throw_error("Error", format!("Cannot instantiate {} {}", w, cls.name)));
        }
        if let Some(msg) = cls.native.construct_error {
            return Err(self.throw_error("Error", msg.to_string()));
        }
        let o = self.instantiate(cls);
        match self.construct(cls, &o, args, line) {
            Ok(()) => Ok(Value::Object(o)),
            Err(u) => {
                // As PHP marks an object whose construction failed: no destructor runs.
                o.set_destructed();
                Err(u)
            }
        }
    }

    /// Runs the constructor of `o`, a new instance of `cls`, with `args` (evaluated even
    /// when there is none).
    fn construct(
        &mut self,
        cls: &Rc<Class>,
        o: &ObjRef,
        args: &[Arg],
        line: u32,
    ) -> Result<(), Unwind> {
        if let Some(ctor) = &cls.magic.construct {
            if ctor.vis != Visibility::Public && !self.can_access(ctor) {
                let scope = self.current_scope().map_or_else(
                    || "global scope".to_string(),
                    |s| format!("scope {}", s.name),
                );
                return Err(self.throw_error(
                    "Error",
                    format!(
                        "Call to {} {}::__construct() from {}",
                        ctor.vis.as_str(),
                        cls.name,
                        scope
                    ),
                ));
            }
            if !ctor.func.is_native() {
                if let Some(r) = self.push_args(&ctor.func, args) {
                    let base = r?;
                    self.line = line;
                    if let Some(r) = self.construct_inline(o, ctor, base, args.len()) {
                        return r.map(|_| ());
                    }
                    let t = crate::interp::CallTarget {
                        func: &ctor.func,
                        this: Some(o.clone()),
                        scope: ctor.declaring.upgrade(),
                        static_class: Some(o.class().clone()),
                        captured: crate::interp::Captures::None,
                    };
                    self.enter_user(t, base, args.len())?;
                    return Ok(());
                }
            }
            let argv = self.eval_args(Some(&ctor.func), args)?;
            self.line = line;
            self.call_method(o, ctor, argv)?;
        } else {
            // Arguments are still evaluated.
            for a in args {
                self.eval(&a.expr)?;
            }
        }
        Ok(())
    }

    /// A private method of the running code's class that `$o->name()` calls instead of the
    /// object's own method of that name (PHP: private methods are not overridden).
    fn scope_private_method(&self, o: &ObjRef, n: &[u8]) -> Option<Method> {
        let sc = self.frames.last()?.scope.as_ref()?;
        if Rc::ptr_eq(sc, o.class()) {
            return None;
        }
        let m = sc.find_method(n)?;
        let own = m.declaring.upgrade().is_some_and(|d| Rc::ptr_eq(&d, sc));
        (m.vis == Visibility::Private && own && o.class().is_subclass_of(sc)).then(|| m.clone())
    }

    /// `$obj->name(args)`; `cache` is the call site's memo of the method (for a literal
    /// name), which a user method the running code may call is stored in.
    pub fn call_method_expr(
        &mut self,
        ov: Value,
        n: &PhpStr,
        cache: Option<&SiteCache>,
        args: &[Arg],
        line: u32,
    ) -> ER {
        let o = match ov {
            Value::Object(o) => o,
            other => return self.call_method_lookup(other, n, cache, args, line),
        };
        if let Some(c) = cache {
            if let Some(hit) = c.method(o.class(), self.scope_ref()) {
                if hit.direct && args.len() == hit.func.params.len() {
                    if let Some(r) = self.push_method_args(args) {
                        let base = r?;
                        self.line = line;
                        return self.enter_method(hit, o, base);
                    }
                }
                let crate::ir::MethodHit {
                    func,
                    is_static,
                    scope,
                    ..
                } = hit;
                if let Some(r) = self.push_args(&func, args) {
                    let base = r?;
                    self.line = line;
                    let static_class = Some(o.class().clone());
                    let t = crate::interp::CallTarget {
                        func: &func,
                        this: if is_static { None } else { Some(o) },
                        scope,
                        static_class,
                        captured: crate::interp::Captures::None,
                    };
                    return self.enter_user(t, base, args.len());
                }
            }
        }
        self.call_method_lookup(Value::Object(o), n, cache, args, line)
    }

    /// [`Vm::call_method_expr`] when the site's memo does not answer: the method lookup,
    /// visibility checks, `__call`, closures' own methods.
    #[inline(never)]
    fn call_method_lookup(
        &mut self,
        ov: Value,
        n: &PhpStr,
        cache: Option<&SiteCache>,
        args: &[Arg],
        line: u32,
    ) -> ER {
        let o = match ov {
            Value::Object(o) => o,
            ref other => {
                let t = if other.is_null() {
                    "null".to_string()
                } else {
                    other.type_name()
                };
                return Err(self.throw_error(
                    "Error",
                    format!("Call to a member function {}() on {}", n, t),
                ));
            }
        };
        if let Some(cd) = o.with_native::<ClosureData, _>(|c| c.cloned()) {
            let ln = n.to_ascii_lowercase();
            match ln.as_bytes() {
                b"__invoke" | b"call" => {
                    let mut argv = self.eval_args(Some(&cd.func), args)?;
                    self.line = line;
                    let mut callee = Callee {
                        func: cd.func.clone(),
                        this: cd.this.clone(),
                        scope: cd.scope.clone(),
                        static_class: cd.scope.clone(),
                        captured: cd.captured.clone(),
                    };
                    if ln.as_bytes() == b"call" && !argv.is_empty() {
                        if let Value::Object(t) = argv.remove(0) {
                            callee.scope = Some(t.class().clone());
                            callee.static_class = Some(t.class().clone());
                            callee.this = Some(t);
                        }
                    }
                    return self.call_callee(&callee, argv);
                }
                b"bindto" | b"bind" => {
                    let argv = self.eval_args(None, args)?;
                    let new_this = argv.first().and_then(|v| v.as_object().cloned());
                    let scope = match argv.get(1) {
                        Some(Value::Object(s)) => Some(s.class().clone()),
                        Some(Value::Str(s)) => self.find_class(s),
                        _ => new_this
                            .as_ref()
                            .map(|t| t.class().clone())
                            .or(cd.scope.clone()),
                    };
                    return Ok(self.make_closure(
                        cd.func.clone(),
                        new_this,
                        scope,
                        cd.captured.clone(),
                    ));
                }
                _ => {}
            }
        }
        let m = match self.scope_private_method(&o, n) {
            Some(m) => Some(m),
            None => o.class().find_method(n).cloned(),
        };
        match m {
            Some(m) => {
                if m.vis != Visibility::Public && !self.can_access(&m) {
                    if let Some(c) = o.class().magic.call.clone() {
                        let argv = self.eval_args(None, args)?;
                        self.line = line;
                        return self.call_method(
                            &o,
                            &c,
                            vec![
                                Value::Str(n.clone()),
                                Value::from(PhpArray::from_values(argv)),
                            ],
                        );
                    }
                    let scope = self.current_scope().map_or_else(
                        || "global scope".to_string(),
                        |s| format!("scope {}", s.name),
                    );
                    let owner = m
                        .declaring
                        .upgrade()
                        .map_or_else(|| o.class().name.clone(), |d| d.name.clone());
                    return Err(self.throw_error(
                        "Error",
                        format!(
                            "Call to {} method {}::{}() from {}",
                            m.vis.as_str(),
                            owner,
                            m.func.name,
                            scope
                        ),
                    ));
                }
                if m.is_abstract {
                    return Err(self.throw_error(
                        "Error",
                        format!(
                            "Cannot call abstract method {}::{}()",
                            o.class().name,
                            m.func.name
                        ),
                    ));
                }
                if !m.func.is_native() {
                    if let Some(c) = cache {
                        if o.class().lname.as_bytes() != b"closure" {
                            let found = Resolved::Method {
                                func: Rc::downgrade(&m.func),
                                is_static: m.is_static,
                                declaring: m.declaring.clone(),
                                direct: crate::method_direct::is_direct(&m.func),
                            };
                            c.store(o.class(), self.scope_ref(), found);
                        }
                    }
                    if let Some(r) = self.push_args(&m.func, args) {
                        let base = r?;
                        self.line = line;
                        let static_class = Some(o.class().clone());
                        let t = crate::interp::CallTarget {
                            func: &m.func,
                            this: if m.is_static { None } else { Some(o) },
                            scope: m.declaring.upgrade(),
                            static_class,
                            captured: crate::interp::Captures::None,
                        };
                        return self.enter_user(t, base, args.len());
                    }
                }
                let argv = self.eval_args(Some(&m.func), args)?;
                self.line = line;
                self.call_method(&o, &m, argv)
            }
            None => {
                if let Some(c) = o.class().magic.call.clone() {
                    let argv = self.eval_args(None, args)?;
                    self.line = line;
                    return self.call_method(
                        &o,
                        &c,
                        vec![
                            Value::Str(n.clone()),
                            Value::from(PhpArray::from_values(argv)),
                        ],
                    );
                }
                Err(self.throw_error(
                    "Error",
                    format!("Call to undefined method {}::{}()", o.class().name, n),
                ))
            }
        }
    }

    /// `Class::name(args)`, `parent::name()`, `self::name()`, `static::name()`.
    pub fn static_call(&mut self, c: &ClassRef, n: &PhpStr, args: &[Arg], line: u32) -> ER {
        let cls = self.class_ref(c)?;
        let m = cls.find_method(n).cloned();
        let cur_this = self.frames.last().and_then(|f| f.this.clone());
        let m = match m {
            Some(m) => m,
            None => {
                if let (Some(t), Some(call)) = (&cur_this, cls.magic.call.clone()) {
                    if t.class().is_subclass_of(&cls) {
                        let argv = self.eval_args(None, args)?;
                        return self.call_method(
                            t,
                            &call,
                            vec![
                                Value::Str(n.clone()),
                                Value::from(PhpArray::from_values(argv)),
                            ],
                        );
                    }
                }
                if let Some(cs) = cls.magic.call_static.clone() {
                    let argv = self.eval_args(None, args)?;
                    self.line = line;
                    let callee = Callee {
                        func: cs.func.clone(),
                        this: None,
                        scope: cs.declaring.upgrade(),
                        static_class: Some(cls.clone()),
                        captured: Vec::new(),
                    };
                    return self.call_callee(
                        &callee,
                        vec![
                            Value::Str(n.clone()),
                            Value::from(PhpArray::from_values(argv)),
                        ],
                    );
                }
                return Err(self.throw_error(
                    "Error",
                    format!("Call to undefined method {}::{}()", cls.name, n),
                ));
            }
        };
        if m.vis != Visibility::Public && !self.can_access(&m) {
            let scope = self.current_scope().map_or_else(
                || "global scope".to_string(),
                |s| format!("scope {}", s.name),
            );
            return Err(self.throw_error(
                "Error",
                format!(
                    "Call to {} method {}::{}() from {}",
                    m.vis.as_str(),
                    cls.name,
                    m.func.name,
                    scope
                ),
            ));
        }
        let this = if m.is_static {
            None
        } else {
            match cur_this.filter(|t| t.class().is_subclass_of(&cls)) {
                Some(t) => Some(t),
                None => {
                    return Err(self.throw_error(
                        "Error",
                        format!(
                            "Non-static method {}::{}() cannot be called statically",
                            cls.name, m.func.name
                        ),
                    ))
                }
            }
        };
        if m.is_abstract {
            return Err(self.throw_error(
                "Error",
                format!(
                    "Cannot call abstract method {}::{}()",
                    cls.name, m.func.name
                ),
            ));
        }
        let static_class = match c {
            ClassRef::Parent | ClassRef::SelfRef => self
                .frames
                .last()
                .and_then(|f| f.static_class.clone())
                .or(Some(cls.clone())),
            _ => Some(cls.clone()),
        };
        let argv = self.eval_args(Some(&m.func), args)?;
        self.line = line;
        let callee = Callee {
            func: m.func.clone(),
            this,
            scope: m.declaring.upgrade(),
            static_class,
            captured: Vec::new(),
        };
        self.call_callee(&callee, argv)
    }

    /// Starts iterating an object (`Iterator`, `IteratorAggregate`, or its visible props).
    pub fn object_iterator(&mut self, o: &ObjRef) -> Result<ObjIter, Unwind> {
        let mut o = o.clone();
        if let Some(start) = o.class().native.get_iterator {
            // A user subclass overriding an iteration method is iterated through its methods.
            let overridden = [
                &b"rewind"[..],
                b"valid",
                b"current",
                b"key",
                b"next",
                b"getiterator",
            ]
            .iter()
            .any(|m| {
                o.class()
                    .find_method(m)
                    .is_some_and(|m| !m.func.is_native())
            });
            if !overridden {
                let guard = self.objects.reserve_handle();
                return Ok(ObjIter::Native(start(&o), guard));
            }
        }
        let mut guard = 0;
        while o.class().instance_of_name(b"iteratoraggregate")
            && !o.class().instance_of_name(b"iterator")
        {
            let it = self.call_method_by_name(&o, "getIterator", Vec::new())?;
            match it {
                Some(Value::Object(n)) => o = n,
                _ => {
                    return Err(self.throw_error(
                        "TypeError",
                        format!("{}::getIterator(): Return value must be of type Traversable, array returned", o.class().name),
                    ))
                }
            }
            guard += 1;
            if guard > 32 {
                break;
            }
        }
        if o.class().instance_of_name(b"iterator") {
            return Ok(ObjIter::Iter(o, false));
        }
        let mut items = Vec::new();
        let scope = self.current_scope();
        for (n, v, info) in o.prop_list() {
            if let Some(i) = info {
                let lname = scope.as_ref().map(|s| s.lname.as_bytes());
                if !self.prop_accessible(i) || !o.class().sees_prop(i, lname) {
                    continue;
                }
            }
            items.push((Value::Str(n), v.deref()));
        }
        Ok(ObjIter::Props(items, 0))
    }

    /// The property `name` (a key of [`ObjIter::Props`]) of `o` made a reference, for
    /// `foreach ($o as &$v)`; `None` when it is gone since the iteration began.
    pub fn foreach_prop_ref(&mut self, o: &ObjRef, name: &Value) -> Result<Option<PhpRef>, Unwind> {
        let Value::Str(n) = name else {
            return Ok(None);
        };
        if let Some(slot) = self.prop_slot(o.class(), n) {
            let slot = slot as usize;
            let info = &o.class().props[slot];
            if o.obj().props.borrow()[slot].is_undef() {
                return Ok(None);
            }
            if info.readonly {
                let msg = format!(
                    "Cannot acquire reference to readonly property {}::${}",
                    info.class_name, n
                );
                return Err(self.throw_error("Error", msg));
            }
            return Ok(Some(o.obj().props.borrow_mut()[slot].make_ref()));
        }
        let mut d = o.obj().dyn_props.borrow_mut();
        Ok(d.as_mut()
            .and_then(|d| d.get_mut(&Key::from_phpstr(n.clone())))
            .map(|v| v.make_ref()))
    }

    /// Appends to a finished [`ObjIter::Props`] of `o` the visible properties added since it
    /// began; whether there were any.
    pub fn foreach_props_grown(&mut self, o: &ObjRef, it: &mut ObjIter) -> Result<bool, Unwind> {
        let ObjIter::Props(items, pos) = it else {
            return Ok(false);
        };
        let ObjIter::Props(now, _) = self.object_iterator(o)? else {
            return Ok(false);
        };
        let before = items.len();
        for (k, v) in now {
            let seen = items.iter().any(|(s, _)| match (s, &k) {
                (Value::Str(a), Value::Str(b)) => a.as_bytes() == b.as_bytes(),
                _ => false,
            });
            if !seen {
                items.push((k, v));
            }
        }
        *pos = before;
        Ok(items.len() > before)
    }

    /// Calls an iterator method for an iteration; a native one (a generator's) runs
    /// without a stack-trace entry, as PHP steps generators directly.
    fn iter_method(&mut self, o: &ObjRef, name: &str) -> Result<Option<Value>, Unwind> {
        match o.class().find_method(name.as_bytes()).cloned() {
            Some(m) => {
                self.unmarked_native = m.func.is_native();
                let r = self.call_method(o, &m, Vec::new());
                self.unmarked_native = false;
                r.map(Some)
            }
            None => Ok(None),
        }
    }

    /// Next `(key, value)` of an object iteration.
    pub fn iter_next(&mut self, it: &mut ObjIter) -> Result<Option<(Value, Value)>, Unwind> {
        match it {
            ObjIter::Props(items, i) => {
                let r = items.get(*i).cloned();
                *i += 1;
                Ok(r)
            }
            ObjIter::Native(it, _) => it.next(self),
            ObjIter::Iter(o, started) => {
                if !*started {
                    *started = true;
                    self.iter_method(o, "rewind")?;
                } else {
                    self.iter_method(o, "next")?;
                }
                let valid = self.iter_method(o, "valid")?.unwrap_or(Value::Bool(false));
                if !valid.to_bool() {
                    return Ok(None);
                }
                let v = self.iter_method(o, "current")?.unwrap_or(Value::Null);
                let k = self.iter_method(o, "key")?.unwrap_or(Value::Null);
                Ok(Some((k, v)))
            }
        }
    }
}

fn rebind_method(f: &Rc<crate::func::Function>, class_lname: &PhpStr) -> Rc<crate::func::Function> {
    let mut nf = (**f).clone();
    nf.class_name = Some(class_lname.clone());
    Rc::new(nf)
}

#[allow(dead_code)]
fn _key(_: Key) {}

/// The enum a native enum method was called on (from the method's class name).
fn enum_class(cx: &mut crate::native::Ctx) -> Result<Rc<Class>, Unwind> {
    let name = cx.func.class_name.clone().unwrap_or_default();
    match cx.vm().find_class(&name) {
        Some(c) => Ok(c),
        None => Err(cx.vm().throw_error("Error", "Enum not found".into())),
    }
}

/// `Enum::cases()`.
fn enum_cases(cx: &mut crate::native::Ctx, _a: &mut crate::native::Args) -> ER {
    let cls = enum_class(cx)?;
    let mut out = PhpArray::new();
    let names = enum_case_names(cx, &cls);
    for n in names {
        let v = cx.vm().class_constant(&cls, &n)?;
        let _ = out.push(v);
    }
    Ok(Value::from(out))
}

fn enum_case_names(cx: &mut crate::native::Ctx, cls: &Rc<Class>) -> Vec<PhpStr> {
    match cx
        .vm()
        .declared_decls
        .iter()
        .find(|d| d.name.to_ascii_lowercase() == cls.lname)
    {
        Some(d) => d.cases.iter().map(|(n, _)| n.clone()).collect(),
        None => Vec::new(),
    }
}

fn enum_lookup(cx: &mut crate::native::Ctx, a: &mut crate::native::Args, try_: bool) -> ER {
    let cls = enum_class(cx)?;
    let wanted = a.get(0);
    let names = enum_case_names(cx, &cls);
    let backing = cls.enum_backing.clone().unwrap_or_default();
    let strict = cx.vm().strict;
    let wanted = match crate::types::coerce(&wanted, &backing, strict) {
        crate::types::Coerced::Ok(v, _) => v,
        _ => {
            let msg = format!(
                "{}::{}(): Argument #1 ($value) must be of type {}, {} given",
                cls.name,
                if try_ { "tryFrom" } else { "from" },
                if backing.bits & crate::types::bits::INT != 0 {
                    "int"
                } else {
                    "string"
                },
                wanted.type_name()
            );
            return Err(cx.vm().throw_error("TypeError", msg));
        }
    };
    for n in names {
        let case = cx.vm().class_constant(&cls, &n)?;
        if let Value::Object(o) = &case {
            if let Some(bv) = o.get_prop(b"value") {
                if crate::ops::identical(&bv, &wanted) {
                    return Ok(case);
                }
            }
        }
    }
    if try_ {
        return Ok(Value::Null);
    }
    let shown = match &wanted {
        Value::Str(s) => format!("\"{}\"", s),
        v => v
            .scalar_to_str(17)
            .map(|s| s.to_string())
            .unwrap_or_default(),
    };
    Err(cx.vm().throw_error(
        "ValueError",
        format!(
            "{} is not a valid backing value for enum {}",
            shown, cls.name
        ),
    ))
}

/// `BackedEnum::from()`.
fn enum_from(cx: &mut crate::native::Ctx, a: &mut crate::native::Args) -> ER {
    enum_lookup(cx, a, false)
}

/// `BackedEnum::tryFrom()`.
fn enum_try_from(cx: &mut crate::native::Ctx, a: &mut crate::native::Args) -> ER {
    enum_lookup(cx, a, true)
}
