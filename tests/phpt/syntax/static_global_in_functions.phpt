--TEST--
static with expressions, global with several names
--FILE--
<?php

function f() {
    static $a, $b = 1 + 2, $c = [1, 2], $d = PHP_INT_MAX;
    global $x, $y, $z;
    static $e = null;
}
echo "parsed\n";
--EXPECT--
parsed
