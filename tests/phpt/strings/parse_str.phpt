--TEST--
parse_str into nested arrays
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
parse_str("a=1&b=x+y&c=%41", $r); var_dump($r);
parse_str("arr[]=1&arr[]=2&m[k]=v&m[n][o]=deep&m[]=push", $r); var_dump($r);
parse_str("a.b=1&c d=2& e=3&f[g.h]=4&i[=5&j[k=6&l]=7", $r); var_dump($r);
parse_str("", $r); var_dump($r);
parse_str("x&y=&=z&&w=1=2", $r); var_dump($r);
parse_str("a[b][c=1&n[1]=one&n[01]=two&d[]=1&d=2", $r); var_dump($r);
?>
--EXPECT--
array(3) {
  ["a"]=>
  string(1) "1"
  ["b"]=>
  string(3) "x y"
  ["c"]=>
  string(1) "A"
}
array(2) {
  ["arr"]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    string(1) "2"
  }
  ["m"]=>
  array(3) {
    ["k"]=>
    string(1) "v"
    ["n"]=>
    array(1) {
      ["o"]=>
      string(4) "deep"
    }
    [0]=>
    string(4) "push"
  }
}
array(7) {
  ["a_b"]=>
  string(1) "1"
  ["c_d"]=>
  string(1) "2"
  ["e"]=>
  string(1) "3"
  ["f"]=>
  array(1) {
    ["g.h"]=>
    string(1) "4"
  }
  ["i_"]=>
  string(1) "5"
  ["j_k"]=>
  string(1) "6"
  ["l]"]=>
  string(1) "7"
}
array(0) {
}
array(3) {
  ["x"]=>
  string(0) ""
  ["y"]=>
  string(0) ""
  ["w"]=>
  string(3) "1=2"
}
array(3) {
  ["a"]=>
  array(1) {
    ["b"]=>
    string(1) "1"
  }
  ["n"]=>
  array(2) {
    [1]=>
    string(3) "one"
    ["01"]=>
    string(3) "two"
  }
  ["d"]=>
  string(1) "2"
}
