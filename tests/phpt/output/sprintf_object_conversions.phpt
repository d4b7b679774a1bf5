--TEST--
sprintf: objects and arrays given to numeric conversions
--FILE--
<?php
var_dump(sprintf("%d|%f|%x|%c|%u|%e", new stdClass, new stdClass, new stdClass, new stdClass, new stdClass, new stdClass));
var_dump(sprintf("%d|%f|%s", [1], [], [1]));
--EXPECTF--
Warning: Object of class stdClass could not be converted to int in %s on line 2

Warning: Object of class stdClass could not be converted to float in %s on line 2

Warning: Object of class stdClass could not be converted to int in %s on line 2

Warning: Object of class stdClass could not be converted to int in %s on line 2

Warning: Object of class stdClass could not be converted to int in %s on line 2

Warning: Object of class stdClass could not be converted to float in %s on line 2
string(28) "1|1.000000|1||1|1.000000e+0"

Warning: Array to string conversion in %s on line 3
string(16) "1|0.000000|Array"
