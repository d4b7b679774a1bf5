--TEST--
preg_match: named groups give name and index keys
--FILE--
<?php
preg_match('/(?<year>\d{4})-(?P<month>\d\d)(?:-(?<day>\d\d))?/', 'on 2024-05', $m);
var_dump($m);
preg_match("/(?'w'\w+) (\w+)/", 'hello world', $m);
var_dump($m);
preg_match('/(?<a>x)|(?<b>y)/', 'y', $m, PREG_UNMATCHED_AS_NULL);
var_dump($m);
preg_match('/(?<n>a)(?<n>b)?/J', 'a', $m);
var_dump($m);
--EXPECT--
array(5) {
  [0]=>
  string(7) "2024-05"
  ["year"]=>
  string(4) "2024"
  [1]=>
  string(4) "2024"
  ["month"]=>
  string(2) "05"
  [2]=>
  string(2) "05"
}
array(4) {
  [0]=>
  string(11) "hello world"
  ["w"]=>
  string(5) "hello"
  [1]=>
  string(5) "hello"
  [2]=>
  string(5) "world"
}
array(5) {
  [0]=>
  string(1) "y"
  ["a"]=>
  NULL
  [1]=>
  NULL
  ["b"]=>
  string(1) "y"
  [2]=>
  string(1) "y"
}
array(3) {
  [0]=>
  string(1) "a"
  ["n"]=>
  string(1) "a"
  [1]=>
  string(1) "a"
}
