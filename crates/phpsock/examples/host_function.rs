//! Registering host functions, constants and a module, and reading results back.
//!
//! Run with `cargo run -p phpsock --example host_function`.

use phpsock::{Engine, Error, Module};
use std::collections::BTreeMap;

fn main() -> Result<(), Error> {
    let mut engine = Engine::new();

    // Plain closures: the PHP signature comes from the Rust types.
    engine
        .register_fn("add", |a: i64, b: i64| a + b)
        .register_fn("word_lengths", |words: Vec<String>| {
            words
                .into_iter()
                .map(|w| (w.clone(), w.len() as i64))
                .collect::<BTreeMap<_, _>>()
        })
        // Naming the parameters gives better error messages; errors become exceptions.
        .register_fn("parse_port(string $text)", |text: String| {
            text.trim()
                .parse::<u16>()
                .map_err(|e| format!("bad port {text:?}: {e}"))
        })
        .register_constant("HOST_NAME", "example host");

    // A module groups functions and constants like a PHP extension.
    let mut tools = Module::new("tools");
    tools
        .function("shout", |s: String| s.to_uppercase())
        .constant("TOOLS_VERSION", 3);
    engine.register_module(tools)?;

    engine.run(
        r#"
        echo HOST_NAME, ": 2 + 3 = ", add(2, 3), "\n";
        print_r(word_lengths(['socket', 'php']));
        echo shout('tools v'), TOOLS_VERSION, "\n";
        try {
            parse_port('eighty');
        } catch (Exception $e) {
            echo 'caught: ', $e->getMessage(), "\n";
        }
        try {
            add('two', 3);
        } catch (TypeError $e) {
            echo 'caught: ', $e->getMessage(), "\n";
        }
        "#,
    )?;

    // Values come back as Rust types.
    let port: i64 = engine.eval("parse_port(' 8080 ')")?;
    let lengths: BTreeMap<String, i64> = engine.call_fn("word_lengths", (vec!["a", "bb"],))?;
    println!("port = {port}, lengths = {lengths:?}");
    Ok(())
}
