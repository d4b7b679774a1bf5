--TEST--
pack a, A, Z, h, H with counts and stars
--FILE--
<?php
function hx($s) { return $s === '' ? '' : unpack('H*', $s)[1]; }
var_dump(hx(pack('a5A5Z5a*', 'ab', 'cd', 'ef', 'gh')));
var_dump(hx(pack('Z*Z2A*', 'ab', 'xyz', "q  ")));
var_dump(hx(pack('h*H*h3H3', 'abc', 'abc', '1234', '1234')));
var_dump(hx(pack('a2', 'abcdef')), hx(pack('A3', '')), hx(pack('Z1', 'abc')));
var_dump(hx(pack('H*', 'xz')));
var_dump(hx(pack('H3', 'ab')));
var_dump(hx(pack('a', [1])));
--EXPECTF--
string(34) "6162000000636420202065660000006768"
string(16) "6162007800712020"
string(16) "ba0cabc021031230"
string(4) "6162"
string(6) "202020"
string(2) "00"

Warning: pack(): Type H: illegal hex digit x in %s on line 7

Warning: pack(): Type H: illegal hex digit z in %s on line 7
string(2) "00"

Warning: pack(): Type H: not enough characters in string in %s on line 8
string(2) "ab"

Warning: Array to string conversion in %s on line 9
string(2) "41"
