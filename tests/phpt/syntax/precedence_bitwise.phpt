--TEST--
Bitwise operators, shifts and their precedence
--FILE--
<?php
var_dump(6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 3, -16 >> 2, 1 | 2 & 3, 1 ^ 3 | 4, 1 + 1 << 1, 8 >> 1 + 1);
var_dump(1 | 2 == 2, (1 | 2) == 3, "a" & "b", "ab" | "  ", 5 & ~1);
--EXPECT--
int(2)
int(7)
int(5)
int(-7)
int(8)
int(-4)
int(3)
int(6)
int(4)
int(2)
int(1)
bool(true)
string(1) "`"
string(2) "ab"
int(4)
