--TEST--
preg_replace_callback: match arrays, flags, limit, count, errors
--FILE--
<?php
var_dump(preg_replace_callback('/\d+/', fn($m) => $m[0] * 2, 'a1 b22 c'));
var_dump(preg_replace_callback('/(?<w>\w)(\d)?/', function ($m) { var_dump($m); return '.'; }, 'a1b'));
var_dump(preg_replace_callback('/(x)?(b)/', fn($m) => json_like($m), 'ab', -1, $c, PREG_UNMATCHED_AS_NULL | PREG_OFFSET_CAPTURE), $c);
function json_like($m) { $s = ''; foreach ($m as $k => $v) { $s .= "$k:" . var_export_like($v[0]) . "@" . $v[1] . ";"; } return $s; }
function var_export_like($v) { return $v === null ? 'NULL' : "'$v'"; }
var_dump(preg_replace_callback(['/a/', '/b/'], fn($m) => strtoupper_like($m[0]), ['ab', 'k' => 'ba'], 1, $c), $c);
function strtoupper_like($s) { return $s === 'a' ? 'A' : 'B'; }
var_dump(preg_replace_callback('/a/', fn($m) => [1], 'a'));
try { preg_replace_callback('/a/', 'nope', 'a'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { preg_replace_callback('/a/', fn($m) => throw new Exception('inner'), 'a'); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
var_dump(preg_replace_callback_array(['/\d+/' => fn($m) => 'N', '/[a-z]+/' => fn($m) => 'W'], 'ab 12 cd', -1, $c), $c);
var_dump(preg_replace_callback_array(['/a/' => fn($m) => 'b'], ['x' => 'aa', 'y' => 'c'], 1, $c), $c);
try { preg_replace_callback_array(['/a/' => 'nope'], 'a'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
string(8) "a2 b44 c"
array(4) {
  [0]=>
  string(2) "a1"
  ["w"]=>
  string(1) "a"
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "1"
}
array(3) {
  [0]=>
  string(1) "b"
  ["w"]=>
  string(1) "b"
  [1]=>
  string(1) "b"
}
string(2) ".."
string(27) "a0:'b'@1;1:NULL@-1;2:'b'@1;"
int(1)
array(2) {
  [0]=>
  string(2) "AB"
  ["k"]=>
  string(2) "BA"
}
int(4)

Warning: Array to string conversion in %s on line 9
string(5) "Array"
preg_replace_callback(): Argument #2 ($callback) must be a valid callback, function "nope" not found or invalid function name
inner
string(5) "W N W"
int(3)
array(2) {
  ["x"]=>
  string(2) "ba"
  ["y"]=>
  string(1) "c"
}
int(1)
preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks
