--TEST--
pcntl: constants, handlers kept per signal, argument errors, async flag, signal mask
--FILE--
<?php
var_dump(SIGHUP, SIGINT, SIGQUIT, SIGKILL, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM, SIGCHLD);
var_dump(SIG_DFL, SIG_IGN, SIG_ERR, SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK);
var_dump(pcntl_signal_get_handler(SIGUSR1));
var_dump(pcntl_signal(SIGUSR1, SIG_IGN), pcntl_signal_get_handler(SIGUSR1));
var_dump(pcntl_signal(SIGUSR1, 'strlen'), pcntl_signal_get_handler(SIGUSR1));
$h = function ($signo) {};
var_dump(pcntl_signal(SIGUSR1, $h), pcntl_signal_get_handler(SIGUSR1) === $h);
var_dump(pcntl_signal(SIGUSR1, SIG_DFL), pcntl_signal_get_handler(SIGUSR1));
foreach ([0, 65] as $bad) {
    try {
        pcntl_signal($bad, SIG_DFL);
    } catch (ValueError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
foreach ([0, 33] as $bad) {
    try {
        pcntl_signal_get_handler($bad);
    } catch (ValueError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
try {
    pcntl_signal(SIGUSR2, 5);
} catch (ValueError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump(pcntl_async_signals());
var_dump(pcntl_async_signals(true), pcntl_async_signals(), pcntl_async_signals(false), pcntl_async_signals());
var_dump(pcntl_signal_dispatch());
var_dump(pcntl_alarm(0), pcntl_alarm(30), pcntl_alarm(0));
var_dump(pcntl_sigprocmask(SIG_BLOCK, [SIGUSR2], $old), $old);
var_dump(pcntl_sigprocmask(SIG_SETMASK, [], $old), $old);
var_dump(pcntl_sigprocmask(7, []));
var_dump(pcntl_sigprocmask(SIG_BLOCK, [0]));
--EXPECTF--
int(1)
int(2)
int(3)
int(9)
int(10)
int(12)
int(13)
int(14)
int(15)
int(17)
int(0)
int(1)
int(-1)
int(0)
int(1)
int(2)
int(0)
bool(true)
int(1)
bool(true)
string(6) "strlen"
bool(true)
bool(true)
bool(true)
int(0)
ValueError: pcntl_signal(): Argument #1 ($signal) must be greater than or equal to 1
ValueError: pcntl_signal(): Argument #1 ($signal) must be less than 65
ValueError: pcntl_signal_get_handler(): Argument #1 ($signal) must be between 1 and 32
ValueError: pcntl_signal_get_handler(): Argument #1 ($signal) must be between 1 and 32
ValueError: pcntl_signal(): Argument #2 ($handler) must be either SIG_DFL or SIG_IGN when an integer value is given
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
int(0)
int(0)
int(30)
bool(true)
array(0) {
}
bool(true)
array(1) {
  [0]=>
  int(12)
}

Warning: pcntl_sigprocmask(): Invalid argument in %s on line 35
bool(false)

Warning: pcntl_sigprocmask(): Invalid argument in %s on line 36
bool(false)
