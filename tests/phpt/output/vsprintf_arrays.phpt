--TEST--
vsprintf: array values, keys ignored, errors
--FILE--
<?php
var_dump(vsprintf("%04d-%02d-%02d", [2024, 3, 7]));
var_dump(vsprintf("%s %s", ['x' => 'a', 'y' => 'b']));
var_dump(vsprintf('%2$s %1$s', ["one", "two"]));
try { vsprintf("%d %d", [1]); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { vprintf("%d %d %d", []); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { vsprintf("%d", "x"); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
string(10) "2024-03-07"
string(3) "a b"
string(7) "two one"
ValueError: The arguments array must contain 2 items, 1 given
ValueError: The arguments array must contain 3 items, 0 given
TypeError: vsprintf(): Argument #2 ($values) must be of type array, string given
