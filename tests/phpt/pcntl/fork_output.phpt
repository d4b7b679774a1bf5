--TEST--
pcntl: output buffers are copied into the child; a child of a script with a time limit runs
--FILE--
<?php
ob_start();
echo "buffered before fork\n";
$pid = pcntl_fork();
if ($pid === 0) { echo "child adds\n"; exit(0); }
pcntl_waitpid($pid, $s);
echo "parent adds\n";
ob_end_flush();
set_time_limit(5);
$pid = pcntl_fork();
if ($pid === 0) { $t = microtime(true); while (microtime(true) - $t < 0.3); echo "child with limit ok\n"; exit(2); }
pcntl_waitpid($pid, $s);
var_dump(pcntl_wexitstatus($s));
--EXPECT--
buffered before fork
child adds
buffered before fork
parent adds
child with limit ok
int(2)
