--TEST--
set_time_limit() and ini_set('max_execution_time') restart the limit; plural seconds; no finally after the fatal error
--FILE--
<?php
var_dump(ini_get('max_execution_time'));
var_dump(set_time_limit(5));
var_dump(ini_get('max_execution_time'));
var_dump(ini_set('max_execution_time', '0'));
var_dump(set_time_limit(2));
function spin() {
    for (;;) {
    }
}
try {
    spin();
} finally {
    echo "finally\n";
}
--EXPECTF--
string(1) "0"
bool(true)
string(1) "5"
string(1) "5"
bool(true)

Fatal error: Maximum execution time of 2 seconds exceeded in %s on line %d
--EXITCODE--
255
