--TEST--
Unary minus, plus, !, ~ and @
--FILE--
<?php
$a = 5;
var_dump(-$a, +$a, !$a, ~$a, -(-$a), !!$a, -'3', +'4.5');
$arr = [];
var_dump(@$arr['missing']);
--EXPECT--
int(-5)
int(5)
bool(false)
int(-6)
int(5)
bool(true)
int(-3)
float(4.5)
NULL
