--TEST--
flock takes real advisory locks: shared and exclusive, LOCK_NB with $would_block, seen across descriptors and by a forked child; streams that cannot lock
--FILE--
<?php
$path = tempnam(sys_get_temp_dir(), 'lk');
$a = fopen($path, 'w');
$b = fopen($path, 'w');
var_dump(flock($a, LOCK_EX));
var_dump(flock($b, LOCK_EX | LOCK_NB, $wb), $wb);
var_dump(flock($b, LOCK_SH | LOCK_NB, $wb), $wb);
var_dump(flock($a, LOCK_UN));
var_dump(flock($b, LOCK_SH | LOCK_NB, $wb), $wb);
var_dump(flock($a, LOCK_SH | LOCK_NB, $wb), $wb);
var_dump(flock($a, LOCK_EX | LOCK_NB, $wb), $wb);
$pid = pcntl_fork();
if ($pid === 0) {
    $c = fopen($path, 'w');
    $r = flock($c, LOCK_EX | LOCK_NB, $w);
    exit($r ? 1 : ($w ? 2 : 3));
}
pcntl_waitpid($pid, $st);
var_dump(pcntl_wexitstatus($st));
$m = fopen('php://memory', 'w');
var_dump(flock($m, LOCK_EX));
[$s1, $s2] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
var_dump(flock($s1, LOCK_EX));
try { flock($a, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(flock($a, 7));
fclose($a); fclose($b);
unlink($path);
--EXPECT--
bool(true)
bool(false)
int(1)
bool(false)
int(1)
bool(true)
bool(true)
int(0)
bool(true)
int(0)
bool(false)
int(1)
int(2)
bool(false)
bool(false)
flock(): Argument #2 ($operation) must be one of LOCK_SH, LOCK_EX, or LOCK_UN
bool(true)
