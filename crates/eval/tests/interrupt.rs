//! Stopping a script from the host: the cancel handle, the time limit and the memory limit,
//! through the runtime's public API.

use phpsock_eval::{PhpStr, Vm};
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// Output captured in memory.
#[derive(Clone, Default)]
struct Capture(Rc<RefCell<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn vm() -> (Vm, Capture) {
    let out = Capture::default();
    (Vm::new(Box::new(out.clone())), out)
}

fn text(c: &Capture) -> String {
    String::from_utf8_lossy(&c.0.borrow()).into_owned()
}

#[test]
fn cancel_from_another_thread_stops_a_busy_loop() {
    let (mut vm, out) = vm();
    let handle = vm.interrupt.clone();
    let canceller = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(200));
        handle.cancel();
    });
    let start = Instant::now();
    let src = b"<?php register_shutdown_function(function () { echo 'no'; });\n\
                echo 'a'; function f() { while (true) {} } try { f(); } finally { echo 'no'; }";
    let status = vm.run_main(src, "t.php");
    canceller.join().expect("canceller ends");
    assert!(start.elapsed() < Duration::from_secs(5));
    assert_eq!(status, 255);
    // Nothing runs after a cancel: no finally, no shutdown functions.
    assert_eq!(text(&out), "a");
    // The runtime can be used again afterwards.
    assert_eq!(vm.run_main(b"<?php echo 'b';", "t.php"), 0);
    assert_eq!(text(&out), "ab");
}

#[test]
fn time_limit_set_as_an_ini_setting() {
    let (mut vm, out) = vm();
    vm.ini_set("max_execution_time", PhpStr::from("1"));
    let status = vm.run_main(b"<?php\n$i = 0;\nfor (;;) { $i++; }\n", "t.php");
    assert_eq!(status, 255);
    assert_eq!(
        text(&out),
        "\nFatal error: Maximum execution time of 1 second exceeded in t.php on line 3\n"
    );
}

#[test]
fn memory_limit_set_as_an_ini_setting() {
    let (mut vm, out) = vm();
    vm.ini_set("memory_limit", PhpStr::from("1M"));
    let status = vm.run_main(b"<?php\n$s = 'x';\nwhile (true) { $s .= $s; }\n", "t.php");
    assert_eq!(status, 255);
    let t = text(&out);
    assert!(
        t.starts_with(
            "\nFatal error: Allowed memory size of 1048576 bytes exhausted (tried to allocate "
        ),
        "{t}"
    );
    assert!(t.ends_with(" bytes) in t.php on line 3\n"), "{t}");
}
