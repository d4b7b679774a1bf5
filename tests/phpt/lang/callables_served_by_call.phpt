--TEST--
callables served by call
--FILE--
<?php
class M { public function __call($m, $a) { return "$m(" . implode(",", $a) . ")"; } public static function __callStatic($m, $a) { return "static $m(" . count($a) . ")"; } }
$m = new M;
var_dump(call_user_func([$m, 'anything'], 1, 2), call_user_func(['M', 'stat'], 1), call_user_func('M::viaString', 1));
var_dump(is_callable([$m, 'whatever']), call_user_func_array([$m, 'arr'], [3, 4]));
$cb = [$m, 'dyn']; var_dump($cb(5));
--EXPECTF--
string(13) "anything(1,2)"
string(14) "static stat(1)"
string(19) "static viaString(1)"
bool(true)
string(8) "arr(3,4)"
string(6) "dyn(5)"
