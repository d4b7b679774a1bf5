//! Time and memory budgets, and cancelling a run from another thread.

use phpsock::{Engine, Error};
use std::time::Duration;

#[test]
fn time_budget_ends_a_busy_script_with_phps_fatal_error() {
    let mut e = Engine::builder()
        .capture_output()
        .max_execution_time(Duration::from_secs(1))
        .build();
    match e.run("echo 'start'; while (true) {}") {
        Err(Error::Fatal { message, .. }) => {
            assert_eq!(message, "Maximum execution time of 1 second exceeded")
        }
        other => panic!("expected the time-limit fatal error, got {other:?}"),
    }
    assert!(e.take_output().starts_with("start"));
}

#[test]
fn memory_budget_ends_a_growing_script_with_phps_fatal_error() {
    let mut e = Engine::builder()
        .capture_output()
        .memory_limit(8 << 20)
        .build();
    match e.run("$s = ''; while (true) { $s .= str_repeat('x', 65536); }") {
        Err(Error::Fatal { message, .. }) => assert!(
            message.starts_with("Allowed memory size of 8388608 bytes exhausted"),
            "{message}"
        ),
        other => panic!("expected the memory-limit fatal error, got {other:?}"),
    }
}

#[test]
fn a_host_thread_can_cancel_a_run_and_the_engine_goes_on() {
    let mut e = Engine::builder().capture_output().build();
    let handle = e.interrupt_handle();
    let canceller = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(200));
        handle.cancel();
    });
    let result = e.run("$n = 0; while (true) { $n++; }");
    canceller.join().unwrap();
    assert_eq!(result, Err(Error::Cancelled));
    assert_eq!(e.eval::<i64>("40 + 2").unwrap(), 42);
}
