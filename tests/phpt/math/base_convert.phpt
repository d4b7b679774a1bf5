--TEST--
base_convert between bases, large values and errors
--FILE--
<?php
var_dump(base_convert("ff", 16, 2), base_convert("zz", 36, 10), base_convert("255", 10, 36), base_convert("0", 10, 2), base_convert("FF", 16, 8));
var_dump(base_convert("ffffffffffffffffffff", 16, 10), base_convert("18446744073709551616", 10, 16));
foreach ([[1, 10], [10, 37], [0, 2]] as [$f, $t]) {
    try { base_convert("1", $f, $t); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
--EXPECT--
string(8) "11111111"
string(4) "1295"
string(2) "73"
string(1) "0"
string(3) "377"
string(25) "1208925819614629446642046"
string(17) "10000000000000000"
ValueError: base_convert(): Argument #2 ($from_base) must be between 2 and 36 (inclusive)
ValueError: base_convert(): Argument #3 ($to_base) must be between 2 and 36 (inclusive)
ValueError: base_convert(): Argument #2 ($from_base) must be between 2 and 36 (inclusive)
