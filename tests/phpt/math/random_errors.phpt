--TEST--
random_int, random_bytes, mt_rand errors and ranges
--FILE--
<?php
foreach ([fn() => random_int(5, 1), fn() => random_bytes(0), fn() => mt_rand(5, 1), fn() => mt_rand(1), fn() => rand(1)] as $f) {
    try { var_dump($f()); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$ok = true;
for ($i = 0; $i < 200; $i++) {
    $r = random_int(-3, 3);
    if ($r < -3 || $r > 3) $ok = false;
    $m = mt_rand(10, 12);
    if ($m < 10 || $m > 12) $ok = false;
    $l = lcg_value();
    if ($l <= 0 || $l >= 1) $ok = false;
}
var_dump($ok, strlen(random_bytes(16)), random_int(7, 7), is_float(lcg_value()));
--EXPECT--
ValueError: random_int(): Argument #1 ($min) must be less than or equal to argument #2 ($max)
ValueError: random_bytes(): Argument #1 ($length) must be greater than 0
ValueError: mt_rand(): Argument #2 ($max) must be greater than or equal to argument #1 ($min)
ArgumentCountError: mt_rand() expects exactly 2 arguments, 1 given
ArgumentCountError: rand() expects exactly 2 arguments, 1 given
bool(true)
int(16)
int(7)
bool(true)
