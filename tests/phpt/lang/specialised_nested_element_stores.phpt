--TEST--
compile-time specialised $a[k0][k] = v; / $a[k0][] = v; statements and their fall-backs
--FILE--
<?php
// `$a[k0][k] = v;` and `$a[k0][] = v;` statements specialised at compile time, and their
// fall-backs to the general path.
class AA implements ArrayAccess {
    public array $d = [];
    public function offsetExists(mixed $o): bool { return isset($this->d[$o]); }
    public function offsetGet(mixed $o): mixed { echo "get $o\n"; return $this->d[$o] ?? null; }
    public function offsetSet(mixed $o, mixed $v): void { echo "set ", var_export($o, true), "\n"; $this->d[$o ?? count($this->d)] = $v; }
    public function offsetUnset(mixed $o): void {}
}
function grid() {
    $g = [];
    for ($y = 0; $y < 3; $y++) {
        for ($x = 0; $x < 3; $x++) {
            $g[$y][$x] = $x * 10 + $y;
        }
        $g[$y][] = "end$y";
        $g["r$y"]['s'] = 'x' . $y;
    }
    var_dump($g);
    $copy = $g;
    $row = $g[1];
    $g[1][0] = 'changed';
    $g[1][] = 'appended';
    var_dump($copy[1][0], $row, $g[1]);
    return $g;
}
$g = grid();

function odd() {
    $a = ['n' => null, 'f' => false, 's' => 'abc', 'e' => '', 'i' => 5, 'o' => new AA];
    $a['n']['k'] = 1;
    var_dump($a['n']);
    $a['f']['k'] = 2;
    var_dump($a['f']);
    $a['s'][1] = 'X';
    var_dump($a['s']);
    try {
        $a['e'][0] = 'Y';
        var_dump($a['e']);
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    try {
        $a['i'][0] = 1;
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    $a['o']['k'] = 3;
    $a['o'][] = 4;
    var_dump($a['o']->d);
    $r = [1, 2];
    $a['r'] = &$r;
    $a['r'][5] = 'via ref';
    $a['r'][] = 'next';
    var_dump($r);
    $m = [PHP_INT_MAX => 'max'];
    $a['m'] = $m;
    try {
        $a['m'][] = 'over';
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    $a['neg'][-5] = 'a';
    $a['neg'][] = 'b';
    var_dump($a['neg']);
    $k = 2.5;
    $a['fl'][$k] = 'float key';
    $t = true;
    $a['fl'][$t] = 'bool key';
    $a['fl'][$undef] = 'undef key';
    $a[$undef2]['x'] = 'outer undef';
    $a["3"]["07"] = 'numeric strings';
    var_dump($a['fl'], $a[''], $a[3]);
    $s = "str";
    $s2 = $s;
    $a['sv'][0] = $s;
    $a['sv'][1] = $a['sv'][0] . '!';
    var_dump($a['sv'], $s2);
}
odd();

function through_refs() {
    $l = [[1], [2]];
    foreach ($l as &$row) {
        $row[] = 9;
    }
    unset($row);
    $l[0][1] = 'set';
    $l[2][0] = 'new';
    var_dump($l);
    $z = 5;
    $z[0][1] = 1;
}
try {
    through_refs();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$u[1][2] = 'undefined outer';
var_dump($u);
--EXPECTF--
array(6) {
  [0]=>
  array(4) {
    [0]=>
    int(0)
    [1]=>
    int(10)
    [2]=>
    int(20)
    [3]=>
    string(4) "end0"
  }
  ["r0"]=>
  array(1) {
    ["s"]=>
    string(2) "x0"
  }
  [1]=>
  array(4) {
    [0]=>
    int(1)
    [1]=>
    int(11)
    [2]=>
    int(21)
    [3]=>
    string(4) "end1"
  }
  ["r1"]=>
  array(1) {
    ["s"]=>
    string(2) "x1"
  }
  [2]=>
  array(4) {
    [0]=>
    int(2)
    [1]=>
    int(12)
    [2]=>
    int(22)
    [3]=>
    string(4) "end2"
  }
  ["r2"]=>
  array(1) {
    ["s"]=>
    string(2) "x2"
  }
}
int(1)
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(11)
  [2]=>
  int(21)
  [3]=>
  string(4) "end1"
}
array(5) {
  [0]=>
  string(7) "changed"
  [1]=>
  int(11)
  [2]=>
  int(21)
  [3]=>
  string(4) "end1"
  [4]=>
  string(8) "appended"
}
array(1) {
  ["k"]=>
  int(1)
}

Deprecated: Automatic conversion of false to array is deprecated in %s on line 34
array(1) {
  ["k"]=>
  int(2)
}
string(3) "aXc"
string(1) "Y"
Error: Cannot use a scalar value as an array
set 'k'
set NULL
array(2) {
  ["k"]=>
  int(3)
  [1]=>
  int(4)
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [5]=>
  string(7) "via ref"
  [6]=>
  string(4) "next"
}
Error: Cannot add element to the array as the next element is already occupied
array(2) {
  [-5]=>
  string(1) "a"
  [-4]=>
  string(1) "b"
}

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 68

Warning: Undefined variable $undef in %s on line 71

Warning: Undefined variable $undef2 in %s on line 72
array(3) {
  [2]=>
  string(9) "float key"
  [1]=>
  string(8) "bool key"
  [""]=>
  string(9) "undef key"
}
array(1) {
  ["x"]=>
  string(11) "outer undef"
}
array(1) {
  ["07"]=>
  string(15) "numeric strings"
}
array(2) {
  [0]=>
  string(3) "str"
  [1]=>
  string(4) "str!"
}
string(3) "str"
array(3) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    string(3) "set"
  }
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    int(9)
  }
  [2]=>
  array(1) {
    [0]=>
    string(3) "new"
  }
}
Error: Cannot use a scalar value as an array
array(1) {
  [1]=>
  array(1) {
    [2]=>
    string(15) "undefined outer"
  }
}
