--TEST--
pcntl: WNOHANG while a child runs, resource usage, errors and pcntl_get_last_error
--FILE--
<?php
var_dump(WNOHANG, WUNTRACED, WCONTINUED, PCNTL_ECHILD, PCNTL_EINTR, PCNTL_EINVAL);
var_dump(pcntl_get_last_error(), pcntl_errno());
[$a, $b] = (function () { socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p); return $p; })();
$pid = pcntl_fork();
if ($pid === 0) {
    socket_close($a);
    // Wait for the parent's go, then end.
    socket_read($b, 10);
    exit(7);
}
socket_close($b);
$status = "unchanged";
var_dump(pcntl_waitpid($pid, $status, WNOHANG, $ru), $status, $ru);
var_dump(pcntl_wait($status, WNOHANG | WUNTRACED));
socket_write($a, "go");
var_dump(pcntl_waitpid($pid, $status, 0, $ru) === $pid, pcntl_wexitstatus($status));
var_dump(array_keys($ru), is_int($ru['ru_utime.tv_sec']));

// No children left.
var_dump(pcntl_wait($status, WNOHANG), $status, pcntl_get_last_error(), pcntl_errno());
var_dump(pcntl_strerror(pcntl_get_last_error()));
var_dump(pcntl_waitpid($pid, $status));
var_dump(pcntl_waitpid(-1, $status, 12345), pcntl_get_last_error());
// Out-of-range values are truncated to C ints as PHP does.
var_dump(pcntl_waitpid(PHP_INT_MIN, $status), pcntl_get_last_error());
var_dump(pcntl_waitpid(0, $status, PHP_INT_MAX), pcntl_get_last_error());
var_dump(pcntl_wexitstatus(PHP_INT_MAX), pcntl_wifexited(-1), pcntl_wtermsig(PHP_INT_MIN));
var_dump(pcntl_strerror(0), pcntl_strerror(PCNTL_EINTR), pcntl_strerror(-5));
--EXPECT--
int(1)
int(2)
int(8)
int(10)
int(4)
int(22)
int(0)
int(0)
int(0)
int(0)
array(0) {
}
int(0)
bool(true)
int(7)
array(17) {
  [0]=>
  string(10) "ru_oublock"
  [1]=>
  string(10) "ru_inblock"
  [2]=>
  string(9) "ru_msgsnd"
  [3]=>
  string(9) "ru_msgrcv"
  [4]=>
  string(9) "ru_maxrss"
  [5]=>
  string(8) "ru_ixrss"
  [6]=>
  string(8) "ru_idrss"
  [7]=>
  string(9) "ru_minflt"
  [8]=>
  string(9) "ru_majflt"
  [9]=>
  string(11) "ru_nsignals"
  [10]=>
  string(8) "ru_nvcsw"
  [11]=>
  string(9) "ru_nivcsw"
  [12]=>
  string(8) "ru_nswap"
  [13]=>
  string(16) "ru_utime.tv_usec"
  [14]=>
  string(15) "ru_utime.tv_sec"
  [15]=>
  string(16) "ru_stime.tv_usec"
  [16]=>
  string(15) "ru_stime.tv_sec"
}
bool(true)
int(-1)
int(1792)
int(10)
int(10)
string(18) "No child processes"
int(-1)
int(-1)
int(22)
int(-1)
int(10)
int(-1)
int(22)
int(255)
bool(false)
int(0)
string(7) "Success"
string(23) "Interrupted system call"
string(16) "Unknown error -5"
