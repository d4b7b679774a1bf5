--TEST--
sscanf: conversions, widths, sets, positions, suppression, by-reference results, errors
--FILE--
<?php
var_dump(sscanf("GET /index.html HTTP/1.1", "%s %s %s"));
var_dump(sscanf("age: 25 name: bob", "age: %d name: %s"));
var_dump(sscanf("12 apples", "%d %s %s"));
var_dump(sscanf("", "%d"));
var_dump(sscanf("abc", "%d"));
var_dump(sscanf("0x1A 077 -5 3.5e2 x", "%x %o %i %f %c"));
var_dump(sscanf("2024-05-06", "%4d-%2d-%2d"));
var_dump(sscanf("key=value;rest", "%[^=]=%[^;];%s"));
var_dump(sscanf("abc123", "%[a-z]%n%d"));
var_dump(sscanf("10 20", "%*d %d"));
var_dump(sscanf("10 20", "%2\$d %1\$d"));
$n = sscanf("5 six", "%d %s", $num, $word); var_dump($n, $num, $word);
$n = sscanf("", "%d %s", $num2, $word2); var_dump($n, $num2, $word2);
var_dump(sscanf("  42", "%d"), sscanf("4 2", "%d%d"), sscanf("-0x10", "%x"), sscanf("1e5", "%e"), sscanf("ab", "%c%c"), sscanf("hello world", "%5s"), sscanf("99%", "%d%%"));
var_dump(sscanf("12", "%u"), sscanf("-12", "%u"), sscanf("9999999999999999999", "%d"));
try { sscanf("x", "%d", $a, $b); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(sscanf("x", "%z")); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump(sscanf(" x", "%c"), sscanf("a b", "%c%c%c"), sscanf("]abc", "%[]a]"), sscanf("a-z", "%[a-]"), sscanf("hello", "%[^l]"), sscanf("abcdef", "%3[a-z]%s"));
var_dump(sscanf("   ", "%d"), sscanf("12", "%d x"), sscanf("12 y", "%d x"), sscanf("1e+", "%f%s"), sscanf("1e", "%f"), sscanf("0x", "%x%s"), sscanf("0777 08", "%i %i"), sscanf("-", "%d"), sscanf("+7", "%d"));
var_dump(sscanf("5", "%5c"), sscanf("abc", "%*c%n%c"), sscanf(".5 5. -.e1", "%f %f %f"), sscanf("1.5.5", "%f%s"), sscanf("x1", "x%d"), sscanf("x1", "y%d"));
foreach (['%1$d %d', '%3$d', '%[abc', '%0$d', '%1$d %1$d'] as $f) { try { var_dump(sscanf("1 2", $f)); } catch (ValueError $e) { echo $e->getMessage(), "\n"; } }
try { sscanf("1 2", "%d %d", $x); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { sscanf("1 2", '%2$d %1$d', $p, $q); var_dump($p, $q); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$r = sscanf("7", "%d %s", $m1, $m2); var_dump($r, $m1, $m2);
var_dump(sscanf("abc\0def", "%s"));
--EXPECT--
array(3) {
  [0]=>
  string(3) "GET"
  [1]=>
  string(11) "/index.html"
  [2]=>
  string(8) "HTTP/1.1"
}
array(2) {
  [0]=>
  int(25)
  [1]=>
  string(3) "bob"
}
array(3) {
  [0]=>
  int(12)
  [1]=>
  string(6) "apples"
  [2]=>
  NULL
}
NULL
array(1) {
  [0]=>
  NULL
}
array(5) {
  [0]=>
  int(26)
  [1]=>
  int(63)
  [2]=>
  int(-5)
  [3]=>
  float(350)
  [4]=>
  string(1) "x"
}
array(3) {
  [0]=>
  int(2024)
  [1]=>
  int(5)
  [2]=>
  int(6)
}
array(3) {
  [0]=>
  string(3) "key"
  [1]=>
  string(5) "value"
  [2]=>
  string(4) "rest"
}
array(3) {
  [0]=>
  string(3) "abc"
  [1]=>
  int(3)
  [2]=>
  int(123)
}
array(1) {
  [0]=>
  int(20)
}
array(2) {
  [0]=>
  int(20)
  [1]=>
  int(10)
}
int(2)
int(5)
string(3) "six"
int(-1)
NULL
NULL
array(1) {
  [0]=>
  int(42)
}
array(2) {
  [0]=>
  int(4)
  [1]=>
  int(2)
}
array(1) {
  [0]=>
  int(0)
}
array(1) {
  [0]=>
  float(100000)
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(1) {
  [0]=>
  string(5) "hello"
}
array(1) {
  [0]=>
  int(99)
}
array(1) {
  [0]=>
  int(12)
}
array(1) {
  [0]=>
  string(20) "18446744073709551604"
}
array(1) {
  [0]=>
  int(9223372036854775807)
}
ValueError: Variable is not assigned by any conversion specifiers
ValueError: Bad scan conversion character "z"
array(1) {
  [0]=>
  string(0) ""
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(0) ""
  [2]=>
  string(0) ""
}
array(1) {
  [0]=>
  string(2) "]a"
}
array(1) {
  [0]=>
  string(2) "a-"
}
array(1) {
  [0]=>
  string(2) "he"
}
array(2) {
  [0]=>
  string(3) "abc"
  [1]=>
  string(3) "def"
}
NULL
array(1) {
  [0]=>
  int(12)
}
array(1) {
  [0]=>
  int(12)
}
array(2) {
  [0]=>
  float(1)
  [1]=>
  string(2) "e+"
}
array(1) {
  [0]=>
  float(1)
}
array(2) {
  [0]=>
  int(0)
  [1]=>
  string(1) "x"
}
array(2) {
  [0]=>
  int(511)
  [1]=>
  int(0)
}
NULL
array(1) {
  [0]=>
  int(7)
}
array(1) {
  [0]=>
  string(1) "5"
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  string(1) "b"
}
array(3) {
  [0]=>
  float(0.5)
  [1]=>
  float(5)
  [2]=>
  NULL
}
array(2) {
  [0]=>
  float(1.5)
  [1]=>
  string(2) ".5"
}
array(1) {
  [0]=>
  int(1)
}
array(1) {
  [0]=>
  NULL
}
cannot mix "%" and "%n$" conversion specifiers
array(3) {
  [0]=>
  NULL
  [1]=>
  NULL
  [2]=>
  int(1)
}
Unmatched [ in format string
"%n$" argument index out of range
Variable is assigned by multiple "%n$" conversion specifiers
Different numbers of variable names and field specifiers
int(2)
int(1)
int(1)
int(7)
NULL
array(1) {
  [0]=>
  string(3) "abc"
}
