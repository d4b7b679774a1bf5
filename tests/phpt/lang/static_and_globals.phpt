--TEST--
static and globals
--FILE--
<?php
function counter() { static $c = 0, $calls = []; $c++; $calls[] = $c; return count($calls); }
counter(); counter(); var_dump(counter());
class S { public static function m() { static $x = 0; return ++$x; } }
class T extends S {}
S::m(); S::m(); var_dump(S::m(), T::m());
$glob = "global value";
function readGlobal() { return $GLOBALS['glob']; }
function noAccess() { return isset($glob) ? "visible" : "not visible"; }
var_dump(readGlobal(), noAccess());
function setGlobal() { global $newGlobal; $newGlobal = "created in function"; }
setGlobal(); var_dump($newGlobal);
function writeViaGlobals() { $GLOBALS['fromGlobals'] = 1; }
writeViaGlobals(); var_dump($fromGlobals);
var_dump(isset($GLOBALS['glob']), isset($GLOBALS['nope']));
const TOP = 'top-level const';
define('DYN', 'defined ' . TOP);
var_dump(TOP, DYN, defined('DYN'), defined('NOPE'), constant('TOP'));
try { echo UNDEFINED_CONST; } catch (Error $e) { echo $e->getMessage(), "\n"; }
define('DYN', 'again');
var_dump(__LINE__, __FUNCTION__ === '', __CLASS__);
function fnname() { return __FUNCTION__; } var_dump(fnname());
class K { function m() { return __METHOD__ . " " . __CLASS__ . " " . __FUNCTION__; } } var_dump((new K)->m());
--EXPECTF--
int(3)
int(3)
int(4)
string(12) "global value"
string(11) "not visible"
string(19) "created in function"
int(1)
bool(true)
bool(false)
string(15) "top-level const"
string(23) "defined top-level const"
bool(true)
bool(false)
string(15) "top-level const"
Undefined constant "UNDEFINED_CONST"

Warning: Constant DYN already defined in %s on line 20
int(21)
bool(true)
string(0) ""
string(6) "fnname"
string(8) "K::m K m"
