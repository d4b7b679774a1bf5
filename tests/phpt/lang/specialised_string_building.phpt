--TEST--
compile-time specialised string building (.=, concatenation, interpolation) falls back to the general semantics
--FILE--
<?php
// String building specialised at compile time, and its fall-backs to the general path.
class D { public function __construct(public string $n) {} public function __destruct() { echo "destroy {$this->n}\n"; } }
function f() {
    $s = "";
    for ($i = 0; $i < 3; $i++) {
        $s .= "item $i; ";
        $s .= 'x' . $i . '-' . ($i * 2) . ",";
    }
    var_dump($s);
    $f = 1.5;
    $s .= "f=$f " . $f . ' ' . (0.1 + 0.2);          // floats: precision-dependent text
    var_dump($s);
    ini_set('precision', '5');
    $p = 3.14159265;
    $t = "p=" . $p;
    var_dump($t);
    ini_set('precision', '14');
    $n = null; $b = true; $c = false;
    $t = "[" . $n . "|" . $b . "|" . $c . "]";
    var_dump($t);
    $t = "u=" . $undef . "!";                        // undefined variable warning
    var_dump($t);
    $s2 = "ab";
    $s2 .= $s2 . "c";                                // reads itself
    var_dump($s2);
    $s3 = "q";
    $s3 .= "r" . $s3 . "s";
    var_dump($s3);
    $shared = "base";
    $copy = $shared;
    $copy .= "-more " . 5;
    var_dump($shared, $copy);
    $r = "ref";
    $alias = &$r;
    $alias .= "+" . 1;
    $r .= "!" . 2;
    var_dump($r, $alias);
    $x = 10;
    $x .= "a" . 1;                                   // int target becomes a string
    var_dump($x);
    $arr = [1];
    try { $arr .= "z" . 1; } catch (Throwable $e) { echo get_class($e), "\n"; }
    var_dump($arr);
    $o = new D("old");
    $o = "new " . 1;                                 // the old object is destroyed here
    echo "after\n";
    var_dump($o);
    $big = PHP_INT_MAX;
    $m = PHP_INT_MIN;
    var_dump("$big/$m/" . ($big + 1) . "/" . -$m . "/" . (7 % 3));
    $k = "k" . ((7919 * 3) % 5003);
    var_dump($k);
    $u = "a";
    $u .= $u;
    var_dump($u);
    $v = "v";
    $v .= $undef2;                                   // warning, unchanged
    var_dump($v);
    $w = "w";
    $w .= "i=$i, " . $undef3 . ".";
    var_dump($w);
}
f();
$g = "";
for ($i = 0; $i < 4; $i++) { $g .= "<$i>"; }
echo $g, "\n";
function h() { global $g; $g .= "|" . 5; $g .= "{$g}"; }
h();
echo $g, "\n";
--EXPECTF--
string(39) "item 0; x0-0,item 1; x1-2,item 2; x2-4,"
string(52) "item 0; x0-0,item 1; x1-2,item 2; x2-4,f=1.5 1.5 0.3"
string(8) "p=3.1416"
string(5) "[|1|]"

Warning: Undefined variable $undef in %s on line 22
string(3) "u=!"
string(5) "ababc"
string(4) "qrqs"
string(4) "base"
string(11) "base-more 5"
string(7) "ref+1!2"
string(7) "ref+1!2"
string(4) "10a1"

Warning: Array to string conversion in %s on line 43
string(7) "Arrayz1"
destroy old
after
string(5) "new 1"
string(82) "9223372036854775807/-9223372036854775808/9.2233720368548E+18/9.2233720368548E+18/1"
string(5) "k3745"
string(2) "aa"

Warning: Undefined variable $undef2 in %s on line 58
string(1) "v"

Warning: Undefined variable $undef3 in %s on line 61
string(7) "wi=3, ."
<0><1><2><3>
<0><1><2><3>|5<0><1><2><3>|5
