--TEST--
foreach compiled to closures keeps snapshots, references left behind, fall-backs for objects, generators and non-arrays, break/continue levels, goto and destructor timing
--FILE--
<?php
// foreach compiled to closures: packed and hash arrays, keys, by value and by reference,
// modifications inside the loop, references left behind, objects, generators, non-arrays,
// break/continue levels, return, goto, destructor timing.
class D { public function __construct(public int $n) {} public function __destruct() { echo "d{$this->n} "; } }
function show($label, $v) { echo $label, ": ", json_encode($v), "\n"; }

// By value over a packed list and a hash, with and without keys.
$list = [10, 20, 30];
foreach ($list as $v) { echo $v, " "; }
foreach ($list as $k => $v) { echo "$k=$v "; }
$map = ['a' => 1, 'b' => 2, 5 => 'x', 'c' => [1, 2]];
foreach ($map as $k => $v) { echo $k, "=", json_encode($v), " "; }
echo "\n";
// A hash with holes.
$h = [1, 2, 3, 4, 5];
unset($h[1], $h[3]);
foreach ($h as $k => $v) { echo "$k:$v "; }
echo "\n";

// The snapshot: changes to the array inside a by-value loop are not seen by the loop.
$a = [1, 2, 3];
foreach ($a as $k => $v) {
    if ($k == 0) { $a[] = 99; $a[1] = 50; unset($a[2]); }
    echo $v, " ";
}
show("after snapshot loop", $a);
// Reassigning the iterated variable inside the loop.
$b = ['x' => 1, 'y' => 2];
foreach ($b as $v) { $b = 'gone'; echo $v, " "; }
show("b", $b);

// By reference: modifications, elements appended during the loop are visited.
$r = [1, 2, 3];
foreach ($r as $k => &$v) {
    $v *= 10;
    if ($k == 1) { $r[] = 4; }
}
show("by ref", $r);
// The reference left behind: a later by-value loop over the same variable writes the last
// element through it.
foreach ($r as $v) {}
show("after second loop", $r);
unset($v);
// By reference over a hash, removing an element ahead of the loop.
$hr = ['a' => 1, 'b' => 2, 'c' => 3];
foreach ($hr as $k => &$v) {
    if ($k === 'a') { unset($hr['b']); }
    $v = "$k$v";
}
unset($v);
show("hash by ref", $hr);
// By reference over a variable that is itself a reference, and over a copy-on-write share.
$src = [1, 2];
$alias = &$src;
$copy = $src;
foreach ($alias as &$v) { $v += 100; }
unset($v);
show("alias", [$src, $copy]);
// By reference over null, an undefined variable, a scalar (the general path).
$n = null;
foreach ($n as &$v) { echo "never"; }
foreach ($undefinedVar as &$v) { echo "never"; }
$s = 5;
foreach ($s as &$v) { echo "never"; }
show("n", $n);

// Non-array values by value warn.
foreach (null as $v) {}
foreach (42 as $k => $v) {}
foreach ("str" as $v) {}
foreach ($missing as $v) {}
echo "\n";

// Objects and generators go to the general path.
$o = new stdClass; $o->p = 1; $o->q = 2;
foreach ($o as $k => $v) { echo "$k=$v "; }
function gen() { yield 'a' => 1; yield 'b' => 2; }
foreach (gen() as $k => $v) { echo "$k=$v "; }
class It implements IteratorAggregate {
    public function getIterator(): Iterator { return (function () { yield 7; yield 8; })(); }
}
foreach (new It as $k => $v) { echo "$k=$v "; }
$missingKey = [];
foreach ($missingKey['x'] as &$v) {}
unset($v);
var_dump($missingKey);
echo "\n";

// break/continue levels through nested compiled loops, return from inside.
function nested() {
    $out = [];
    foreach ([1, 2, 3] as $i) {
        foreach (['a' => 1, 'b' => 2, 'c' => 3] as $k => $j) {
            if ($j == 2) { continue; }
            if ($i == 2) { continue 2; }
            if ($i == 3 && $j == 3) { break 2; }
            $out[] = "$i$k";
        }
        $out[] = "end$i";
    }
    foreach ([1, 2, 3] as $i) {
        for ($x = 0; $x < 3; $x++) {
            if ($x == 1) { break; }
            $out[] = "f$i$x";
        }
        while (true) { if ($i == 2) { break 2; } break; }
    }
    return implode(",", $out);
}
echo nested(), "\n";
function find($arr, $want) {
    foreach ($arr as $k => &$v) {
        if ($v === $want) { return $k; }
    }
    return null;
}
var_dump(find(['x' => 1, 'y' => 2], 2), find([1], 9));
// goto inside the body and out of the loop.
foreach ([1, 2, 3] as $v) {
    if ($v == 2) { goto skip; }
    echo "v$v ";
    skip:
    if ($v == 3) { goto done; }
}
done:
echo "\n";

// Keys and values assigned to locals holding references write through them.
$target = 0;
$key = 0;
$kref = &$key;
$vref = &$target;
foreach (['p' => 'q'] as $kref => $vref) {}
var_dump($key, $target);
// List values and non-local places take the general path.
foreach ([[1, 2], [3, 4]] as [$x, $y]) { echo $x + $y, " "; }
$obj = new stdClass;
foreach ([5, 6] as $obj->last) {}
$arr2 = [];
foreach (['u' => 1] as $arr2['k'] => $arr2['v']) {}
echo $obj->last, " ", json_encode($arr2), "\n";

// Destructors: the value replaced on each iteration is released before the next body.
foreach ([new D(1), new D(2)] as $d) { echo "body{$d->n} "; }
unset($d);
echo "\n";
$objs = [new D(3), new D(4)];
foreach ($objs as $k => &$d) { echo "ref{$d->n} "; }
unset($d);
$objs = null;
echo "\n";
// Undefined variables in the body still warn with the right line.
foreach ([1] as $v) { echo $undef1 + $v, "\n"; }
$total = 0;
foreach ([1, 2.5, "3", null] as $v) { $total += $v; }
var_dump($total);
--EXPECTF--
10 20 30 0=10 1=20 2=30 a=1 b=2 5="x" c=[1,2] 
0:1 2:3 4:5 
1 2 3 after snapshot loop: {"0":1,"1":50,"3":99}
1 2 b: "gone"
by ref: [10,20,30,40]
after second loop: [10,20,30,30]
hash by ref: {"a":"a1","c":"c3"}
alias: [[101,102],[1,2]]

Warning: foreach() argument must be of type array|object, null given in %s on line 62

Warning: Undefined variable $undefinedVar in %s on line 63

Warning: foreach() argument must be of type array|object, null given in %s on line 63

Warning: foreach() argument must be of type array|object, int given in %s on line 65
n: null

Warning: foreach() argument must be of type array|object, null given in %s on line 69

Warning: foreach() argument must be of type array|object, int given in %s on line 70

Warning: foreach() argument must be of type array|object, string given in %s on line 71

Warning: Undefined variable $missing in %s on line 72

Warning: foreach() argument must be of type array|object, null given in %s on line 72

p=1 q=2 a=1 b=2 0=7 1=8 
Warning: foreach() argument must be of type array|object, null given in %s on line 85
array(1) {
  ["x"]=>
  NULL
}

1a,1c,end1,3a,f10,f20
string(1) "y"
NULL
v1 v3 
string(1) "p"
string(1) "q"
3 7 6 {"v":1,"k":"u"}
body1 body2 d1 d2 
ref3 ref4 d3 d4 

Warning: Undefined variable $undef1 in %s on line 154
1
float(6.5)
