//! Building [`Class`] records: native classes from [`NativeClass`] declarations (user
//! classes are linked by the evaluator through [`link_class`]).

use crate::func::Function;
use crate::native::NativeClass;
use crate::object::{
    Class, ClassConst, ClassKind, MagicMethods, Method, PropInfo, StaticProp, Visibility,
};
use crate::string::PhpStr;
use crate::types::TypeSpec;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

/// Everything needed to link a class (native or user) against its parent and interfaces.
pub struct ClassSpec {
    /// Name.
    pub name: PhpStr,
    /// Kind.
    pub kind: ClassKind,
    /// `abstract`
    pub is_abstract: bool,
    /// `final`
    pub is_final: bool,
    /// `readonly`
    pub is_readonly: bool,
    /// Parent class.
    pub parent: Option<Rc<Class>>,
    /// Directly implemented interfaces.
    pub interfaces: Vec<Rc<Class>>,
    /// A native class: it takes its parent's interfaces in reverse order, as PHP's
    /// inheritance of internal classes does (`SplQueue`: `Serializable, …, Iterator`); a
    /// user class does so only when it names no interface itself.
    pub internal: bool,
    /// Own instance properties.
    pub props: Vec<PropInfo>,
    /// Own static properties: name, cell value, visibility, type.
    pub static_props: Vec<(PhpStr, Value, Visibility, Option<TypeSpec>)>,
    /// How many of the last [`ClassSpec::props`] and [`ClassSpec::static_props`] came from
    /// traits (PHP binds traits after inheriting: they follow the parent's in
    /// [`Class::prop_order`]).
    pub trait_props: (usize, usize),
    /// The traits used directly, by declared name.
    pub traits: Vec<PhpStr>,
    /// Own methods: function, visibility, static, abstract, final.
    pub methods: Vec<(Rc<Function>, Visibility, bool, bool, bool)>,
    /// Own constants.
    pub consts: Vec<(PhpStr, Rc<ClassConst>)>,
    /// Enum backing type.
    pub enum_backing: Option<TypeSpec>,
    /// Native hooks.
    pub native: crate::object::NativeHooks,
    /// Static initialisers.
    pub static_inits: Vec<(PhpStr, Rc<crate::ir::Expr>)>,
    /// Declaration line.
    pub line: u32,
}

/// Links a class: inherits properties, methods, constants and interfaces from the parent
/// and interfaces, then adds its own.
pub fn link_class(spec: ClassSpec) -> Rc<Class> {
    let lname = spec.name.to_ascii_lowercase();
    // Inherited static properties share the parent's cells, which the parent's initialisers
    // fill: a class is ready only once its parent is (`B::$n` first initialises `A`).
    let statics_ready =
        spec.static_inits.is_empty() && spec.parent.as_ref().is_none_or(|p| p.statics_ready.get());
    Rc::new_cyclic(|weak: &Weak<Class>| {
        let mut props: Vec<PropInfo> = Vec::new();
        let mut methods: crate::fasthash::FastMap<PhpStr, Method> = Default::default();
        let mut consts: HashMap<PhpStr, Rc<ClassConst>> = HashMap::new();
        let mut const_order: Vec<PhpStr> = Vec::new();
        let mut static_props: HashMap<PhpStr, StaticProp> = HashMap::new();
        let mut interfaces: Vec<Rc<Class>> = Vec::new();
        let add_iface = |list: &mut Vec<Rc<Class>>, c: &Rc<Class>| {
            if !list.iter().any(|x| x.lname == c.lname) {
                list.push(c.clone());
            }
        };
        if let Some(p) = &spec.parent {
            props.extend(p.props.iter().cloned());
            for (k, m) in &p.methods {
                methods.insert(k.clone(), m.clone());
            }
            for n in &p.const_order {
                if let Some(c) = p.consts.get(n) {
                    consts.insert(n.clone(), c.clone());
                    const_order.push(n.clone());
                }
            }
            for (k, sp) in p.static_props.borrow().iter() {
                static_props.insert(k.clone(), sp.clone());
            }
            // PHP inherits them in reverse order when the class names none itself (and
            // always for internal classes).
            if spec.internal || spec.interfaces.is_empty() {
                for i in p.interfaces.iter().rev() {
                    add_iface(&mut interfaces, i);
                }
            } else {
                for i in &p.interfaces {
                    add_iface(&mut interfaces, i);
                }
            }
        }
        // PHP's order: the parent's, then those declared, then theirs (a native class lists
        // its own in the order PHP shows them).
        for i in &spec.interfaces {
            add_iface(&mut interfaces, i);
        }
        for i in &spec.interfaces {
            for ii in &i.interfaces {
                add_iface(&mut interfaces, ii);
            }
        }
        for i in &spec.interfaces {
            for n in &i.const_order {
                if let Some(c) = i.consts.get(n) {
                    if !consts.contains_key(n) {
                        consts.insert(n.clone(), c.clone());
                        const_order.push(n.clone());
                    }
                }
            }
            for (k, m) in &i.methods {
                methods.entry(k.clone()).or_insert_with(|| m.clone());
            }
        }
        // The class's own names first, then the parent's not redeclared.
        let own_names =
            |names: Vec<PhpStr>, from_traits: usize, inherited: Option<&Vec<PhpStr>>| {
                let (own, traits) = names.split_at(names.len() - from_traits.min(names.len()));
                let mut order = own.to_vec();
                for n in inherited.into_iter().flatten().chain(traits) {
                    if !order.contains(n) {
                        order.push(n.clone());
                    }
                }
                order
            };
        let prop_order = own_names(
            spec.props.iter().map(|p| p.name.clone()).collect(),
            spec.trait_props.0,
            spec.parent.as_ref().map(|p| &p.prop_order),
        );
        let static_order = own_names(
            spec.static_props.iter().map(|p| p.0.clone()).collect(),
            spec.trait_props.1,
            spec.parent.as_ref().map(|p| &p.static_order),
        );
        for p in spec.props {
            // An ancestor's private property keeps its own slot; anything else is replaced.
            let hidden = |x: &PropInfo| x.vis == Visibility::Private && x.declaring != lname;
            if let Some(existing) = props.iter_mut().find(|x| x.name == p.name && !hidden(x)) {
                *existing = p;
            } else {
                props.push(p);
            }
        }
        // Ancestors' private properties: only their own class's code reaches them by name
        // (elsewhere the name is undefined, or another slot's, or a dynamic property's).
        let mut shadowed = Vec::new();
        for (i, x) in props.iter().enumerate() {
            if x.vis == Visibility::Private && x.declaring != lname {
                shadowed.push((x.declaring.clone(), x.name.clone(), i as u32));
            }
        }
        for (name, v, vis, ty) in spec.static_props {
            static_props.insert(
                name,
                StaticProp {
                    cell: crate::value::PhpRef::new(v),
                    vis,
                    declaring: lname.clone(),
                    ty,
                },
            );
        }
        for (f, vis, is_static, is_abstract, is_final) in spec.methods {
            let key = f.name.to_ascii_lowercase();
            let m = Method {
                func: f,
                vis,
                is_static,
                is_abstract,
                is_final,
                declaring: weak.clone(),
            };
            methods.insert(key, m);
        }
        for (n, c) in spec.consts {
            if !consts.contains_key(&n) {
                const_order.push(n.clone());
            }
            consts.insert(n, c);
        }
        let prop_slots = props
            .iter()
            .enumerate()
            .filter(|(i, _)| !shadowed.iter().any(|&(_, _, s)| s as usize == *i))
            .map(|(i, p)| (p.name.clone(), i as u32))
            .collect();
        let get = |n: &str| methods.get(n.as_bytes()).cloned();
        let magic = MagicMethods {
            construct: get("__construct"),
            destruct: get("__destruct"),
            get: get("__get"),
            set: get("__set"),
            isset: get("__isset"),
            unset: get("__unset"),
            call: get("__call"),
            call_static: get("__callstatic"),
            to_string: get("__tostring"),
            invoke: get("__invoke"),
            clone: get("__clone"),
        };
        let is_throwable = lname.as_bytes() == b"throwable"
            || interfaces
                .iter()
                .any(|i| i.lname.as_bytes() == b"throwable")
            || spec.parent.as_ref().is_some_and(|p| p.is_throwable);
        Class {
            name: display_name(&spec.name),
            full_name: spec.name,
            is_throwable,
            lname: lname.clone(),
            kind: spec.kind,
            is_abstract: spec.is_abstract,
            is_final: spec.is_final,
            is_readonly: spec.is_readonly,
            parent: spec.parent,
            interfaces,
            props,
            prop_slots,
            shadowed,
            static_props: RefCell::new(static_props),
            prop_order,
            static_order,
            traits: spec.traits,
            methods,
            consts,
            const_order,
            enum_backing: spec.enum_backing,
            magic,
            native: spec.native,
            statics_ready: Cell::new(statics_ready),
            static_inits: spec.static_inits,
            decl_line: spec.line,
            ctor_plan: Default::default(),
        }
    })
}

/// Builds a native class, resolving its parent and interfaces among registered classes.
pub fn build_native_class(vm: &mut Vm, c: NativeClass) -> Rc<Class> {
    let lname = PhpStr::from(c.name.to_ascii_lowercase());
    let parent = c.parent.and_then(|p| vm.find_class(p.as_bytes()));
    let interfaces = c
        .interfaces
        .iter()
        .filter_map(|i| vm.find_class(i.as_bytes()))
        .collect();
    let props = c
        .props
        .into_iter()
        .map(|(n, v, vis)| PropInfo {
            name: PhpStr::from(n),
            default: v,
            vis,
            declaring: lname.clone(),
            class_name: PhpStr::from(c.name),
            ty: None,
            readonly: false,
        })
        .collect();
    let consts = c
        .consts
        .into_iter()
        .map(|(n, v)| {
            (
                PhpStr::from(n),
                Rc::new(ClassConst {
                    value: RefCell::new(Some(v)),
                    init: None,
                    vis: Visibility::Public,
                    declaring: lname.clone(),
                    is_case: false,
                }),
            )
        })
        .collect();
    let is_iface = c.kind == ClassKind::Interface;
    link_class(ClassSpec {
        internal: true,
        name: PhpStr::from(c.name),
        kind: c.kind,
        is_abstract: c.is_abstract,
        is_final: c.is_final,
        is_readonly: false,
        parent,
        interfaces,
        props,
        static_props: Vec::new(),
        trait_props: (0, 0),
        traits: Vec::new(),
        methods: c
            .methods
            .into_iter()
            .map(|(f, vis, st)| {
                let lname = f.name.to_ascii_lowercase().to_string_lossy();
                let is_abstract = is_iface || c.abstract_methods.contains(&lname);
                (f, vis, st, is_abstract, false)
            })
            .collect(),
        consts,
        enum_backing: None,
        native: c.hooks,
        static_inits: Vec::new(),
        line: 0,
    })
}

/// A class name as messages and dumps print it: up to a NUL byte (an anonymous class's
/// `class@anonymous`), as PHP prints names with C string formatting.
pub(crate) fn display_name(name: &PhpStr) -> PhpStr {
    match name.as_bytes().iter().position(|&b| b == 0) {
        Some(nul) => PhpStr::new(&name.as_bytes()[..nul]),
        None => name.clone(),
    }
}
