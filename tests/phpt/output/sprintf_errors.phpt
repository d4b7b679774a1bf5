--TEST--
sprintf: missing arguments and bad format strings
--FILE--
<?php
$cases = ["%d %d", "%y", "%d%y", "abc%", "%5", '%1$s %3$s', "%'", '%0$s', "%", "%.70f"];
foreach ($cases as $f) {
    try { var_dump(sprintf($f, 1)); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
try { var_dump(sprintf("%d %d")); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf()); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--
ArgumentCountError: 3 arguments are required, 2 given
ValueError: Unknown format specifier "y"
ArgumentCountError: 3 arguments are required, 2 given
ValueError: Missing format specifier at end of string
ValueError: Missing format specifier at end of string
ArgumentCountError: 4 arguments are required, 2 given
ValueError: Missing padding character
ValueError: Argument number specifier must be greater than zero and less than 2147483647
ValueError: Missing format specifier at end of string

Notice: sprintf(): Requested precision of 70 digits was truncated to PHP maximum of 53 digits in %s on line 4
string(55) "1.00000000000000000000000000000000000000000000000000000"
ArgumentCountError: 3 arguments are required, 1 given
ArgumentCountError: sprintf() expects at least 1 argument, 0 given
