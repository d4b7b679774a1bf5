--TEST--
the time limit is checked in function calls, foreach and do-while loops, and goto loops
--FILE--
<?php
set_time_limit(1);
function f($n) { return $n + 1; }
$arr = range(1, 10);
$x = 0;
do {
    foreach ($arr as $v) {
        $x = f($x);
    }
} while (true);
--EXPECTF--
Fatal error: Maximum execution time of 1 second exceeded in %s on line %d
--EXITCODE--
255
