--TEST--
replacement escapes, NUL and raw bytes in patterns, inline options and verbs, more compile errors
--FILE--
<?php
var_dump(preg_split('/(,)/', 'a,b,c,d', 2, PREG_SPLIT_DELIM_CAPTURE));
var_dump(preg_split('/\d*/', 'ab1c'));
var_dump(preg_match_all('/a|/', 'ba', $m), $m);
var_dump(preg_replace('/(a)|b/', '[\1]', 'ab'));
var_dump(preg_replace('/x/e', 'y', 'x'));
var_dump(preg_match('/\d+/', 'abc 123 def', $m, PREG_OFFSET_CAPTURE, 5), $m);
var_dump(preg_match('/[[:^alpha:]]+/', 'ab12cd', $m), $m);
var_dump(preg_replace('/^/', 'X', ''));
var_dump(preg_split('/,/', ''));
var_dump(preg_match_all('/(?J)(?<a>x)|(?<a>y)/', 'xy', $m, PREG_SET_ORDER), $m);
var_dump(preg_match('/(?i)abc/', 'ABC'), preg_match('/a(?i)bc/', 'aBC'));
var_dump(preg_match('/(*UTF8)é/', 'é'), preg_match('/(*UTF)(*UCP)\w/', 'é'));
var_dump(preg_match("/a\0b/", "a\0b"), preg_match("/a\\0b/", "a\0b"));
var_dump(preg_match('/a/ u', 'a'));
var_dump(preg_match("/a/\0", 'a'));
var_dump(preg_replace('/\\\\/', '/', 'a\\b'));
var_dump(preg_replace('/a/', '\\\\', 'xa'), preg_replace('/a/', '\\$1', 'xa'), preg_replace('/(a)/', '$1$', 'xa'));
var_dump(preg_match('/[\x{100}-\x{200}]/u', "\u{150}"));
var_dump(preg_match('/\x{100}/', "a"));
var_dump(preg_match('/(?<1a>x)/', 'x'));
var_dump(preg_match('/x{1,2}+?/', 'x'));
var_dump(preg_match("/\xe9/", "\xe9"), preg_match("/[\xe0-\xff]/", "caf\xe9"));
var_dump(preg_replace("/\xe9/", 'e', "caf\xe9"));
--EXPECTF--
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) ","
  [2]=>
  string(5) "b,c,d"
}
array(6) {
  [0]=>
  string(0) ""
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
  [3]=>
  string(0) ""
  [4]=>
  string(1) "c"
  [5]=>
  string(0) ""
}
int(3)
array(1) {
  [0]=>
  array(3) {
    [0]=>
    string(0) ""
    [1]=>
    string(1) "a"
    [2]=>
    string(0) ""
  }
}
string(5) "[a][]"

Warning: preg_replace(): The /e modifier is no longer supported, use preg_replace_callback instead in %s on line 6
NULL
int(1)
array(1) {
  [0]=>
  array(2) {
    [0]=>
    string(2) "23"
    [1]=>
    int(5)
  }
}
int(1)
array(1) {
  [0]=>
  string(2) "12"
}
string(1) "X"
array(1) {
  [0]=>
  string(0) ""
}
int(2)
array(2) {
  [0]=>
  array(3) {
    [0]=>
    string(1) "x"
    ["a"]=>
    string(1) "x"
    [1]=>
    string(1) "x"
  }
  [1]=>
  array(4) {
    [0]=>
    string(1) "y"
    ["a"]=>
    string(1) "y"
    [1]=>
    string(0) ""
    [2]=>
    string(1) "y"
  }
}
int(1)
int(1)
int(1)
int(1)
int(1)
int(1)
int(1)

Warning: preg_match(): NUL is not a valid modifier in %s on line 16
bool(false)
string(3) "a/b"
string(2) "x\"
string(3) "x$1"
string(3) "xa$"
int(1)

Warning: preg_match(): Compilation failed: character code point value in \x{} or \o{} is too large at offset 6 in %s on line 20
bool(false)

Warning: preg_match(): Compilation failed: subpattern name must start with a non-digit at offset 3 in %s on line 21
bool(false)

Warning: preg_match(): Compilation failed: quantifier does not follow a repeatable item at offset 7 in %s on line 22
bool(false)
int(1)
int(1)
string(4) "cafe"
