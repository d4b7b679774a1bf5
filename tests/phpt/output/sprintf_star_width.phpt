--TEST--
sprintf: * width and precision from arguments
--FILE--
<?php
var_dump(sprintf("%*d|%.*f|%-*s|", 5, 42, 2, 3.14159, 4, "x"));
var_dump(sprintf("%.*g", -1, 0.1 + 0.2), sprintf("%.*G", -1, 1e100));
foreach ([fn() => sprintf("%*d", "5", 3), fn() => sprintf("%*d", -5, 3), fn() => sprintf("%.*f", -1, 3.5), fn() => sprintf("%.*f", -2, 3.5), fn() => sprintf("%.*f", "2", 3.5)] as $f) {
    try { var_dump($f()); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
--EXPECT--
string(16) "   42|3.14|x   |"
string(19) "0.30000000000000004"
string(8) "1.0E+100"
ValueError: Width must be an integer
ValueError: Width must be greater than zero and less than 2147483647
ValueError: Precision -1 is only supported for %g, %G, %h and %H
ValueError: Precision must be between -1 and 2147483647
ValueError: Precision must be an integer
