--TEST--
match and nullsafe
--FILE--
<?php
function classify($v) { return match(true) { $v < 0 => "negative", $v === 0 => "zero", $v < 10 => "small", default => "large" }; }
foreach ([-5, 0, 5, 50] as $v) echo classify($v), " ";
echo "\n";
echo match("2") { 2 => "int two", "2" => "string two" }, "\n";
echo match(3) { 1, 2 => "low", 3, 4 => "mid" }, "\n";
class Node { public ?Node $next = null; public function __construct(public int $v) {} public function nxt(): ?Node { return $this->next; } }
$n = new Node(1); $n->next = new Node(2);
var_dump($n->next?->v, $n->next?->next?->v, $n->nxt()?->nxt()?->v);
$null = null;
var_dump($null?->foo, $null?->bar());
$arr = ['a' => null, 'b' => 0];
var_dump($arr['a'] ?? 'default', $arr['b'] ?? 'default', $arr['c'] ?? 'default', $undefinedVar ?? 'undef');
$arr['c'] ??= 'set'; $arr['b'] ??= 'not set';
var_dump($arr);
var_dump(null ?: "elvis", 0 ?: "zero", "x" ?: "y");
var_dump(1 <=> 2, true && "0", "0" || [], 5 xor 0);
$i = 10; $i += 5; $i -= 3; $i *= 2; $i /= 4; $i %= 4; $i **= 3; var_dump($i);
$s = "a"; $s .= "b"; $s .= 1; var_dump($s);
$bits = 0b1010; $bits &= 0b0110; $bits |= 1; $bits ^= 0b1111; $bits <<= 2; $bits >>= 1; var_dump($bits);
var_dump(PHP_EOL === "\n", PHP_INT_SIZE);
--EXPECTF--
negative zero small large 
string two
mid
int(2)
NULL
NULL
NULL
NULL
string(7) "default"
int(0)
string(7) "default"
string(5) "undef"
array(3) {
  ["a"]=>
  NULL
  ["b"]=>
  int(0)
  ["c"]=>
  string(3) "set"
}
string(5) "elvis"
string(4) "zero"
string(1) "x"
int(-1)
bool(false)
bool(false)
bool(true)
int(8)
string(3) "ab1"
int(24)
bool(true)
int(8)
