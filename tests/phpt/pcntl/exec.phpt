--TEST--
pcntl_exec replaces the process with the given arguments and environment
--FILE--
<?php
// pcntl_exec replaces the process: output written before survives; arguments are strings;
// with environment variables given, the new program sees only those.
echo "before exec\n";
pcntl_exec('/bin/sh', ['-c', 'echo "args: $0 $1 $2"; echo "X=$X Y=$Y"; exit 7', 'zero', 1, 2.5], ['X' => 'ex', 'Y' => 42]);
echo "not reached\n";
--EXPECTF--
before exec
args: zero 1 2.5
X=ex Y=42
--EXITCODE--
7
