//! Running one `.phpt` test: write its script, run it, judge (or bless) the result.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::diff;
use super::expect::{normalize, Expectation};
use super::process::{self, Finished, Spec};
use super::sections::{header, shell_words, Sections, EXPECT_SECTIONS};

/// How the corpus is run.
#[derive(Clone, Debug)]
pub struct Config {
    /// The `phpsock` binary under test.
    pub binary: PathBuf,
    /// When set, the reference PHP command: expectations are rewritten from its output
    /// instead of being checked (`PHPT_BLESS`).
    pub bless_with: Option<PathBuf>,
    /// Root of the corpus (`tests/phpt`).
    pub root: PathBuf,
    /// Scratch directory where scripts are written.
    pub work: PathBuf,
    /// Time limit per process.
    pub timeout: Duration,
}

/// The result of one test.
#[derive(Debug)]
pub enum Outcome {
    /// Output (and exit status, with `--EXITCODE--`) as expected.
    Pass,
    /// `--SKIPIF--` said `skip…`; the reason.
    Skip(String),
    /// Anything else; a readable report.
    Fail(String),
    /// Expectations rewritten from the reference.
    Blessed,
}

/// A prepared test: its sections and where its script lives.
struct Case<'a> {
    cfg: &'a Config,
    phpt: &'a Path,
    sections: Sections,
    script: PathBuf,
}

/// Runs (or blesses) the test in `phpt`.
pub fn run(cfg: &Config, phpt: &Path) -> Outcome {
    match prepare(cfg, phpt) {
        Ok(case) => {
            let result = if cfg.bless_with.is_some() {
                case.bless()
            } else {
                case.check()
            };
            result.unwrap_or_else(Outcome::Fail)
        }
        Err(message) => Outcome::Fail(message),
    }
}

fn prepare<'a>(cfg: &'a Config, phpt: &'a Path) -> Result<Case<'a>, String> {
    let text = std::fs::read(phpt).map_err(|e| format!("cannot read the test: {e}"))?;
    let sections = Sections::parse(&text).map_err(|e| format!("malformed test: {e}"))?;
    let rel = phpt.strip_prefix(&cfg.root).unwrap_or(phpt);
    let script = cfg.work.join(rel).with_extension("php");
    let dir = script.parent().unwrap_or(&cfg.work).to_path_buf();
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let file = sections.get("FILE").unwrap_or_default();
    std::fs::write(&script, file).map_err(|e| format!("cannot write the script: {e}"))?;
    Ok(Case {
        cfg,
        phpt,
        sections,
        script,
    })
}

impl Case<'_> {
    fn script_dir(&self) -> PathBuf {
        self.script.parent().unwrap_or(&self.cfg.work).to_path_buf()
    }

    /// `-d key=value` for every `--INI--` line (`{PWD}`: the test's directory, `{TMP}`: the
    /// scratch directory).
    fn ini_args(&self) -> Vec<String> {
        let pwd = self.phpt.parent().unwrap_or(Path::new("."));
        let mut args = Vec::new();
        if let Some(ini) = self.sections.get_str("INI") {
            for line in ini.lines().map(str::trim).filter(|l| !l.is_empty()) {
                let line = line
                    .replace("{PWD}", &pwd.to_string_lossy())
                    .replace("{TMP}", &self.cfg.work.to_string_lossy());
                args.push("-d".to_string());
                args.push(line);
            }
        }
        args
    }

    /// The full argument list: ini flags, then `--CLI--` (default `-f {FILE}`), then
    /// `-- ARGS` when there are arguments.
    fn args(&self) -> Result<Vec<String>, String> {
        let file = self.script.to_string_lossy().into_owned();
        let mut args = self.ini_args();
        match self.sections.get_str("CLI") {
            Some(cli) => {
                let words = shell_words(&cli).map_err(|e| format!("--CLI--: {e}"))?;
                args.extend(words.into_iter().map(|w| w.replace("{FILE}", &file)));
            }
            None => {
                args.push("-f".into());
                args.push(file);
            }
        }
        if let Some(extra) = self.sections.get_str("ARGS") {
            args.push("--".into());
            args.extend(shell_words(&extra).map_err(|e| format!("--ARGS--: {e}"))?);
        }
        Ok(args)
    }

    /// `--ENV--` lines as `(name, value)`.
    fn env(&self) -> Vec<(String, String)> {
        self.sections
            .get_str("ENV")
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.trim().split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    /// Which streams `--CAPTURE_STDIO--` captures (all three when absent), as
    /// `(stdin, stdout, stderr)`.
    fn capture(&self) -> (bool, bool, bool) {
        match self.sections.get_str("CAPTURE_STDIO") {
            None => (true, true, true),
            Some(words) => {
                let has = |w: &str| words.split_whitespace().any(|x| x.eq_ignore_ascii_case(w));
                (has("STDIN"), has("STDOUT"), has("STDERR"))
            }
        }
    }

    /// Runs `program args` (with `--ENV--`) in the script's directory. With `main`, standard
    /// input and the captured output follow `--STDIN--` and `--CAPTURE_STDIO--`; `stdout` of
    /// the result is then the output to compare.
    fn exec(&self, program: &Path, args: &[String], main: bool) -> Result<Finished, String> {
        let env = self.env();
        let (with_stdin, out, err) = if main {
            self.capture()
        } else {
            (false, true, true)
        };
        let stdin = if with_stdin {
            self.sections.get("STDIN").unwrap_or_default()
        } else {
            b""
        };
        let spec = Spec {
            args,
            env: &env,
            stdin,
            merge_stderr: out && err,
        };
        let mut done = process::run(program, &spec, &self.script_dir(), self.cfg.timeout)
            .map_err(|e| format!("cannot run {}: {e}", program.display()))?;
        if err && !out {
            done.stdout = std::mem::take(&mut done.stderr);
        }
        Ok(done)
    }

    /// Runs `--CLEAN--`, if any (its output is ignored, as in run-tests.php).
    fn clean(&self) {
        if let Some(code) = self.sections.get("CLEAN") {
            let file = self.script.with_extension("clean.php");
            if std::fs::write(&file, code).is_ok() {
                let mut args = self.ini_args();
                args.push("-f".into());
                args.push(file.to_string_lossy().into_owned());
                let program = self.cfg.bless_with.as_deref().unwrap_or(&self.cfg.binary);
                let _ = self.exec(program, &args, false);
            }
        }
    }

    /// The `--SKIPIF--` verdict: `Some(reason)` when its output starts with `skip`.
    fn skip_reason(&self) -> Result<Option<String>, String> {
        let Some(code) = self.sections.get("SKIPIF") else {
            return Ok(None);
        };
        let skip_file = self.script.with_extension("skip.php");
        std::fs::write(&skip_file, code).map_err(|e| format!("cannot write SKIPIF: {e}"))?;
        let mut args = self.ini_args();
        args.push("-f".into());
        args.push(skip_file.to_string_lossy().into_owned());
        let done = self.exec(&self.cfg.binary, &args, false)?;
        let text = String::from_utf8_lossy(&done.stdout);
        let text = text.trim_start();
        if text.len() >= 4 && text[..4].eq_ignore_ascii_case("skip") {
            Ok(Some(text[4..].trim().to_string()))
        } else {
            Ok(None)
        }
    }

    fn expected_status(&self) -> Result<Option<i32>, String> {
        match self.sections.get_str("EXITCODE") {
            None => Ok(None),
            Some(code) => code
                .parse()
                .map(Some)
                .map_err(|_| format!("--EXITCODE-- is not an integer: {code:?}")),
        }
    }

    fn check(&self) -> Result<Outcome, String> {
        if let Some(reason) = self.skip_reason()? {
            return Ok(Outcome::Skip(reason));
        }
        let (section, text) = EXPECT_SECTIONS
            .iter()
            .find_map(|s| self.sections.get(s).map(|t| (*s, t)))
            .ok_or("no expectation section")?;
        let expectation = Expectation::new(section, text)?;
        let want_status = self.expected_status()?;
        let args = self.args()?;
        let done = self.exec(&self.cfg.binary, &args, true);
        self.clean();
        let done = done?;

        let mut problems = Vec::new();
        if done.timed_out {
            problems.push(format!("killed after {:?}", self.cfg.timeout));
        }
        let stderr = String::from_utf8_lossy(&done.stderr);
        let stdout = String::from_utf8_lossy(&done.stdout);
        let rust_panic = |text: &str| {
            text.match_indices("thread '").any(|(i, _)| {
                text[i..]
                    .lines()
                    .next()
                    .is_some_and(|l| l.contains("' panicked at "))
            })
        };
        if rust_panic(&stderr) || rust_panic(&stdout) {
            problems.push("phpsock panicked".to_string());
        }
        let output_ok = expectation.matches(&done.stdout);
        if let Some(want) = want_status {
            if done.status != Some(want) {
                problems.push(format!(
                    "exit status {} (expected {want})",
                    done.status
                        .map_or_else(|| "none (killed by a signal)".into(), |s| s.to_string())
                ));
            }
        }
        if output_ok && problems.is_empty() {
            return Ok(Outcome::Pass);
        }
        let mut report = format!("command: phpsock {}\n", args.join(" "));
        for problem in &problems {
            report.push_str(problem);
            report.push('\n');
        }
        if !output_ok {
            report.push_str(&format!("{section} does not match the output:\n"));
            let got = normalize(&done.stdout);
            let want_lines: Vec<&[u8]> = expectation.text().split(|b| *b == b'\n').collect();
            let got_lines: Vec<&[u8]> = got.split(|b| *b == b'\n').collect();
            let lines = diff::diff(&want_lines, &got_lines, &|w, g| {
                expectation.line_matches(w, g)
            });
            report.push_str(&diff::render(&lines, 3, 60));
        }
        if !stderr.trim().is_empty() {
            report.push_str("stderr:\n");
            for line in stderr.lines().take(20) {
                report.push_str("  ");
                report.push_str(line);
                report.push('\n');
            }
        }
        Ok(Outcome::Fail(report))
    }

    /// Runs the reference and rewrites the expectation sections of the `.phpt` from its
    /// output: `--EXPECT--`, or `--EXPECTF--` when the output names the script's path (which
    /// becomes `%s`), plus `--EXITCODE--` when the status is not 0 (or the test had one).
    fn bless(&self) -> Result<Outcome, String> {
        let reference = self.cfg.bless_with.as_deref().ok_or("no reference")?;
        let args = self.args()?;
        let done = self.exec(reference, &args, true);
        self.clean();
        let done = done?;
        if done.timed_out {
            return Err("the reference timed out".into());
        }
        let output = normalize(&done.stdout);
        let mut needles = vec![self.script.to_string_lossy().into_owned()];
        if let Ok(real) = self.script.canonicalize() {
            needles.push(real.to_string_lossy().into_owned());
        }
        needles.push(self.script_dir().to_string_lossy().into_owned());
        needles.push(self.cfg.work.to_string_lossy().into_owned());
        let (body, is_format) = with_placeholders(&output, &needles);
        if body
            .split(|b| *b == b'\n')
            .any(|line| header(line).is_some())
        {
            return Err("the output contains a line that looks like a section header".into());
        }
        let mut fresh = Vec::new();
        fresh.extend_from_slice(if is_format {
            b"--EXPECTF--\n"
        } else {
            b"--EXPECT--\n"
        });
        fresh.extend_from_slice(&body);
        fresh.push(b'\n');
        let status = done.status.unwrap_or(-1);
        if status != 0 || self.sections.get("EXITCODE").is_some() {
            fresh.extend_from_slice(format!("--EXITCODE--\n{status}\n").as_bytes());
        }
        let original = std::fs::read(self.phpt).map_err(|e| e.to_string())?;
        let rewritten = replace_expectations(&original, &fresh);
        if rewritten != original {
            std::fs::write(self.phpt, rewritten).map_err(|e| e.to_string())?;
        }
        Ok(Outcome::Blessed)
    }
}

/// Replaces every occurrence of any needle (longest first) with `%s`; when any was replaced,
/// also escapes literal `%` as `%r%%r` so the text is a valid `EXPECTF` body.
fn with_placeholders(output: &[u8], needles: &[String]) -> (Vec<u8>, bool) {
    let mut needles: Vec<&[u8]> = needles
        .iter()
        .map(|n| n.as_bytes())
        .filter(|n| !n.is_empty())
        .collect();
    needles.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let found = needles
        .iter()
        .any(|n| output.windows(n.len()).any(|w| w == *n));
    if !found {
        return (output.to_vec(), false);
    }
    let mut out = Vec::with_capacity(output.len());
    let mut i = 0;
    'scan: while i < output.len() {
        for needle in &needles {
            if output[i..].starts_with(needle) {
                out.extend_from_slice(b"%s");
                i += needle.len();
                continue 'scan;
            }
        }
        if output[i] == b'%' {
            out.extend_from_slice(b"%r%%r");
        } else {
            out.push(output[i]);
        }
        i += 1;
    }
    (out, true)
}

/// `original` with its EXPECT*/EXITCODE sections removed and `fresh` put where the first of
/// them was (or at the end).
fn replace_expectations(original: &[u8], fresh: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(original.len() + fresh.len());
    let mut dropping = false;
    let mut inserted = false;
    for line in original.split_inclusive(|b| *b == b'\n') {
        if let Some(name) = header(line) {
            dropping = EXPECT_SECTIONS.contains(&name.as_str()) || name == "EXITCODE";
            if dropping && !inserted {
                out.extend_from_slice(fresh);
                inserted = true;
            }
        }
        if !dropping {
            out.extend_from_slice(line);
            if !line.ends_with(b"\n") {
                out.push(b'\n');
            }
        }
    }
    if !inserted {
        out.extend_from_slice(fresh);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_for_paths() {
        let (body, f) = with_placeholders(
            b"in /tmp/x/a.php on line 2, 5%",
            &["/tmp/x/a.php".into(), "/tmp/x".into()],
        );
        assert!(f);
        assert_eq!(body, b"in %s on line 2, 5%r%%r".to_vec());
        let e = Expectation::new("EXPECTF", &body).expect("compiles");
        assert!(e.matches(b"in /elsewhere/a.php on line 2, 5%"));
        let (body, f) = with_placeholders(b"50%", &["/tmp/x".into()]);
        assert!(!f);
        assert_eq!(body, b"50%".to_vec());
    }

    #[test]
    fn rewrites_expectations() {
        let t = b"--TEST--\nt\n--FILE--\nx\n--EXPECT--\nold\n--EXITCODE--\n1\n--STDIN--\nin\n";
        let out = replace_expectations(t, b"--EXPECTF--\nnew\n");
        assert_eq!(
            out,
            b"--TEST--\nt\n--FILE--\nx\n--EXPECTF--\nnew\n--STDIN--\nin\n".to_vec()
        );
        let out = replace_expectations(b"--TEST--\nt\n--FILE--\nx", b"--EXPECT--\n1\n");
        assert_eq!(out, b"--TEST--\nt\n--FILE--\nx\n--EXPECT--\n1\n".to_vec());
    }
}
