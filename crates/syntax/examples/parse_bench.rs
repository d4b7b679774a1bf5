//! Parse benchmark: generates a 20,000-line PHP script covering many constructs and times
//! lexing + parsing it with [`phpsock_syntax::parse`], printing the median of several runs.
//!
//! ```sh
//! cargo run --release -p phpsock-syntax --example parse_bench            # generated script
//! cargo run --release -p phpsock-syntax --example parse_bench -- --runs 9 FILE.php
//! cargo run --release -p phpsock-syntax --example parse_bench -- --write out.php
//! ```
//! (`scripts/bench/parse.sh` wraps the first form.)

use std::fmt::Write as _;
use std::time::Instant;

/// The same allocator as the `phpsock` binary, so the figure is the one users get.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Lines in the generated script.
const LINES: usize = 20_000;

/// Declarations the generated blocks rely on.
const PRELUDE: &str = r#"<?php
declare(strict_types=1);

namespace Bench\Parse;

use InvalidArgumentException;
use function strlen, intdiv;

interface Shape { public function area(): float; }

abstract class Base implements Shape {
    public function __construct(protected int $n = 0) {}
    abstract public function name(): string;
}

trait Describes {
    public function describe(): string { return static::class . ' ' . $this->name(); }
}

enum Kind: string { case Small = 's'; case Large = 'l'; }
"#;

/// One block of code (about 60 lines), `{i}` replaced by the block number.
const BLOCK: &str = r#"
/**
 * Block {i}: a function exercising statements and expressions.
 */
#[Pure]
function f_{i}(int $a, ?string $b = null, array $opts = [], ...$rest): int|string {
    static $calls = 0;
    $calls++;
    $x = $a * 2 + 3 - ($a % 5) ** 2 << 1 | 0x1F & 0b1010 ^ 0o17;
    $s = "value {$a} and $b and {$opts['k']} and $opts[k]" . 'single \'quoted\'' . <<<EOT
        heredoc $a line {$x}
          indented
        EOT;
    if ($x > 10 && $b !== null || !$opts) {
        $x += 1;
    } elseif ($x < 0) {
        $x -= 1;
    } else {
        $x = $x ?: 1;
    }
    for ($i = 0, $j = 10; $i < $j; $i++, $j--) {
        if ($i === 3) continue;
        $x += $i;
    }
    foreach ($opts as $k => $v) {
        $x += strlen((string) $k);
    }
    while ($x > 100) { $x = intdiv($x, 2); }
    do { $x--; } while ($x > 50);
    switch ($x % 3) {
        case 0: $r = 'zero'; break;
        case 1: $r = 'one'; break;
        default: $r = 'other';
    }
    $m = match (true) { $x < 10 => 'small', $x < 100 => 'medium', default => 'large' };
    $fn = fn($y) => $y + $x;
    $cl = function ($z) use ($x, &$r) { return $z . $r; };
    [$p, $q] = [$x, $m];
    ['k' => $kk] = ['k' => $p ?? $q];
    try {
        $arr = [1, 2, 3, 'a' => [4, 5], ...$rest];
    } catch (InvalidArgumentException | \Error $e) {
        $arr = [];
    } finally {
        $arr[] = $fn(1);
    }
    return $x > 0 ? $s . $m : (string) $cl($kk);
}

final class C_{i} extends Base {
    use Describes;
    public const K = {i};
    private array $items = [];
    public function name(): string { return 'C_{i}'; }
    public function area(): float { return self::K * 1.5e0; }
    public function add(string $v): static { $this->items[] = $v; return $this; }
    public static function make(): self { return new self(self::K); }
}

echo f_{i}({i}, 'x', ['k' => 'v']), "\n", C_{i}::make()?->add('y')->describe(), PHP_EOL;
"#;

/// The generated benchmark script: exactly [`LINES`] lines.
fn generate() -> String {
    let mut src = String::from(PRELUDE);
    let mut i = 0;
    loop {
        let block = BLOCK.replace("{i}", &i.to_string());
        if src.lines().count() + block.lines().count() > LINES {
            break;
        }
        src.push_str(&block);
        i += 1;
    }
    while src.lines().count() < LINES {
        let _ = writeln!(src, "// padding");
    }
    src
}

fn main() {
    let mut runs = 7usize;
    let mut file = None;
    let mut write = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--runs" => {
                runs = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(runs)
                    .max(1)
            }
            "--write" => write = args.next(),
            _ => file = Some(arg),
        }
    }
    let src = match &file {
        Some(path) => match std::fs::read(path) {
            Ok(src) => src,
            Err(err) => {
                eprintln!("parse_bench: cannot read {path}: {err}");
                std::process::exit(2);
            }
        },
        None => generate().into_bytes(),
    };
    if let Some(path) = write {
        if let Err(err) = std::fs::write(&path, &src) {
            eprintln!("parse_bench: cannot write {path}: {err}");
            std::process::exit(2);
        }
        println!("wrote {path}");
        return;
    }
    let lines = src.iter().filter(|b| **b == b'\n').count();
    let lex = time(runs, || phpsock_syntax::lexer::tokenize(&src));
    let parse = time(runs, || phpsock_syntax::parse(&src));
    println!("{lines} lines, {} bytes, {runs} runs", src.len());
    println!("lex only:    {lex}");
    if let Some(err) = phpsock_syntax::lexer::tokenize(&src).error {
        eprintln!("parse_bench: lexical error: {}", err.message);
    }
    if let Err(err) = phpsock_syntax::parse(&src) {
        eprintln!(
            "parse_bench: the script does not parse: {}: {} on line {}",
            err.label(),
            err.message,
            err.line
        );
        std::process::exit(1);
    }
    println!("lex+parse:   {parse}");
}

/// Median (min, max) milliseconds of `runs` calls to `f`. Freeing the result is not timed:
/// it is not lexing or parsing (and a script's tree lives until the script ends).
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> String {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            let result = f();
            let elapsed = start.elapsed().as_secs_f64() * 1000.0;
            drop(result);
            elapsed
        })
        .collect();
    times.sort_by(f64::total_cmp);
    format!(
        "median {:.1} ms (min {:.1}, max {:.1})",
        times[times.len() / 2],
        times[0],
        times[times.len() - 1]
    )
}
