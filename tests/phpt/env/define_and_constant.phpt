--TEST--
define, defined and constant, with redefinition and undefined names
--FILE--
<?php
var_dump(define('MY_CONST', 42), MY_CONST, defined('MY_CONST'), constant('MY_CONST'));
var_dump(define('MY_CONST', 43));
var_dump(MY_CONST, defined('NOPE_CONST'), defined('PHP_EOL'));
var_dump(define('ARR_CONST', [1, 2]), ARR_CONST[1]);
class K { const X = 'kx'; }
var_dump(constant('K::X'));
try {
    constant('NOPE_CONST');
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
--EXPECTF--
bool(true)
int(42)
bool(true)
int(42)

Warning: Constant MY_CONST already defined in %s on line 3
bool(false)
int(42)
bool(false)
bool(true)
bool(true)
int(2)
string(2) "kx"
Error: Undefined constant "NOPE_CONST"
