--TEST--
preg_match_all: PREG_SET_ORDER and flag errors
--FILE--
<?php
var_dump(preg_match_all('/(\w)(\d)?/', 'a1 b c3', $m, PREG_SET_ORDER), $m);
var_dump(preg_match_all('/(?<k>\w+)=(?<v>\w*)/', 'a=1 b= c=3', $m, PREG_SET_ORDER | PREG_OFFSET_CAPTURE), $m);
var_dump(preg_match_all('/x/', 'abc', $m, PREG_SET_ORDER), $m);
try { preg_match_all('/a/', 'a', $m, PREG_SET_ORDER | PREG_PATTERN_ORDER); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { preg_match_all('/a/', 'a', $m, 5); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(3)
array(3) {
  [0]=>
  array(3) {
    [0]=>
    string(2) "a1"
    [1]=>
    string(1) "a"
    [2]=>
    string(1) "1"
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    string(1) "b"
  }
  [2]=>
  array(3) {
    [0]=>
    string(2) "c3"
    [1]=>
    string(1) "c"
    [2]=>
    string(1) "3"
  }
}
int(3)
array(3) {
  [0]=>
  array(5) {
    [0]=>
    array(2) {
      [0]=>
      string(3) "a=1"
      [1]=>
      int(0)
    }
    ["k"]=>
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
      int(0)
    }
    ["v"]=>
    array(2) {
      [0]=>
      string(1) "1"
      [1]=>
      int(2)
    }
    [2]=>
    array(2) {
      [0]=>
      string(1) "1"
      [1]=>
      int(2)
    }
  }
  [1]=>
  array(5) {
    [0]=>
    array(2) {
      [0]=>
      string(2) "b="
      [1]=>
      int(4)
    }
    ["k"]=>
    array(2) {
      [0]=>
      string(1) "b"
      [1]=>
      int(4)
    }
    [1]=>
    array(2) {
      [0]=>
      string(1) "b"
      [1]=>
      int(4)
    }
    ["v"]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(6)
    }
    [2]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(6)
    }
  }
  [2]=>
  array(5) {
    [0]=>
    array(2) {
      [0]=>
      string(3) "c=3"
      [1]=>
      int(7)
    }
    ["k"]=>
    array(2) {
      [0]=>
      string(1) "c"
      [1]=>
      int(7)
    }
    [1]=>
    array(2) {
      [0]=>
      string(1) "c"
      [1]=>
      int(7)
    }
    ["v"]=>
    array(2) {
      [0]=>
      string(1) "3"
      [1]=>
      int(9)
    }
    [2]=>
    array(2) {
      [0]=>
      string(1) "3"
      [1]=>
      int(9)
    }
  }
}
int(0)
array(0) {
}
preg_match_all(): Argument #4 ($flags) must be a PREG_* constant
preg_match_all(): Argument #4 ($flags) must be a PREG_* constant
