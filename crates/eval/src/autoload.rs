//! Class autoloading, and `declare(ticks)`.
//!
//! Autoloading: the `spl_autoload_register` callbacks run, in order, when code needs a
//! class, interface, trait or enum that is not declared (`new`, `::`, `extends`, `implements`,
//! `use`, `class_exists($c)`, …; never `instanceof`).

use crate::object::Class;
use crate::string::PhpStr;
use crate::value::Value;
use crate::vm::{Unwind, Vm};
use std::rc::Rc;

/// True if `name` may name a class (PHP autoloads only such names).
fn valid_class_name(name: &[u8]) -> bool {
    !name.is_empty()
        && name
            .iter()
            .all(|&c| c == b'_' || c == b'\\' || c.is_ascii_alphanumeric() || c >= 0x80)
}

impl Vm {
    /// Finds a class by name, running the autoloaders when it is not declared yet.
    pub fn load_class(&mut self, name: &[u8]) -> Result<Option<Rc<Class>>, Unwind> {
        if let Some(c) = self.find_class(name) {
            return Ok(Some(c));
        }
        if self.autoloaders.is_empty() {
            return Ok(None);
        }
        self.autoload(name)?;
        Ok(self.find_class(name))
    }

    /// Autoloads the class a callable names (`"A::m"`, `["A", "m"]`) when it is not declared
    /// yet, as PHP's callable checks do. Called once where a callable value is checked or
    /// called; [`Vm::resolve_callable`] itself never autoloads.
    pub fn autoload_callable(&mut self, v: &Value) -> Result<(), Unwind> {
        if self.autoloaders.is_empty() {
            return Ok(());
        }
        let class = match v {
            Value::Ref(r) => return self.autoload_callable(&r.get()),
            Value::Str(s) => match s.windows(2).position(|w| w == b"::") {
                Some(p) => PhpStr::new(&s[..p]),
                None => return Ok(()),
            },
            Value::Array(a) if a.len() == 2 => match (a.get_int(0), a.get_int(1)) {
                (Some(Value::Str(c)), Some(Value::Str(_))) => c.clone(),
                _ => return Ok(()),
            },
            _ => return Ok(()),
        };
        if self.find_class(&class).is_none() {
            self.autoload(&class)?;
        }
        Ok(())
    }

    /// Calls each registered autoloader with `name` (without a leading `\`) until the class
    /// exists (`spl_autoload_call`). A class already being autoloaded is not loaded again.
    pub fn autoload(&mut self, name: &[u8]) -> Result<(), Unwind> {
        let name = name.strip_prefix(b"\\").unwrap_or(name);
        if !valid_class_name(name) {
            return Ok(());
        }
        let lname = PhpStr::new(name).to_ascii_lowercase();
        if self.autoloading.contains(&lname) {
            return Ok(());
        }
        self.autoloading.push(lname.clone());
        let loaders = self.autoloaders.clone();
        let mut r = Ok(());
        for f in loaders {
            if self.find_class(name).is_some() {
                break;
            }
            if let Err(u) = self.call_value(&f, vec![Value::Str(PhpStr::new(name))]) {
                r = Err(u);
                break;
            }
        }
        self.autoloading.retain(|n| *n != lname);
        r
    }
}

impl Vm {
    /// One tick of `declare(ticks=n)`: every `n`-th runs the registered tick functions.
    pub fn tick(&mut self, n: u32) -> Result<(), Unwind> {
        self.tick_count += 1;
        if self.tick_count < n {
            return Ok(());
        }
        self.tick_count = 0;
        if let Some(hook) = self.tick_hook {
            hook(self)?;
        }
        // Ticks inside the tick functions themselves do not call them again.
        if self.in_tick || self.tick_functions.is_empty() {
            return Ok(());
        }
        let fns = self.tick_functions.clone();
        let saved_line = self.line;
        self.in_tick = true;
        let mut r = Ok(());
        for (f, args) in fns {
            r = self.call_value(&f, args).map(|_| ());
            if r.is_err() {
                break;
            }
        }
        self.in_tick = false;
        self.line = saved_line;
        r
    }
}
