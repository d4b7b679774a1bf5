--TEST--
error_log to stderr, files and the error_log ini; gettimeofday; getrusage
--FILE--
<?php
$d = sys_get_temp_dir() . "/phpsock_errlog_" . getmypid();
var_dump(error_log("log message"));
var_dump(error_log("to file\n", 3, "$d.a")); var_dump(error_log("more", 3, "$d.a")); echo file_get_contents("$d.a"), "\n"; unlink("$d.a");
var_dump(error_log("x", 3, "/nonexistent/dir/f"));

var_dump(error_log("four", 4));
ini_set('error_log', "$d.b");
var_dump(error_log("to ini file"));
echo preg_replace('/^\[\d\d-\w\w\w-\d{4} \d\d:\d\d:\d\d UTC\] /', '[stamp] ', file_get_contents("$d.b")); unlink("$d.b");
print_r(array_keys(gettimeofday())); var_dump(is_float(gettimeofday(true)), array_keys(getrusage()) === array_keys(getrusage(1)), count(getrusage()));
--EXPECTF--
log message
bool(true)
bool(true)
bool(true)
to file
more

Warning: error_log(/nonexistent/dir/f): Failed to open stream: No such file or directory in %s on line 5
bool(false)
four
bool(true)
bool(true)
[stamp] to ini file
Array
(
    [0] => sec
    [1] => usec
    [2] => minuteswest
    [3] => dsttime
)
bool(true)
bool(true)
int(17)
