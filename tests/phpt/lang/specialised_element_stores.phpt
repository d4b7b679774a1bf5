--TEST--
compile-time specialised element stores ($a[k] = v; $a[] = v;) fall back to the general semantics
--FILE--
<?php
// `$a[k] = v;` / `$a[] = v;` statements specialised at compile time, and their fall-backs.
class D { public function __construct(public int $n) {} public function __destruct() { echo "destroy {$this->n}\n"; } }
function f() {
    $a = [];
    for ($i = 0; $i < 4; $i++) {
        $a[] = $i * 3;
        $a["k$i"] = 'v' . $i;
    }
    $a[10] = 1.5;
    $a[] = "next";
    $a['s'] = null;
    $a['t'] = [1, 2];
    $x = "copy";
    $a['x'] = $x;
    $a[-5] = true;
    $a["7"] = 'seven';              // normalised to int key 7
    $a["07"] = 'zero seven';
    var_dump($a);
    $a[$undef] = 1;                 // warning, key ""
    $fk = 2.7;
    $a[$fk] = 'float key';          // truncated (deprecation)
    $bk = true;
    $a[$bk] = 'bool key';
    $nk = null;
    $a[$nk] = 'null key';
    var_dump($a[""], $a[2], $a[1]);
    $b = $a;                        // copy-on-write
    $b[] = 'only b';
    var_dump(count($a), count($b));
    $self = [1];
    $self[] = $self;
    var_dump($self);
    $r = 5;
    $arr = ['r' => 0];
    $arr['r'] = &$r;
    $arr['r'] = 6;                  // through the element reference
    var_dump($r);
    $ref = [1];
    $alias = &$ref;
    $alias[] = 2;
    $ref[] = 3;
    var_dump($ref);
    $n = null;
    $n[] = 'autoviv';
    var_dump($n);
    $u[] = 'undefined var';
    var_dump($u);
    $str = "abc";
    $str[1] = 'X';
    var_dump($str);
    try { $str[] = 'y'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    $int = 5;
    try { $int[] = 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    $false = false;
    $false[] = 1;
    var_dump($false);
    $max = [PHP_INT_MAX => 1];
    try { $max[] = 2; } catch (Error $e) { echo $e->getMessage(), "\n"; }
    $objs = ['o' => new D(1)];
    $objs['o'] = 'replaced';        // destructor runs here
    echo "after replace\n";
    $objs[] = new D(2);
    $objs[] = $objs[0] ?? null;
    echo "end\n";
}
f();
$g = [];
for ($i = 0; $i < 3; $i++) { $g[] = $i; $g["x$i"] = "y$i"; }
echo json_encode($g), "\n";
--EXPECTF--
array(16) {
  [0]=>
  int(0)
  ["k0"]=>
  string(2) "v0"
  [1]=>
  int(3)
  ["k1"]=>
  string(2) "v1"
  [2]=>
  int(6)
  ["k2"]=>
  string(2) "v2"
  [3]=>
  int(9)
  ["k3"]=>
  string(2) "v3"
  [10]=>
  float(1.5)
  [11]=>
  string(4) "next"
  ["s"]=>
  NULL
  ["t"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["x"]=>
  string(4) "copy"
  [-5]=>
  bool(true)
  [7]=>
  string(5) "seven"
  ["07"]=>
  string(10) "zero seven"
}

Warning: Undefined variable $undef in %s on line 20

Deprecated: Implicit conversion from float 2.7 to int loses precision in %s on line 22
string(8) "null key"
string(9) "float key"
string(8) "bool key"
int(17)
int(18)
array(2) {
  [0]=>
  int(1)
  [1]=>
  array(1) {
    [0]=>
    int(1)
  }
}
int(6)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(1) {
  [0]=>
  string(7) "autoviv"
}
array(1) {
  [0]=>
  string(13) "undefined var"
}
string(3) "aXc"
Error: [] operator not supported for strings
Error: Cannot use a scalar value as an array

Deprecated: Automatic conversion of false to array is deprecated in %s on line 56
array(1) {
  [0]=>
  int(1)
}
Cannot add element to the array as the next element is already occupied
destroy 1
after replace
end
destroy 2
{"0":0,"x0":"y0","1":1,"x1":"y1","2":2,"x2":"y2"}
