--TEST--
str_getcsv fields, enclosures and escapes
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(str_getcsv('a,b,c'), str_getcsv('"a,b",c'), str_getcsv('"a ""q"" b",x'), str_getcsv(''));
var_dump(str_getcsv('a;b;"c;d"', ';'), str_getcsv("'a,b',c", ",", "'"), str_getcsv('a,,b,'), str_getcsv("x,y\n"));
var_dump(str_getcsv('"unterminated,field'), str_getcsv('  "sp" ,b'), str_getcsv('"a\"b",c'), str_getcsv('"a\"b",c', ',', '"', ''));
var_dump(str_getcsv('"ab"cd,e'), str_getcsv("a\tb", "\t"), str_getcsv("a,b\r\n"));
?>
--EXPECT--
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(3) "a,b"
  [1]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(7) "a "q" b"
  [1]=>
  string(1) "x"
}
array(1) {
  [0]=>
  NULL
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(3) "c;d"
}
array(2) {
  [0]=>
  string(3) "a,b"
  [1]=>
  string(1) "c"
}
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(0) ""
  [2]=>
  string(1) "b"
  [3]=>
  string(0) ""
}
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
}
array(1) {
  [0]=>
  string(18) "unterminated,field"
}
array(2) {
  [0]=>
  string(3) "sp "
  [1]=>
  string(1) "b"
}
array(2) {
  [0]=>
  string(4) "a\"b"
  [1]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(4) "a\b""
  [1]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(4) "abcd"
  [1]=>
  string(1) "e"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
