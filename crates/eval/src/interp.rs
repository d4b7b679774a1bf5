//! The tree-walking evaluator.

use crate::calls::Callee;
use crate::ir::Expr;
use crate::object::Class;
use crate::value::Value;
use crate::vm::{Unwind, Vm};
use std::rc::Rc;

impl Vm {
    /// Runs a user function.
    pub fn call_user(&mut self, c: &Callee, args: Vec<Value>) -> Result<Value, Unwind> {
        let _ = (c, args);
        Ok(Value::Null)
    }

    /// Evaluates a constant expression (defaults, class constants).
    pub fn eval_const_expr(&mut self, e: &Rc<Expr>) -> Result<Value, Unwind> {
        let _ = e;
        Ok(Value::Null)
    }

    /// Reads a class constant.
    pub fn class_constant(&mut self, c: &Rc<Class>, name: &[u8]) -> Result<Value, Unwind> {
        let _ = (c, name);
        Ok(Value::Null)
    }
}
