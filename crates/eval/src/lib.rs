//! phpsock's runtime: values, arrays, objects, the resolver (AST → slot-resolved tree), the
//! tree-walking evaluator, diagnostics and the one native-function interface.
//!
//! See `README.md` in this crate for how to add a builtin.

pub mod array;
pub mod arraylit;
pub mod autoload;
pub mod calls;
pub mod callspec;
pub mod class_build;
pub mod classes;
pub mod closure;
pub mod compile;
pub mod core;
pub mod ctor_inline;
pub mod diag;
pub mod examples;
pub mod expr;
pub mod fast;
pub mod fasthash;
pub mod flow;
pub mod func;
pub mod generator;
mod in_place;
pub mod interactive;
pub mod interp;
pub mod interrupt;
pub mod ir;
pub mod method_direct;
pub mod native;
pub mod native_call;
pub mod numeric;
pub mod ob;
pub mod object;
pub mod ops;
pub mod place;
pub mod run;
pub mod spec;
pub mod stack_guard;
pub mod strbuild;
pub mod string;
pub mod types;
pub mod value;
pub mod vm;

pub use array::{Key, PhpArray};
pub use interactive::Interactive;
pub use interrupt::Interrupt;
pub use native::{Args, Ctx, Module, NResult, NativeClass};
pub use object::{Class, ObjRef};
pub use string::PhpStr;
pub use value::{PhpRef, ResRef, Value};
pub use vm::{Unwind, UnwindKind, Vm};
#[cfg(test)]
mod tests;
