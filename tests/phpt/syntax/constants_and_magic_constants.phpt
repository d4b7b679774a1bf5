--TEST--
const, define and magic constants
--FILE--
<?php
const ANSWER = 42;
const A = 1, B = A + 1;
define('GREETING', 'hi');
echo ANSWER, " ", B, " ", GREETING, " ", \ANSWER, "\n";
echo __LINE__, " ", basename(__FILE__), " ", basename(__DIR__) !== '', "\n";
function fname() { return __FUNCTION__; }
echo fname(), "\n";
var_dump(PHP_EOL, PHP_INT_SIZE, M_PI > 3, E_ALL, true, null);
--EXPECT--
42 2 hi 42
6 constants_and_magic_constants.php 1
fname
string(1) "
"
int(8)
bool(true)
int(32767)
bool(true)
NULL
