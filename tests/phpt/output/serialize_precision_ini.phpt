--TEST--
serialize_precision and precision ini settings drive float output
--FILE--
<?php
ini_set('serialize_precision', 17);
var_dump(0.1, 1.0, 1e25); var_export(0.1); echo "\n", serialize(0.1), json_encode([0.1, 1.0]), "\n";
ini_set('serialize_precision', 5);
var_dump(1/3, 123456.0); var_export(1/3); echo "\n", serialize(1/3), json_encode(1/3), "\n";
ini_set('precision', 3);
print_r([1/3]); echo 1/3, "\n"; printf("%s\n", 1/3); var_dump(1/3);
--EXPECT--
float(0.10000000000000001)
float(1)
float(1.0000000000000001E+25)
0.10000000000000001
d:0.10000000000000001;[0.10000000000000001,1]
float(0.33333)
float(1.2346E+5)
0.33333
d:0.33333;0.33333
Array
(
    [0] => 0.333
)
0.333
0.333
float(0.33333)
