//! Runs the `.phpt` conformance corpus (`tests/phpt/**/*.phpt` at the workspace root) against
//! the `phpsock` binary. See `tests/README.md` for the file format and `phpt_harness` for the
//! environment variables (`PHPT_FILTER`, `PHPT_BLESS`, …).

mod phpt_harness;

use std::path::PathBuf;
use std::time::Duration;

use phpt_harness::runner::Config;

#[test]
fn phpt_corpus() {
    let workspace = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let root = workspace.join("tests/phpt");
    let root = root.canonicalize().unwrap_or(root);
    let filter = std::env::var("PHPT_FILTER").unwrap_or_default();
    let tests: Vec<PathBuf> = phpt_harness::discover(&root)
        .into_iter()
        .filter(|p| {
            p.strip_prefix(&root)
                .unwrap_or(p)
                .to_string_lossy()
                .contains(filter.as_str())
        })
        .collect();
    let work = std::env::temp_dir().join(format!("phpsock-phpt-{}", std::process::id()));
    let timeout = std::env::var("PHPT_TIMEOUT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(30);
    let cfg = Config {
        binary: std::env::var_os("PHPT_BINARY").map_or_else(
            || PathBuf::from(env!("CARGO_BIN_EXE_phpsock")),
            PathBuf::from,
        ),
        bless_with: std::env::var_os("PHPT_BLESS").map(PathBuf::from),
        root,
        work: work.clone(),
        timeout: Duration::from_secs(timeout),
    };
    let summary = phpt_harness::run_all(&cfg, &tests);
    if std::env::var_os("PHPT_KEEP").is_none() {
        let _ = std::fs::remove_dir_all(&work);
    }
    let line = format!(
        "phpt: {} passed, {} failed, {} skipped",
        summary.passed, summary.failed, summary.skipped
    );
    println!("{line}");
    assert!(summary.failed == 0, "{line}");
    if !filter.is_empty() || cfg.bless_with.is_some() {
        return;
    }
    assert!(!tests.is_empty(), "no .phpt tests found under tests/phpt");
}
