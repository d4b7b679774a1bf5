--TEST--
exec, system and passthru
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(exec("printf 'one  \ntwo\t\nthree '", $out, $code), $out, $code);
$out = ["keep"]; exec("echo x", $out); var_dump($out);
var_dump(exec("exit 3", $o, $c), $o, $c);
echo "--\n";
var_dump(system("echo sys; echo tem", $rc), $rc);
var_dump(passthru("printf raw", $rc), $rc);
t(fn() => exec(""));
?>
--EXPECT--
string(5) "three"
array(3) {
  [0]=>
  string(3) "one"
  [1]=>
  string(3) "two"
  [2]=>
  string(5) "three"
}
int(0)
array(2) {
  [0]=>
  string(4) "keep"
  [1]=>
  string(1) "x"
}
string(0) ""
array(0) {
}
int(3)
--
sys
tem
string(3) "tem"
int(0)
rawNULL
int(0)
ValueError: exec(): Argument #1 ($command) cannot be empty
