--TEST--
fscanf over memory streams and STDIN
--STDIN--
42
--FILE--
<?php
$f = fopen('php://memory', 'w+'); fwrite($f, "3 apples\n4 pears\n\nlast 9"); rewind($f);
while (($r = fscanf($f, "%d %s")) !== false) var_dump($r);
rewind($f); var_dump(fscanf($f, "%d %s", $n, $what), $n, $what);
$e = fopen('php://memory', 'r'); var_dump(fscanf($e, "%d"));
try { fscanf($f, "%q"); } catch (ValueError $x) { echo $x->getMessage(), "\n"; }
$n2 = fscanf(STDIN, "%d\n"); var_dump($n2);
--EXPECT--
array(2) {
  [0]=>
  int(3)
  [1]=>
  string(6) "apples"
}
array(2) {
  [0]=>
  int(4)
  [1]=>
  string(5) "pears"
}
NULL
array(2) {
  [0]=>
  NULL
  [1]=>
  NULL
}
int(2)
int(3)
string(6) "apples"
bool(false)
Bad scan conversion character "q"
array(1) {
  [0]=>
  int(42)
}
