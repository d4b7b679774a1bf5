--TEST--
preg_split: limit, NO_EMPTY, DELIM_CAPTURE, OFFSET_CAPTURE
--FILE--
<?php
var_dump(preg_split('/[\s,]+/', "hypertext language, programming"));
var_dump(preg_split('/,/', 'a,b,,c,', -1, PREG_SPLIT_NO_EMPTY));
var_dump(preg_split('/,/', 'a,b,c,d', 2), preg_split('/,/', 'a,b,c', 1), preg_split('/,/', 'a,b,c', 0));
var_dump(preg_split('/(,)(;)?/', 'a,b,;c', -1, PREG_SPLIT_DELIM_CAPTURE));
var_dump(preg_split('/(-)/', 'a-b', -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_OFFSET_CAPTURE));
var_dump(preg_split('/ /', 'a b  c', -1, PREG_SPLIT_OFFSET_CAPTURE | PREG_SPLIT_NO_EMPTY));
var_dump(preg_split('/(x)?,/', 'a,b', -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_OFFSET_CAPTURE));
var_dump(preg_split('/\d/', ''), preg_split('/\d/', '', -1, PREG_SPLIT_NO_EMPTY));
var_dump(preg_split('/,/', 'a,b,c', 2, PREG_SPLIT_NO_EMPTY));
--EXPECT--
array(3) {
  [0]=>
  string(9) "hypertext"
  [1]=>
  string(8) "language"
  [2]=>
  string(11) "programming"
}
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
  string(1) "a"
  [1]=>
  string(5) "b,c,d"
}
array(1) {
  [0]=>
  string(5) "a,b,c"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(6) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) ","
  [2]=>
  string(1) "b"
  [3]=>
  string(1) ","
  [4]=>
  string(1) ";"
  [5]=>
  string(1) "c"
}
array(3) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    int(0)
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "-"
    [1]=>
    int(1)
  }
  [2]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    int(2)
  }
}
array(3) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    int(0)
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    int(2)
  }
  [2]=>
  array(2) {
    [0]=>
    string(1) "c"
    [1]=>
    int(5)
  }
}
array(2) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    int(0)
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    int(2)
  }
}
array(1) {
  [0]=>
  string(0) ""
}
array(0) {
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "b,c"
}
