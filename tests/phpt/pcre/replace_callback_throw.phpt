--TEST--
preg_replace_callback(_array): a callback's exception, pattern order, key and callback checks
--FILE--
<?php
$c = 7;
$r = 'unset';
try { $r = preg_replace_callback('/a/', function($m){ echo "cb\n"; throw new Exception("x"); }, 'aaa', -1, $c); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
var_dump($c, $r);
$c = 7;
try { $r = preg_replace_callback_array(['/a/' => function($m){ echo "cb\n"; throw new Exception("x"); }, '/b/' => fn($m) => 'q'], 'aaabb', -1, $c); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
var_dump($c);
$c = 7;
try { $r = preg_replace_callback('/a/', function($m){ echo "cb\n"; throw new Exception("x"); }, ['aaa', 'aa'], -1, $c); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
var_dump($c);
$c = 7;
try { $r = preg_replace_callback('/a/', function($m){ echo "cb\n"; throw new Exception("x"); }, 'aaa', 2, $c); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
var_dump($c);
$r = preg_replace_callback_array(['/a/' => function($m){ echo "A\n"; return 'x'; }, '/b/' => function($m){ echo "B\n"; return 'y'; }], ['ab', 'ba'], -1, $c);
var_dump($r, $c);
$r = preg_replace_callback(['/a/', '/b/'], function($m){ echo $m[0], "\n"; return 'x'; }, ['ab', 'ba'], -1, $c);
var_dump($r, $c);
function show($r, $c) { var_dump($r, $c); }
$r = preg_replace_callback_array(['/a/' => fn($m) => 'x', 'nope' => fn($m) => 'y'], 'ab', -1, $c);
show($r, $c);
try { $r = preg_replace_callback_array(['/a/' => function($m) { echo "A\n"; return 'x'; }, '/b/' => 'nofunc'], 'ab', -1, $c); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
show($r, $c);
$r = preg_replace_callback_array(['/a/' => fn($m) => 'x', '/(/' => fn($m) => 'y', '/b/' => fn($m) => 'z'], ['ab', 'b'], -1, $c);
show($r, $c);
$c = 9;
try { $r = preg_replace_callback_array([5 => fn($m) => 'x'], 'ab', -1, $c); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($c);
$c = 9;
$r = preg_replace_callback_array(['/a/' => fn($m) => 'x', '/(/' => fn($m) => 'y', '/b/' => fn($m) => 'z'], ['ab', 'b'], -1, $c);
show($r, $c);
$c = 9;
$r = preg_replace_callback_array(['/a/' => fn($m) => 'x', '/b/' => fn($m) => 'z'], ['k' => 'ab', 3 => 'b', 'c'], 1, $c);
show($r, $c);
$c = 9;
try { $r = preg_replace_callback_array(['/a/' => fn($m) => 'x', '/b/' => fn($m) => throw new Exception('t')], ['k' => 'ab', 3 => 'b', 'c'], -1, $c); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
var_dump($c);
--EXPECTF--
cb
x
int(3)
string(5) "unset"
cb
x
int(7)
cb
x
int(5)
cb
x
int(2)
A
A
B
B
array(2) {
  [0]=>
  string(2) "xy"
  [1]=>
  string(2) "yx"
}
int(4)
a
b
a
b
array(2) {
  [0]=>
  string(2) "xx"
  [1]=>
  string(2) "xx"
}
int(4)

Warning: preg_replace_callback_array(): Delimiter must not be alphanumeric, backslash, or NUL in %s on line 20
NULL
int(4)
A
preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks
NULL
int(4)

Warning: preg_replace_callback_array(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 24

Warning: preg_replace_callback_array(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 24
array(0) {
}
int(1)
preg_replace_callback_array(): Argument #1 ($pattern) must contain only string patterns as keys
int(9)

Warning: preg_replace_callback_array(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 30

Warning: preg_replace_callback_array(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 30
array(0) {
}
int(1)
array(3) {
  ["k"]=>
  string(2) "xz"
  [3]=>
  string(1) "z"
  [4]=>
  string(1) "c"
}
int(3)
t
int(9)
