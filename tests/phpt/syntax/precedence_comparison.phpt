--TEST--
Comparison operators and their results
--FILE--
<?php
var_dump(1 == 1.0, 1 === 1.0, 1 != 2, 1 <> 1, 1 !== '1', 2 < 3, 3 <= 3, 4 > 5, 5 >= 5);
var_dump(1 <=> 2, 2 <=> 2, 3 <=> 2, 1 + 1 == 2, 1 < 2 == true, 'abc' == 'ABC');
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
int(-1)
int(0)
int(1)
bool(true)
bool(true)
bool(false)
