//! Capturing a script's output (and its warnings) in a unit test.
//!
//! `cargo test -p phpsock --example capture_output` runs the tests below;
//! `cargo run -p phpsock --example capture_output` prints a report.

use phpsock::{Diagnostic, Engine};
use std::cell::RefCell;
use std::rc::Rc;

/// Runs `code` and returns what it printed and the warnings it raised.
fn run_captured(code: &str) -> (String, Vec<String>) {
    let warnings: Rc<RefCell<Vec<String>>> = Rc::default();
    let sink = warnings.clone();
    let mut engine = Engine::builder()
        .capture_output()
        .on_diagnostic(move |d: &Diagnostic| sink.borrow_mut().push(d.display_text()))
        .build();
    let _ = engine.run(code);
    let output = engine.take_output();
    let warnings = warnings.borrow().clone();
    (output, warnings)
}

fn main() {
    let (out, warnings) = run_captured("echo str_pad('7', 3, '0', STR_PAD_LEFT); echo $undefined;");
    println!("output: {out:?}");
    println!("warnings: {warnings:#?}");
}

#[cfg(test)]
mod tests {
    use super::run_captured;

    #[test]
    fn output_is_captured() {
        let (out, warnings) = run_captured("printf('%05.1f|', 3.14159); fwrite(STDOUT, 'direct');");
        assert_eq!(out, "003.1|direct");
        assert!(warnings.is_empty());
    }

    #[test]
    fn warnings_are_collected_not_printed() {
        let (out, warnings) = run_captured("echo 'x'; echo $nope; echo 'y';");
        assert_eq!(out, "xy");
        assert_eq!(
            warnings,
            ["Warning: Undefined variable $nope in Command line code on line 1"]
        );
    }
}
