//! [`Symbols`]: what an engine has defined, for tools (a REPL's completion, documentation).

use phpsock_eval::{Value, Vm};
use std::collections::BTreeMap;

/// A snapshot of an engine's names ([`Engine::symbols`](crate::Engine::symbols)), each list
/// sorted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Symbols {
    /// Functions, with the case they were declared with.
    pub functions: Vec<String>,
    /// Constants.
    pub constants: Vec<String>,
    /// Class, interface, trait and enum names.
    pub classes: Vec<String>,
    /// Static members of each class by lower-case name: methods (written `name(`) and
    /// constants.
    pub class_members: BTreeMap<String, Vec<String>>,
    /// Global variables that hold a value, without the `$`.
    pub variables: Vec<String>,
    /// Methods (written `name(`) of the object each global variable holds.
    pub object_methods: BTreeMap<String, Vec<String>>,
}

fn method_names<'a>(
    methods: impl Iterator<Item = &'a phpsock_eval::object::Method>,
) -> Vec<String> {
    let mut v: Vec<String> = methods
        .map(|m| format!("{}(", m.func.name.to_string_lossy()))
        .collect();
    v.sort();
    v
}

/// Reads the names out of a runtime.
pub(crate) fn snapshot(vm: &mut Vm) -> Symbols {
    let mut s = Symbols {
        functions: vm
            .functions
            .values()
            .map(|f| f.name.to_string_lossy())
            .collect(),
        constants: vm.constants.keys().map(|k| k.to_string_lossy()).collect(),
        ..Symbols::default()
    };
    for class in vm.classes.values() {
        let mut members = method_names(class.methods.values());
        members.extend(class.consts.keys().map(|c| c.to_string_lossy()));
        members.sort();
        s.class_members
            .insert(class.lname.to_string_lossy(), members);
        s.classes.push(class.name.to_string_lossy());
    }
    for slot_name in vm.global_slot_names.clone() {
        let Some(value) = vm.var_by_name(&slot_name) else {
            continue;
        };
        let name = slot_name.to_string_lossy();
        if let Value::Object(obj) = value.deref() {
            s.object_methods
                .insert(name.clone(), method_names(obj.class().methods.values()));
        }
        s.variables.push(name);
    }
    for list in [
        &mut s.functions,
        &mut s.constants,
        &mut s.classes,
        &mut s.variables,
    ] {
        list.sort();
        list.dedup();
    }
    s
}
