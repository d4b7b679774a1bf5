--TEST--
count and sizeof, COUNT_RECURSIVE, Countable, mode errors
--FILE--
<?php
var_dump(count([]), count([1, 2, 3]), sizeof(['a' => 1, 'b' => 2]));
$nested = [1, [2, 3], [4, [5, 6]], 'x' => []];
var_dump(count($nested), count($nested, COUNT_RECURSIVE), count($nested, 1));
class C implements Countable { public function count(): int { return 42; } }
var_dump(count(new C));
foreach ([fn() => count(5), fn() => count("abc"), fn() => count(null), fn() => count([], 2), fn() => count(new stdClass)] as $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
--EXPECT--
int(0)
int(3)
int(2)
int(4)
int(10)
int(10)
int(42)
TypeError: count(): Argument #1 ($value) must be of type Countable|array, int given
TypeError: count(): Argument #1 ($value) must be of type Countable|array, string given
TypeError: count(): Argument #1 ($value) must be of type Countable|array, null given
ValueError: count(): Argument #2 ($mode) must be either COUNT_NORMAL or COUNT_RECURSIVE
TypeError: count(): Argument #1 ($value) must be of type Countable|array, stdClass given
