--TEST--
ob_start with an invalid callback and non-removable buffers
--FILE--
<?php
var_dump(ob_start("nope"));
var_dump(ob_get_level());
ob_start(null, 0, 0);
echo "z";
var_dump(ob_end_clean());
var_dump(ob_get_level());
--EXPECTF--
Warning: ob_start(): function "nope" not found or invalid function name in %s on line 2

Notice: ob_start(): Failed to create buffer in %s on line 2
bool(false)
int(0)
z
Notice: ob_end_clean(): Failed to discard buffer of default output handler (0) in %s on line 6
bool(false)
int(1)
