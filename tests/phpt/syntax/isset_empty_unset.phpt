--TEST--
isset, empty and unset language constructs
--FILE--
<?php
$a = ['k' => null, 'v' => 1];
$x = 0;
var_dump(isset($a), isset($a['k']), isset($a['v']), isset($a['v'], $x), isset($nope), isset($a['v']['deep']));
var_dump(empty($x), empty($a['v']), empty($nope), empty("0"), empty([]));
unset($a['v'], $x);
var_dump(isset($a['v']), isset($x));
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
