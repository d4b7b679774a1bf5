--TEST--
posix_kill to ourselves runs the handler; posix_getpid; errors
--SKIPIF--
<?php if (!function_exists('posix_kill')) echo "skip posix not loaded";
--FILE--
<?php
pcntl_async_signals(true);
pcntl_signal(SIGUSR1, function ($s, $info) { echo "USR1 $s code {$info['code']}\n"; });
var_dump(posix_getpid() === getmypid());
var_dump(posix_kill(posix_getpid(), SIGUSR1));
echo "after kill\n";
var_dump(posix_kill(posix_getpid(), 0));
var_dump(posix_kill(999999999, SIGUSR1), posix_get_last_error(), posix_strerror(posix_get_last_error()));
--EXPECT--
bool(true)
USR1 10 code 0
bool(true)
after kill
bool(true)
bool(false)
int(3)
string(15) "No such process"
