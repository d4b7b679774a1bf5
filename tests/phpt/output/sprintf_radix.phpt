--TEST--
sprintf: b, o, x, X with negative numbers and padding
--FILE--
<?php
var_dump(sprintf("%b|%o|%x|%X|%08b|%-8x|", 255, 8, 255, -1, 5, 255));
var_dump(sprintf("%b|%o|%x", -1, -8, PHP_INT_MIN));
var_dump(sprintf("%+x|%+b|%5o|%'#8X", 255, 3, 8, 48879));
var_dump(sprintf("%c%c%c", 80, 72, 80), sprintf("%c", 256 + 65));
--EXPECT--
string(50) "11111111|10|ff|FFFFFFFFFFFFFFFF|00000101|ff      |"
string(104) "1111111111111111111111111111111111111111111111111111111111111111|1777777777777777777770|8000000000000000"
string(20) "ff|11|   10|####BEEF"
string(3) "PHP"
string(1) "A"
