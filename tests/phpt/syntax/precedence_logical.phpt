--TEST--
&&, ||, !, and, or, xor and their precedence against =
--FILE--
<?php
var_dump(true && false || true, true || false && false, !true || true, !(true || true));
$x = true and false;
var_dump($x);
$y = false or true;
var_dump($y);
$z = (true xor true);
var_dump($z, true xor false, false || false or true);
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
