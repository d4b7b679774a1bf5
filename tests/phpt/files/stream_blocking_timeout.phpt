--TEST--
stream_set_blocking and stream_set_timeout on non-socket streams
--FILE--
<?php
$m = fopen('php://memory', 'w+');
var_dump(stream_set_blocking($m, false));
var_dump(stream_set_timeout($m, 1));
$f = fopen(__FILE__, 'r');
var_dump(stream_set_blocking($f, true));
var_dump(stream_is_local($f), stream_is_local($m));
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
