//! The interactive shell (`phpsock -a`, or `phpsock` on a terminal with no script).
//!
//! Each input is run as soon as the parser says it is complete; state carries over between
//! inputs; the value of a lone expression is shown as `=> ` and `var_dump`'s text. On a
//! terminal, lines are edited with rustyline (history file, Ctrl-R search, tab completion);
//! from a pipe, lines are read plainly and no prompts are printed, so sessions can be scripted.

mod complete;

use std::cell::RefCell;
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::rc::Rc;

use phpsock::{Engine, Interactive};
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, Helper};

pub use complete::Names;

/// The prompt for a new input.
const PROMPT: &str = "php > ";
/// The prompt while an input continues over several lines.
const CONTINUE: &str = "... > ";
/// Longest value display, in lines, before the rest is elided.
const MAX_DUMP_LINES: usize = 40;

/// Where input lines come from.
trait Lines {
    /// The next line (without its line break); `None` at the end of input.
    fn next_line(&mut self, continuing: bool) -> Option<Line>;
    /// Called after each complete input, with fresh names for completion.
    fn input_done(&mut self, _input: &str, _names: Names) {}
}

/// One read from the user.
enum Line {
    Text(String),
    /// Ctrl-C: drop the pending input.
    Cancel,
}

/// Runs the shell until end of input or `exit()`; returns the exit status.
pub fn run(engine: &mut Engine) -> i32 {
    engine.start_interactive();
    if std::io::stdin().is_terminal() {
        match Terminal::new() {
            Ok(mut lines) => {
                let names = Names::snapshot(engine);
                *lines.names.borrow_mut() = names;
                let status = session(engine, &mut lines);
                lines.save();
                status
            }
            Err(err) => {
                crate::complain(&format!("cannot start the line editor: {err}"));
                1
            }
        }
    } else {
        session(engine, &mut Piped(std::io::stdin().lock()))
    }
}

/// The read–run–print loop.
fn session(engine: &mut Engine, lines: &mut dyn Lines) -> i32 {
    let mut input = String::new();
    loop {
        let line = match lines.next_line(!input.is_empty()) {
            None => return 0,
            Some(Line::Cancel) => {
                input.clear();
                continue;
            }
            Some(Line::Text(line)) => line,
        };
        if input.is_empty() && line.trim().is_empty() {
            continue;
        }
        input.push_str(&line);
        input.push('\n');
        match engine.run_interactive(input.as_bytes()) {
            Interactive::Incomplete => continue,
            Interactive::Exit(status) => return status,
            Interactive::Ran(Some(value)) => {
                let text = engine.dump(value);
                show_value(&text);
            }
            Interactive::Ran(None) | Interactive::Failed => {}
        }
        let done = std::mem::take(&mut input);
        lines.input_done(done.trim_end(), Names::snapshot(engine));
    }
}

/// Prints `=> ` and a value's dump, eliding very long output.
fn show_value(dump: &[u8]) {
    let text = String::from_utf8_lossy(dump);
    let lines: Vec<&str> = text.lines().collect();
    let mut out = std::io::stdout().lock();
    let _ = write!(out, "=> ");
    for line in lines.iter().take(MAX_DUMP_LINES) {
        let _ = writeln!(out, "{line}");
    }
    if lines.len() > MAX_DUMP_LINES {
        let _ = writeln!(out, "… ({} more lines)", lines.len() - MAX_DUMP_LINES);
    }
    let _ = out.flush();
}

/// Lines from a pipe or file: no prompts, no editing.
struct Piped<R>(R);

impl<R: BufRead> Lines for Piped<R> {
    fn next_line(&mut self, _continuing: bool) -> Option<Line> {
        let mut line = String::new();
        match self.0.read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => {
                let trimmed = line.trim_end_matches(['\n', '\r']).len();
                line.truncate(trimmed);
                Some(Line::Text(line))
            }
        }
    }
}

/// Lines from a terminal, through rustyline.
struct Terminal {
    editor: Editor<Completion, DefaultHistory>,
    names: Rc<RefCell<Names>>,
    history: Option<PathBuf>,
}

impl Terminal {
    fn new() -> rustyline::Result<Terminal> {
        let config = rustyline::Config::builder()
            .auto_add_history(false)
            .max_history_size(5000)?
            .build();
        let mut editor = Editor::with_config(config)?;
        let names = Rc::new(RefCell::new(Names::default()));
        editor.set_helper(Some(Completion(names.clone())));
        let history = history_file();
        if let Some(path) = &history {
            let _ = editor.load_history(path);
        }
        Ok(Terminal {
            editor,
            names,
            history,
        })
    }

    fn save(&mut self) {
        if let Some(path) = &self.history {
            if let Some(dir) = path.parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            let _ = self.editor.save_history(path);
        }
    }
}

impl Lines for Terminal {
    fn next_line(&mut self, continuing: bool) -> Option<Line> {
        let prompt = if continuing { CONTINUE } else { PROMPT };
        match self.editor.readline(prompt) {
            Ok(line) => Some(Line::Text(line)),
            Err(ReadlineError::Interrupted) => Some(Line::Cancel),
            Err(_) => None,
        }
    }

    fn input_done(&mut self, input: &str, names: Names) {
        let _ = self.editor.add_history_entry(input);
        *self.names.borrow_mut() = names;
    }
}

/// `$XDG_STATE_HOME/phpsock/history`, or `~/.local/state/phpsock/history`.
fn history_file() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_STATE_HOME")
        .filter(|s| !s.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/state")))?;
    Some(base.join("phpsock").join("history"))
}

/// rustyline's view of the completion names.
struct Completion(Rc<RefCell<Names>>);

impl Completer for Completion {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let (start, found) = self.0.borrow().complete(line, pos);
        let pairs = found
            .into_iter()
            .map(|c| Pair {
                display: c.clone(),
                replacement: c,
            })
            .collect();
        Ok((start, pairs))
    }
}

impl Hinter for Completion {
    type Hint = String;
}

impl Highlighter for Completion {}

impl Validator for Completion {}

impl Helper for Completion {}
