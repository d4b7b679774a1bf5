--TEST--
pack x, X and @, and pack errors
--FILE--
<?php
function hx($s) { return $s === '' ? '' : unpack('H*', $s)[1]; }
var_dump(hx(pack('x3X@5')), hx(pack('@2a', 'z')), hx(pack('a3X2a', 'abc', 'z')), hx(pack('x*')), hx(pack('@*')), hx(pack('X*')), hx(pack('')));
foreach (['a2X5' => [], 'N2' => [1], 'Y' => [1]] as $f => $args) {
    try {
        pack($f, ...$args);
    } catch (ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
--EXPECTF--
Warning: pack(): Type x: '*' ignored in %s on line 3

Warning: pack(): Type @: '*' ignored in %s on line 3

Warning: pack(): Type X: '*' ignored in %s on line 3

Warning: pack(): Type X: outside of string in %s on line 3
string(10) "0000000000"
string(6) "00007a"
string(4) "617a"
string(2) "00"
string(2) "00"
string(0) ""
string(0) ""
ValueError: Type a: not enough arguments
ValueError: Type N: too few arguments
ValueError: Type Y: unknown format code
