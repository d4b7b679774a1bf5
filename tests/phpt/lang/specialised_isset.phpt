--TEST--
compile-time specialised isset($a[$k]) falls back to the general semantics
--FILE--
<?php
// isset($a[$k]) specialised at compile time, and its fall-backs.
function f() {
    $a = ['x' => 1, 'n' => null, 5 => 0, '7' => 'seven', 'f' => false, 'e' => ''];
    foreach (['x', 'n', 5, '5', 7, '7', 'f', 'e', 'missing', 9] as $k) {
        var_dump(isset($a[$k]));
    }
    var_dump(isset($a['x']), isset($a['n']), isset($a[5]), isset($a[2 + 3]), isset($a[1 + 1]));
    $fk = 5.0;
    var_dump(isset($a[$fk]));                  // float key: general path
    $bk = true;
    var_dump(isset($a[$bk]));
    $nk = null;
    var_dump(isset($a[$nk]));
    var_dump(isset($a[$undefk]));              // undefined key variable
    var_dump(isset($undefarr['x']));
    $s = "hello";
    $i = 1;
    var_dump(isset($s[$i]), isset($s[10]), isset($s['x']));
    $v = 1;
    $a['r'] = &$v;
    var_dump(isset($a['r']));
    $v = null;
    var_dump(isset($a['r']));
    $n = null;
    var_dump(isset($n['x']));
    $list = [10, 20, 30];
    var_dump(isset($list[0]), isset($list[3]), isset($list[-1]), !isset($list[1]));
    if (isset($list[2])) { echo "has 2\n"; }
    if (!isset($list[4])) { echo "no 4\n"; }
    return isset($list[1]) && !isset($list[7]);
}
var_dump(f());
--EXPECTF--
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)

Warning: Undefined variable $undefk in %s on line 15
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
has 2
no 4
bool(true)
