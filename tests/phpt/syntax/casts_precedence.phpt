--TEST--
Casts bind tighter than arithmetic
--FILE--
<?php
var_dump((int)"1.9" + 1, (int)1.9 * 2, -(int)"3", (string)1 . 2, (bool)0 || true, (float)"1" / 4, (int)(2.5 + 2.5));
--EXPECT--
int(2)
int(2)
int(-3)
string(2) "12"
bool(true)
float(0.25)
int(5)
