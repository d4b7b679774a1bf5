--TEST--
ext/posix identity, user and group, terminal, limit and file functions
--SKIPIF--
<?php if (!function_exists('posix_getpwuid')) echo "skip posix not loaded";
--FILE--
<?php
// ext/posix: identity, users and groups, terminal, limits, files (machine-independent checks).
$uid = posix_getuid();
var_dump(is_int($uid), posix_geteuid() === $uid, is_int(posix_getgid()), is_int(posix_getegid()));
var_dump(posix_getpgrp() === posix_getpgid(0), posix_getsid(0) === posix_getsid(getmypid()));
var_dump(posix_getpgid(999999999), posix_get_last_error(), posix_strerror(3));
var_dump(array_keys(posix_uname()), posix_uname()['sysname']);
var_dump(posix_getcwd() === getcwd());
$me = posix_getpwuid($uid);
var_dump(array_keys($me), $me['uid'] === $uid, posix_getpwnam($me['name']) === $me);
var_dump(posix_getpwnam('root')['uid'], posix_getpwnam('no_such_user_x'), posix_getpwuid(987654));
$g = posix_getgrgid(0);
var_dump(array_keys($g), $g['gid'], posix_getgrnam($g['name']) === $g, posix_getgrnam('no_such_group_x'));
var_dump(array_keys(posix_times()));
$lim = posix_getrlimit();
var_dump(array_keys($lim));
foreach ($lim as $k => $v) if (!is_int($v) && $v !== 'unlimited') echo "odd $k\n";
var_dump(posix_isatty(99), posix_ttyname(99), posix_get_last_error());
$fp = fopen('php://memory', 'r');
var_dump(posix_isatty($fp));
var_dump(is_array(posix_getgroups()), posix_ctermid());
var_dump(posix_access(__FILE__, POSIX_R_OK), posix_access('/nonexistent'), posix_get_last_error());
var_dump(POSIX_F_OK, POSIX_X_OK, POSIX_W_OK, POSIX_R_OK, POSIX_S_IFREG, POSIX_S_IFIFO, POSIX_RLIMIT_NOFILE, POSIX_RLIMIT_INFINITY);
$f = sys_get_temp_dir() . '/fifo_' . getmypid();
var_dump(posix_mkfifo($f, 0600), filetype($f), posix_mkfifo($f, 0600), posix_get_last_error());
unlink($f);
var_dump(posix_setuid($uid), posix_seteuid($uid), posix_setgid(posix_getgid()), posix_setegid(posix_getegid()));
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
int(3)
string(15) "No such process"
array(6) {
  [0]=>
  string(7) "sysname"
  [1]=>
  string(8) "nodename"
  [2]=>
  string(7) "release"
  [3]=>
  string(7) "version"
  [4]=>
  string(7) "machine"
  [5]=>
  string(10) "domainname"
}
string(5) "Linux"
bool(true)
array(7) {
  [0]=>
  string(4) "name"
  [1]=>
  string(6) "passwd"
  [2]=>
  string(3) "uid"
  [3]=>
  string(3) "gid"
  [4]=>
  string(5) "gecos"
  [5]=>
  string(3) "dir"
  [6]=>
  string(5) "shell"
}
bool(true)
bool(true)
int(0)
bool(false)
bool(false)
array(4) {
  [0]=>
  string(4) "name"
  [1]=>
  string(6) "passwd"
  [2]=>
  string(7) "members"
  [3]=>
  string(3) "gid"
}
int(0)
bool(true)
bool(false)
array(5) {
  [0]=>
  string(5) "ticks"
  [1]=>
  string(5) "utime"
  [2]=>
  string(5) "stime"
  [3]=>
  string(6) "cutime"
  [4]=>
  string(6) "cstime"
}
array(20) {
  [0]=>
  string(9) "soft core"
  [1]=>
  string(9) "hard core"
  [2]=>
  string(9) "soft data"
  [3]=>
  string(9) "hard data"
  [4]=>
  string(10) "soft stack"
  [5]=>
  string(10) "hard stack"
  [6]=>
  string(13) "soft totalmem"
  [7]=>
  string(13) "hard totalmem"
  [8]=>
  string(8) "soft rss"
  [9]=>
  string(8) "hard rss"
  [10]=>
  string(12) "soft maxproc"
  [11]=>
  string(12) "hard maxproc"
  [12]=>
  string(12) "soft memlock"
  [13]=>
  string(12) "hard memlock"
  [14]=>
  string(8) "soft cpu"
  [15]=>
  string(8) "hard cpu"
  [16]=>
  string(13) "soft filesize"
  [17]=>
  string(13) "hard filesize"
  [18]=>
  string(14) "soft openfiles"
  [19]=>
  string(14) "hard openfiles"
}
bool(false)
bool(false)
int(9)

Warning: posix_isatty(): Could not use stream of type 'MEMORY' in %s on line 20
bool(false)
bool(true)
string(8) "/dev/tty"
bool(true)
bool(false)
int(2)
int(0)
int(1)
int(2)
int(4)
int(32768)
int(4096)
int(7)
int(-1)
bool(true)
string(4) "fifo"
bool(false)
int(17)
bool(true)
bool(true)
bool(true)
bool(true)
