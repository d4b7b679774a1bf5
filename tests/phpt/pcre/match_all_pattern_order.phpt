--TEST--
preg_match_all: PREG_PATTERN_ORDER (default), names, offsets
--FILE--
<?php
var_dump(preg_match_all('/(\w)(\d)?/', 'a1 b c3', $m), $m);
var_dump(preg_match_all('/(?<l>\w)(?<d>\d)?/', 'a1 b', $m, PREG_PATTERN_ORDER), $m);
var_dump(preg_match_all('/x(y)?/', 'none', $m), $m);
var_dump(preg_match_all('/(a)(z)?/', 'a a', $m, PREG_OFFSET_CAPTURE), $m);
var_dump(preg_match_all('/(a)(z)?/', 'a', $m, PREG_UNMATCHED_AS_NULL), $m);
var_dump(preg_match_all('/\d/', 'a1b2c3'));
var_dump(preg_match_all('/\d/', 'a1b2c3', $m, 0, 3), $m);
--EXPECT--
int(3)
array(3) {
  [0]=>
  array(3) {
    [0]=>
    string(2) "a1"
    [1]=>
    string(1) "b"
    [2]=>
    string(2) "c3"
  }
  [1]=>
  array(3) {
    [0]=>
    string(1) "a"
    [1]=>
    string(1) "b"
    [2]=>
    string(1) "c"
  }
  [2]=>
  array(3) {
    [0]=>
    string(1) "1"
    [1]=>
    string(0) ""
    [2]=>
    string(1) "3"
  }
}
int(2)
array(5) {
  [0]=>
  array(2) {
    [0]=>
    string(2) "a1"
    [1]=>
    string(1) "b"
  }
  ["l"]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    string(1) "b"
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    string(1) "b"
  }
  ["d"]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    string(0) ""
  }
  [2]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    string(0) ""
  }
}
int(0)
array(2) {
  [0]=>
  array(0) {
  }
  [1]=>
  array(0) {
  }
}
int(2)
array(3) {
  [0]=>
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
      string(1) "a"
      [1]=>
      int(2)
    }
  }
  [1]=>
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
      string(1) "a"
      [1]=>
      int(2)
    }
  }
  [2]=>
  array(2) {
    [0]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(-1)
    }
    [1]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(-1)
    }
  }
}
int(1)
array(3) {
  [0]=>
  array(1) {
    [0]=>
    string(1) "a"
  }
  [1]=>
  array(1) {
    [0]=>
    string(1) "a"
  }
  [2]=>
  array(1) {
    [0]=>
    NULL
  }
}
int(3)
int(2)
array(1) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "2"
    [1]=>
    string(1) "3"
  }
}
