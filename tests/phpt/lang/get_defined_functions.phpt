--TEST--
get_defined_functions(): internal and user names, declaration order, the deprecated argument
--FILE--
<?php
function Foo() {}
function bar_Baz($x) {}
if (true) { function later() {} }
$f = get_defined_functions();
var_dump(array_keys($f), $f['user']);
var_dump(in_array('strlen', $f['internal']), in_array('socket_create', $f['internal']), in_array('Foo', $f['internal']));
$g = get_defined_functions(false);
var_dump(count($g['user']));
$c = fn() => 1;
function after() {}
var_dump(get_defined_functions()['user']);
var_dump(get_defined_functions()['user']);
$all = get_defined_functions()['internal'];
var_dump(count($all) === count(array_unique($all)), $all === array_map('strtolower', $all));
foreach (['socket_select', 'stream_select', 'pcntl_fork', 'preg_match', 'json_encode', 'array_map'] as $n) {
    echo $n, ': ', var_export(in_array($n, $all, true), true), "\n";
}
try { get_defined_functions(1, 2); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
array(2) {
  [0]=>
  string(8) "internal"
  [1]=>
  string(4) "user"
}
array(4) {
  [0]=>
  string(3) "foo"
  [1]=>
  string(7) "bar_baz"
  [2]=>
  string(5) "after"
  [3]=>
  string(5) "later"
}
bool(true)
bool(true)
bool(false)

Deprecated: get_defined_functions(): Setting $exclude_disabled to false has no effect in %s on line 8
int(4)
array(4) {
  [0]=>
  string(3) "foo"
  [1]=>
  string(7) "bar_baz"
  [2]=>
  string(5) "after"
  [3]=>
  string(5) "later"
}
array(4) {
  [0]=>
  string(3) "foo"
  [1]=>
  string(7) "bar_baz"
  [2]=>
  string(5) "after"
  [3]=>
  string(5) "later"
}
bool(true)
bool(true)
socket_select: true
stream_select: true
pcntl_fork: true
preg_match: true
json_encode: true
array_map: true
get_defined_functions() expects at most 1 argument, 2 given
