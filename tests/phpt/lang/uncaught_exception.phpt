--TEST--
uncaught exception
--FILE--
<?php
class Svc { public function run(array $opts, $n) { return helper($n, "a string that is rather long indeed", 1.5, null, true, $opts); } }
function helper($n, $s, $f, $nul, $b, $arr) { throw new RuntimeException("failed at $n"); }
echo "start\n";
(new Svc)->run(['x' => 1], 3);
echo "never\n";
--EXPECTF--
start

Fatal error: Uncaught RuntimeException: failed at 3 in %s:3
Stack trace:
#0 %s(2): helper(3, 'a string that i...', 1.5, NULL, true, Array)
#1 %s(5): Svc->run(Array, 3)
#2 {main}
  thrown in %s on line 3
--EXITCODE--
255
