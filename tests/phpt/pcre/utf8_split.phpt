--TEST--
UTF-8 aware splitting, replacing and offsets
--FILE--
<?php
var_dump(preg_split('//u', 'añb', -1, PREG_SPLIT_NO_EMPTY));
var_dump(preg_split('/(é)/u', 'aébéc', -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_OFFSET_CAPTURE));
var_dump(preg_replace('/./u', '[$0]', 'aé'));
var_dump(preg_replace('/./', '.', 'é'));
var_dump(preg_match_all('/\w/u', 'ça va', $m), $m);
var_dump(preg_replace('/\s+/u', ' ', "a\u{00A0}\u{2003} b"));
--EXPECT--
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(2) "ñ"
  [2]=>
  string(1) "b"
}
array(5) {
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
    string(2) "é"
    [1]=>
    int(1)
  }
  [2]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    int(3)
  }
  [3]=>
  array(2) {
    [0]=>
    string(2) "é"
    [1]=>
    int(4)
  }
  [4]=>
  array(2) {
    [0]=>
    string(1) "c"
    [1]=>
    int(6)
  }
}
string(7) "[a][é]"
string(2) ".."
int(4)
array(1) {
  [0]=>
  array(4) {
    [0]=>
    string(2) "ç"
    [1]=>
    string(1) "a"
    [2]=>
    string(1) "v"
    [3]=>
    string(1) "a"
  }
}
string(3) "a b"
