--TEST--
Compound assignment and ++/-- on nested elements warn like PHP's read-write fetch
--FILE--
<?php
// Compound assignment and ++/-- on nested elements: PHP's read-write fetch diagnostics.
$g = [];
$g[5][0] += 1;
$g[5][0] += 1;
$h['a']['b'] .= "x";
$k = [1];
$k[3][1]++;
--$k[4]['z'];
var_dump($g, $h, $k);
$n = null;
$n[1] .= "a";
$f = ['x' => false];
$f['x'][1]++;
var_dump($n, $f);
function f($x) { echo "f$x\n"; return $x; }
$m = [];
$m[f(1)][f(2)] += f(3);
$z = [1 => [2 => 5]];
$z[1][2.5] += 1;
$z[1][3.5] -= 1;
var_dump($m, $z);
$s = ['x' => 'abc'];
try { $s['x'][0]++; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $s['x'][0][1] += 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $s['x']['y'][1] *= 2; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$t = 'abc';
try { $t[0] .= 'x'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$w = [true, 1.5];
try { $w[0][1] += 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $w[1][1]++; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($s, $t, $w);
class C { public $a; public static $s = []; public $list = [];
  function bump() { $this->list['n'][] = 1; $this->list['c']['d'] += 2; return $this->list; } }
$o = new C;
$o->a[1][2] += 1;
$o->b['q'] ??= 4;
C::$s['x']['y'] .= 'z';
var_dump($o, C::$s, $o->bump());
$r = [];
$ref = &$r['p'];
$r['p']['q'] += 7;
var_dump($r);
$name = 'vv';
$$name['k'] += 1;
var_dump($vv);
$u[1][2] += 3;
var_dump($u);
--EXPECTF--

Warning: Undefined array key 5 in %s on line 4

Warning: Undefined array key 0 in %s on line 4

Warning: Undefined variable $h in %s on line 6

Warning: Undefined array key "a" in %s on line 6

Warning: Undefined array key "b" in %s on line 6

Warning: Undefined array key 3 in %s on line 8

Warning: Undefined array key 1 in %s on line 8

Warning: Undefined array key 4 in %s on line 9

Warning: Undefined array key "z" in %s on line 9
array(1) {
  [5]=>
  array(1) {
    [0]=>
    int(2)
  }
}
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    string(1) "x"
  }
}
array(3) {
  [0]=>
  int(1)
  [3]=>
  array(1) {
    [1]=>
    int(1)
  }
  [4]=>
  array(1) {
    ["z"]=>
    NULL
  }
}

Warning: Undefined array key 1 in %s on line 12

Deprecated: Automatic conversion of false to array is deprecated in %s on line 14

Warning: Undefined array key 1 in %s on line 14
array(1) {
  [1]=>
  string(1) "a"
}
array(1) {
  ["x"]=>
  array(1) {
    [1]=>
    int(1)
  }
}
f1
f2
f3

Warning: Undefined array key 1 in %s on line 18

Warning: Undefined array key 2 in %s on line 18

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 20

Deprecated: Implicit conversion from float 3.5 to int loses precision in %s on line 21

Warning: Undefined array key 3 in %s on line 21
array(1) {
  [1]=>
  array(1) {
    [2]=>
    int(3)
  }
}
array(1) {
  [1]=>
  array(2) {
    [2]=>
    int(6)
    [3]=>
    int(-1)
  }
}
Error: Cannot increment/decrement string offsets
Error: Cannot use string offset as an array
TypeError: Cannot access offset of type string on string
Error: Cannot use assign-op operators with string offsets
Error: Cannot use a scalar value as an array
Error: Cannot use a scalar value as an array
array(1) {
  ["x"]=>
  string(3) "abc"
}
string(3) "abc"
array(2) {
  [0]=>
  bool(true)
  [1]=>
  float(1.5)
}

Warning: Undefined array key 1 in %s on line 36

Warning: Undefined array key 2 in %s on line 36

Deprecated: Creation of dynamic property C::$b is deprecated in %s on line 37

Warning: Undefined array key "x" in %s on line 38

Warning: Undefined array key "y" in %s on line 38

Warning: Undefined array key "c" in %s on line 34

Warning: Undefined array key "d" in %s on line 34
object(C)#1 (3) {
  ["a"]=>
  array(1) {
    [1]=>
    array(1) {
      [2]=>
      int(1)
    }
  }
  ["list"]=>
  array(2) {
    ["n"]=>
    array(1) {
      [0]=>
      int(1)
    }
    ["c"]=>
    array(1) {
      ["d"]=>
      int(2)
    }
  }
  ["b"]=>
  array(1) {
    ["q"]=>
    int(4)
  }
}
array(1) {
  ["x"]=>
  array(1) {
    ["y"]=>
    string(1) "z"
  }
}
array(2) {
  ["n"]=>
  array(1) {
    [0]=>
    int(1)
  }
  ["c"]=>
  array(1) {
    ["d"]=>
    int(2)
  }
}

Warning: Undefined array key "q" in %s on line 42
array(1) {
  ["p"]=>
  &array(1) {
    ["q"]=>
    int(7)
  }
}

Warning: Undefined variable $vv in %s on line 45

Warning: Undefined array key "k" in %s on line 45
array(1) {
  ["k"]=>
  int(1)
}

Warning: Undefined variable $u in %s on line 47

Warning: Undefined array key 1 in %s on line 47

Warning: Undefined array key 2 in %s on line 47
array(1) {
  [1]=>
  array(1) {
    [2]=>
    int(3)
  }
}
