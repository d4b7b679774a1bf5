//! Running untrusted scripts: only pure builtins, no network, resource limits, and every
//! way a script can end reported back to the host.
//!
//! Run with `cargo run -p phpsock --example untrusted`.

use phpsock::{Engine, Error, Group, NetPolicy, Outcome};
use std::time::Duration;

/// A sandboxed engine for one untrusted script.
fn sandbox() -> Engine {
    Engine::builder()
        .capture_output()
        // String, array, math, output, pcre, json… but no files, streams, processes,
        // environment or network functions.
        .groups(Group::PURE)
        // Belt and braces: even if a network group were enabled, every bind/connect/sendto
        // fails with EACCES.
        .network_policy(NetPolicy::deny_all())
        // PHP's own limits (`Maximum execution time of 2 seconds exceeded`, `Allowed memory
        // size of … bytes exhausted`).
        .max_execution_time(Duration::from_secs(2))
        .memory_limit(32 * 1024 * 1024)
        // …which the script may not raise.
        .lock_ini(["max_execution_time", "memory_limit"])
        .disable_functions(["set_time_limit"])
        // Runaway recursion ends the script with a fatal error, not a stack overflow.
        .max_call_depth(200)
        // Diagnostics go to the host's log instead of the script's output.
        .on_diagnostic(|d| eprintln!("[script {}] {}", d.line, d.display_text()))
        .build()
}

fn report(name: &str, code: &str) {
    let mut engine = sandbox();
    let result = engine.run(code);
    let output = engine.take_output();
    match result {
        Ok(Outcome::Completed) => println!("{name}: completed, output {output:?}"),
        Ok(Outcome::Exited(status)) => println!("{name}: exit({status}), output {output:?}"),
        Err(Error::Exception { class, message, .. }) => {
            println!("{name}: uncaught {class}: {message}")
        }
        Err(Error::Fatal { message, line, .. }) => {
            println!("{name}: fatal error on line {line}: {message}")
        }
        Err(e) => println!("{name}: {e}"),
    }
}

fn main() {
    // PHP calls recurse on the Rust stack; give the interpreter a thread with room, as the
    // `phpsock` command does.
    let worker = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(|| {
            report(
                "well-behaved",
                "echo json_encode(array_map(fn($x) => $x ** 2, [1, 2, 3]));",
            );
            report("exits", "echo 'bye'; exit(3);");
            report("throws", "throw new DomainException('not allowed');");
            report("recurses", "function f($n) { return f($n + 1); } f(0);");
            report("reads files", "echo file_get_contents('/etc/passwd');");
            report("shells out", "echo shell_exec('id');");
            report("type error", "echo str_repeat('x', 'many');");
            report(
                "raises its limits",
                "var_dump(ini_set('memory_limit', '-1'), ini_get('memory_limit'));",
            );
        })
        .expect("spawn the interpreter thread");
    worker
        .join()
        .expect("the host never panics because of a script");
}
