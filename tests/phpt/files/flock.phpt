--TEST--
flock accepts the lock operations and rejects others
--FILE--
<?php
$f = fopen('php://memory', 'w+');
var_dump(flock($f, LOCK_EX), flock($f, LOCK_UN), flock($f, LOCK_SH | LOCK_NB, $wb), $wb);
try {
    flock($f, 0);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(LOCK_SH, LOCK_EX, LOCK_UN, LOCK_NB);
$p = fopen(__FILE__, 'r');
var_dump(flock($p, LOCK_SH), flock($p, LOCK_EX | LOCK_NB, $wb), $wb, flock($p, LOCK_UN));
fclose($f);
try {
    flock($f, LOCK_EX);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
bool(false)
bool(false)
bool(false)
int(0)
flock(): Argument #2 ($operation) must be one of LOCK_SH, LOCK_EX, or LOCK_UN
int(1)
int(2)
int(3)
int(4)
bool(true)
bool(true)
int(0)
bool(true)
flock(): supplied resource is not a valid stream resource
