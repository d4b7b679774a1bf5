--TEST--
pcntl_sigwaitinfo and pcntl_sigtimedwait take blocked signals with their info
--SKIPIF--
<?php if (!function_exists('posix_kill')) echo "skip posix not loaded";
--FILE--
<?php
// Taking blocked signals synchronously: pcntl_sigwaitinfo / pcntl_sigtimedwait.
pcntl_sigprocmask(SIG_BLOCK, [SIGUSR1, SIGUSR2, SIGCHLD]);
posix_kill(getmypid(), SIGUSR1);
var_dump(pcntl_sigwaitinfo([SIGUSR1], $info));
var_dump(array_keys($info), $info['signo'], $info['errno'], $info['code'], $info['pid'] === getmypid());
// A timeout returns -1 without a warning and leaves $info alone.
$t = microtime(true);
var_dump(pcntl_sigtimedwait([SIGUSR2], $info, 0, 100000000), $info['signo']);
var_dump(microtime(true) - $t >= 0.09, pcntl_get_last_error());
posix_kill(getmypid(), SIGUSR2);
var_dump(pcntl_sigtimedwait([SIGUSR1, SIGUSR2], $second, 1), $second['signo']);
// A child's exit.
$pid = pcntl_fork();
if ($pid === 0) {
    exit(3);
}
var_dump(pcntl_sigtimedwait([SIGCHLD], $info, 5) === SIGCHLD);
var_dump(array_keys($info), $info['status'], $info['code'] === CLD_EXITED, $info['pid'] === $pid);
pcntl_waitpid($pid, $status);
var_dump(pcntl_wexitstatus($status));
// Errors.
var_dump(pcntl_sigwaitinfo([1000]));
var_dump(pcntl_sigtimedwait(['x'], $i, 0, 1));
var_dump(pcntl_sigtimedwait([SIGUSR2], $i, -1));
var_dump(pcntl_sigtimedwait([SIGUSR2], $i, 0, 1000000000));
var_dump(pcntl_get_last_error());
--EXPECTF--
int(10)
array(5) {
  [0]=>
  string(5) "signo"
  [1]=>
  string(5) "errno"
  [2]=>
  string(4) "code"
  [3]=>
  string(3) "pid"
  [4]=>
  string(3) "uid"
}
int(10)
int(0)
int(0)
bool(true)
int(-1)
int(10)
bool(true)
int(0)
int(12)
int(12)
bool(true)
array(8) {
  [0]=>
  string(5) "signo"
  [1]=>
  string(5) "errno"
  [2]=>
  string(4) "code"
  [3]=>
  string(6) "status"
  [4]=>
  string(5) "utime"
  [5]=>
  string(5) "stime"
  [6]=>
  string(3) "pid"
  [7]=>
  string(3) "uid"
}
int(3)
bool(true)
bool(true)
int(3)

Warning: pcntl_sigwaitinfo(): Invalid argument in %s on line 23
bool(false)

Warning: pcntl_sigtimedwait(): Invalid argument in %s on line 24
bool(false)

Warning: pcntl_sigtimedwait(): Invalid argument in %s on line 25
int(-1)

Warning: pcntl_sigtimedwait(): Invalid argument in %s on line 26
int(-1)
int(22)
