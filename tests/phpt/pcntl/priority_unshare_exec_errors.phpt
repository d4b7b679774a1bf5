--TEST--
pcntl_getpriority/setpriority, pcntl_unshare, failed pcntl_exec, the siginfo and priority constants
--FILE--
<?php
// pcntl_getpriority / pcntl_setpriority / pcntl_unshare / pcntl_exec failures, constants.
var_dump(PRIO_PROCESS, PRIO_PGRP, PRIO_USER, SI_USER, SI_QUEUE, CLD_EXITED, CLONE_NEWNET, SEGV_MAPERR, POLL_HUP);
$p = pcntl_getpriority();
var_dump(is_int($p), pcntl_getpriority(null, PRIO_PROCESS) === $p, pcntl_getpriority(getmypid()) === $p);
var_dump(pcntl_setpriority($p + 1), pcntl_getpriority() === $p + 1);
var_dump(pcntl_setpriority($p + 2, getmypid(), PRIO_PROCESS), pcntl_getpriority() === $p + 2);
var_dump(pcntl_getpriority(999999999));
var_dump(pcntl_get_last_error());
var_dump(pcntl_setpriority(1, 999999999));
try { pcntl_getpriority(null, 7); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { pcntl_setpriority(1, null, 9); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(pcntl_get_last_error());
var_dump(pcntl_unshare(0));
try { pcntl_unshare(-1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(pcntl_exec('/nonexistent/program', ['a']));
var_dump(pcntl_get_last_error(), pcntl_strerror(pcntl_get_last_error()));
var_dump(pcntl_exec(__DIR__));
echo "still here\n";
--EXPECTF--
int(0)
int(1)
int(2)
int(0)
int(-1)
int(1)
int(1073741824)
int(1)
int(6)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)

Warning: pcntl_getpriority(): Error 3: No process was located using the given parameters in %s on line 8
bool(false)
int(3)

Warning: pcntl_setpriority(): Error 3: No process was located using the given parameters in %s on line 10
bool(false)
pcntl_getpriority(): Argument #2 ($mode) must be one of PRIO_PGRP, PRIO_USER, or PRIO_PROCESS
pcntl_setpriority(): Argument #3 ($mode) must be one of PRIO_PGRP, PRIO_USER, or PRIO_PROCESS
int(22)
bool(true)
pcntl_unshare(): Argument #1 ($flags) must be a combination of CLONE_* flags

Warning: pcntl_exec(): Error has occurred: (errno 2) No such file or directory in %s on line 16
bool(false)
int(2)
string(25) "No such file or directory"

Warning: pcntl_exec(): Error has occurred: (errno 13) Permission denied in %s on line 18
bool(false)
still here
