--TEST--
Named native calls: argument evaluation, failures part-way, defaults, counts, types, traces, spread/named/by-ref shapes
--FILE--
<?php
// Arguments of named native calls: evaluation order, failures part-way, defaults, traces.
class D {
    public function __construct(public string $n) {}
    public function __destruct() { echo "destroy {$this->n}\n"; }
    public function __toString(): string { return $this->n; }
}
function boom(): string { throw new RuntimeException("boom"); }
function trace(): string {
    return (new Exception())->getTraceAsString();
}

// Arguments are evaluated left to right; a temporary object is released after the call.
echo str_repeat(new D("a"), 2), "\n";
echo "after\n";

// A failure while evaluating a later argument: earlier ones are released, nothing runs.
try {
    echo substr(new D("b"), boom()), "\n";
} catch (RuntimeException $e) {
    echo "caught ", $e->getMessage(), "\n";
}

// Defaults of optional parameters (constants included) are filled in.
var_dump(substr("abcdef", 2), str_pad("x", 3), round(2.5), json_encode([1]));

// Wrong counts and types.
try { substr("a"); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { str_repeat("a", "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo str_repeat("ab", "2"), "\n";

// A native function calling back shows in the trace with its arguments; frameless ones
// (strlen) do not.
$r = array_map(fn($x) => trace(), [7]);
echo $r[0], "\n";
echo strlen(trace()) > 0 ? "ok\n" : "no\n";

// Spread and named arguments take the general path.
$args = ["abcdef", 1, 3];
var_dump(substr(...$args), substr(string: "abcdef", offset: 4), str_pad("x", 4, pad_type: STR_PAD_LEFT));

// By-reference parameters.
$a = [3, 1, 2];
sort($a);
echo implode(",", $a), "\n";
preg_match('/(\d+)/', "ab12", $m);
var_dump($m);
echo "end\n";
--EXPECTF--
destroy a
aa
after
destroy b
caught boom
string(4) "cdef"
string(3) "x  "
float(3)
string(3) "[1]"
substr() expects at least 2 arguments, 1 given
str_repeat(): Argument #2 ($times) must be of type int, string given
abab
#0 %s(34): trace()
#1 [internal function]: {closure}(7)
#2 %s(34): array_map(Object(Closure), Array)
#3 {main}
ok
string(3) "bcd"
string(2) "ef"
string(4) "   x"
1,2,3
array(2) {
  [0]=>
  string(2) "12"
  [1]=>
  string(2) "12"
}
end
