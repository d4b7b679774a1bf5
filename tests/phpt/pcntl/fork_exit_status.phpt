--TEST--
pcntl: fork, waitpid and the status functions; exit() and shutdown functions in the child
--FILE--
<?php
register_shutdown_function(function () { echo "shutdown in ", getmypid() === $GLOBALS['parent'] ? "parent" : "child", "\n"; });
$parent = getmypid();
echo "before fork\n";
$pid = pcntl_fork();
if ($pid === 0) {
    echo "child running\n";
    exit(3);
}
$waited = pcntl_waitpid($pid, $status);
var_dump(is_int($pid) && $pid > 0, $waited === $pid);
var_dump($status, pcntl_wifexited($status), pcntl_wexitstatus($status));
var_dump(pcntl_wifsignaled($status), pcntl_wifstopped($status), pcntl_wifcontinued($status));

// A child dying by a signal (its alarm, default action).
$pid = pcntl_fork();
if ($pid === 0) {
    pcntl_alarm(1);
    sleep(10);
    echo "not reached\n";
    exit(0);
}
var_dump(pcntl_wait($status) === $pid);
var_dump(pcntl_wifexited($status), pcntl_wifsignaled($status), pcntl_wtermsig($status) === SIGALRM);

// A child whose script just ends: status 0; an uncaught exception: status 255.
$pid = pcntl_fork();
if ($pid === 0) {
    throw new RuntimeException("boom in child");
}
pcntl_waitpid($pid, $status);
var_dump(pcntl_wexitstatus($status));

// The macros on literal statuses.
var_dump(pcntl_wexitstatus(0x2a00), pcntl_wtermsig(9), pcntl_wstopsig(0x137f), pcntl_wifstopped(0x137f));
var_dump(pcntl_wifcontinued(0xffff));
try {
    pcntl_wifexited("x");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    pcntl_waitpid();
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
echo "parent done\n";
--EXPECTF--
before fork
child running
shutdown in child
bool(true)
bool(true)
int(768)
bool(true)
int(3)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)

Fatal error: Uncaught RuntimeException: boom in child in %s:29
Stack trace:
#0 {main}
  thrown in %s on line 29
shutdown in child
int(255)
int(42)
int(9)
int(19)
bool(true)
bool(true)
pcntl_wifexited(): Argument #1 ($status) must be of type int, string given
pcntl_waitpid() expects at least 2 arguments, 0 given
parent done
shutdown in parent
