--TEST--
Arithmetic precedence and associativity
--FILE--
<?php
var_dump(2 + 3 * 4, (2 + 3) * 4, 10 - 4 - 3, 100 / 10 / 5, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2);
var_dump(7 % 3, -7 % 3, 7 % -3, 10 / 4, 10 / 5, 2 * 3 % 4, 1 + 2 - 3 + 4, 8 - -2, - - 3, + - 4);
--EXPECT--
int(14)
int(20)
int(3)
int(2)
int(512)
int(-4)
int(4)
int(1)
int(-1)
int(1)
float(2.5)
int(2)
int(2)
int(4)
int(10)
int(3)
int(-4)
