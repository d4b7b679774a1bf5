//! The embedding facade: [`Engine`] runs PHP scripts.
//!
//! This is a placeholder contract that the CLI is written against; the evaluator fills it in.

use std::path::Path;

/// A PHP interpreter instance. State (variables, functions, classes) persists between runs.
#[derive(Default)]
pub struct Engine {
    ini: Vec<(String, String)>,
    argv: Vec<String>,
}

impl Engine {
    /// A fresh engine with PHP's built-in defaults (`php -n`).
    pub fn new() -> Engine {
        Engine::default()
    }

    /// Sets an ini directive, as `-d key=value` does.
    pub fn set_ini(&mut self, key: &str, value: &str) {
        self.ini.push((key.to_string(), value.to_string()));
    }

    /// Sets `$argv` (the first element is the script name as given).
    pub fn set_argv(&mut self, argv: Vec<String>) {
        self.argv = argv;
    }

    /// Runs a script file, writing its output to stdout; returns the process exit status PHP
    /// would have (0, 255 for fatal and parse errors, or the `exit()` status).
    pub fn run_file(&mut self, path: &Path) -> i32 {
        let _ = path;
        255
    }

    /// Runs code given without `<?php` (as `php -r` does); `name` is the file name shown in
    /// messages (`Command line code`).
    pub fn run_code(&mut self, code: &[u8], name: &str) -> i32 {
        let _ = (code, name);
        255
    }
}
