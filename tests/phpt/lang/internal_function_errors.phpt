--TEST--
internal function errors
--FILE--
<?php
try { strlen(); } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { strlen("a", "b"); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { str_repeat("a", -1); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { strlen([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(strlen(123), strlen(1.5), strlen(true), str_repeat(5, 2));
var_dump(strlen(null));
try { count(5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(count([1, [2, 3]]));
try { var_dump(str_repeat(string: "ab", times: 2)); var_dump(str_repeat(times: 1, strin: "x")); } catch (Error $e) { echo $e->getMessage(), "\n"; }
function user(int ...$n) { return count($n); }
try { user(1, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
ArgumentCountError: strlen() expects exactly 1 argument, 0 given
strlen() expects exactly 1 argument, 2 given
ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0
strlen(): Argument #1 ($string) must be of type string, array given
int(3)
int(3)
int(1)
string(2) "55"

Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 7
int(0)
count(): Argument #1 ($value) must be of type Countable|array, int given
int(2)
string(4) "abab"
Unknown named parameter $strin
user(): Argument #2 must be of type int, string given, called in %s on line 12
