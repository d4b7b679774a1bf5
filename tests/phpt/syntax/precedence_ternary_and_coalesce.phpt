--TEST--
Ternary, short ternary and ?? combinations
--FILE--
<?php
$n = null;
var_dump(true ? 'a' : 'b', false ?: 'short', 0 ?: 5, 'x' ?: 'y');
var_dump((true ? 'a' : false) ? 'c' : 'd', true ? 'a' : (false ? 'c' : 'd'));
var_dump($n ?? 'default', $n ?? $n ?? 'chain', 0 ?? 1, $undefined ?? 'undef', $n['k']['j'] ?? 'nested');
var_dump(1 + 1 ?: 3, $n ?? 1 + 1, true ? 1 : 2 + 10, 1 ?: 2 ?: 3);
--EXPECT--
string(1) "a"
string(5) "short"
int(5)
string(1) "x"
string(1) "c"
string(1) "a"
string(7) "default"
string(5) "chain"
int(0)
string(5) "undef"
string(6) "nested"
int(2)
int(2)
int(1)
int(1)
