//! The `.phpt` conformance harness: finds every `tests/phpt/**/*.phpt`, runs them in
//! parallel against the `phpsock` binary and reports failures with a diff.
//!
//! Environment:
//! - `PHPT_FILTER=substring`: only tests whose path (relative to `tests/phpt`) contains it.
//! - `PHPT_BLESS=/path/to/php`: instead of checking, run that reference PHP with the same
//!   arguments and rewrite each test's expectation sections from its output.
//! - `PHPT_BINARY=/path/to/php`: run another binary instead of `phpsock` (pointing it at the
//!   reference PHP checks the harness and the corpus: everything must pass).
//! - `PHPT_KEEP=1`: keep the scratch directory with the generated scripts.
//! - `PHPT_TIMEOUT=seconds`: per-process time limit (default 30); forked children still running past it are ended with the test.

pub mod diff;
pub mod expect;
pub mod process;
pub mod runner;
pub mod sections;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use runner::{Config, Outcome};

/// Every `.phpt` under `dir`, sorted.
pub fn discover(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "phpt") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Totals of one run.
#[derive(Debug, Default)]
pub struct Summary {
    /// Tests that passed (or were blessed).
    pub passed: usize,
    /// Tests that failed.
    pub failed: usize,
    /// Tests skipped by `--SKIPIF--`.
    pub skipped: usize,
}

/// Runs `tests` with `cfg` on up to `available_parallelism` threads, printing a report for
/// each failure; returns the totals.
pub fn run_all(cfg: &Config, tests: &[PathBuf]) -> Summary {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, Outcome)>> = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(tests.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(test) = tests.get(i) else {
                    break;
                };
                let outcome = runner::run(cfg, test);
                if let Ok(mut results) = results.lock() {
                    results.push((i, outcome));
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_default();
    results.sort_by_key(|(i, _)| *i);

    let mut summary = Summary::default();
    let mut failures = Vec::new();
    for (i, outcome) in results {
        let rel = tests[i].strip_prefix(&cfg.root).unwrap_or(&tests[i]);
        match outcome {
            Outcome::Pass | Outcome::Blessed => summary.passed += 1,
            Outcome::Skip(reason) => {
                summary.skipped += 1;
                println!("SKIP {} ({reason})", rel.display());
            }
            Outcome::Fail(report) => {
                summary.failed += 1;
                failures.push((rel.display().to_string(), report));
            }
        }
    }
    const FULL_REPORTS: usize = 40;
    for (k, (name, report)) in failures.iter().enumerate() {
        if k < FULL_REPORTS {
            println!("\n==== FAIL {name}\n{report}");
        } else {
            println!("FAIL {name}");
        }
    }
    summary
}
