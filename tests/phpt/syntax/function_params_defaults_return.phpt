--TEST--
Functions with parameters, defaults and return
--FILE--
<?php
function greet($name, $greeting = "Hello", $punct = '!') {
    return "$greeting, $name$punct";
}
echo greet("Ann"), "\n";
echo greet("Bob", "Hi"), "\n";
echo greet("Cy", "Yo", "?"), "\n";
function nothing() { return; }
var_dump(nothing());
function noreturn() { }
var_dump(noreturn());
function consts($a = 1 + 2, $b = [1, 2], $c = null, $d = PHP_INT_MAX, $e = -1.5) { return [$a, $b, $c, $d, $e]; }
var_dump(consts());
--EXPECT--
Hello, Ann!
Hi, Bob!
Yo, Cy?
NULL
NULL
array(5) {
  [0]=>
  int(3)
  [1]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  [2]=>
  NULL
  [3]=>
  int(9223372036854775807)
  [4]=>
  float(-1.5)
}
