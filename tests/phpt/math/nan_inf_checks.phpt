--TEST--
is_nan, is_infinite, is_finite
--FILE--
<?php
foreach ([NAN, INF, -INF, 0.0, 1, PHP_FLOAT_MAX, "5"] as $v) {
    var_dump(is_nan($v), is_infinite($v), is_finite($v));
}
try { is_nan("x"); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
TypeError: is_nan(): Argument #1 ($num) must be of type float, string given
