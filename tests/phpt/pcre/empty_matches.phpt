--TEST--
empty matches: PHP's retry and advance rules
--FILE--
<?php
var_dump(preg_match_all('/x*/', 'axb', $m), $m);
var_dump(preg_match_all('/x*|b/', 'b', $m), $m);
var_dump(preg_match_all('//', 'ab', $m, PREG_OFFSET_CAPTURE), $m);
var_dump(preg_match_all('//u', 'é!', $m, PREG_OFFSET_CAPTURE), $m);
var_dump(preg_replace('/x*/', '-', 'abc'));
var_dump(preg_replace('/\b/', '|', 'hi there'));
var_dump(preg_replace('/a*/', 'X', 'baaac'));
var_dump(preg_split('//', 'abc'));
var_dump(preg_split('/x*/', 'axbc'));
var_dump(preg_split('//u', 'aé', -1, PREG_SPLIT_NO_EMPTY));
var_dump(preg_replace('/^/m', '> ', "a\nb\n"));
var_dump(preg_replace('/$/m', '<', "a\nb"));
--EXPECT--
int(4)
array(1) {
  [0]=>
  array(4) {
    [0]=>
    string(0) ""
    [1]=>
    string(1) "x"
    [2]=>
    string(0) ""
    [3]=>
    string(0) ""
  }
}
int(3)
array(1) {
  [0]=>
  array(3) {
    [0]=>
    string(0) ""
    [1]=>
    string(1) "b"
    [2]=>
    string(0) ""
  }
}
int(3)
array(1) {
  [0]=>
  array(3) {
    [0]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(0)
    }
    [1]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(1)
    }
    [2]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(2)
    }
  }
}
int(3)
array(1) {
  [0]=>
  array(3) {
    [0]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(0)
    }
    [1]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(2)
    }
    [2]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(3)
    }
  }
}
string(7) "-a-b-c-"
string(12) "|hi| |there|"
string(6) "XbXXcX"
array(5) {
  [0]=>
  string(0) ""
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
  [3]=>
  string(1) "c"
  [4]=>
  string(0) ""
}
array(6) {
  [0]=>
  string(0) ""
  [1]=>
  string(1) "a"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "b"
  [4]=>
  string(1) "c"
  [5]=>
  string(0) ""
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(2) "é"
}
string(8) "> a
> b
"
string(5) "a<
b<"
