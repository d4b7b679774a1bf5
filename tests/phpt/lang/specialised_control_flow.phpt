--TEST--
if/while/for compiled to closures keep break/continue levels, return, goto, destructor timing and condition juggling
--FILE--
<?php
// if/while/for run as compiled closures: break/continue levels, return, goto, pending
// destructors, conditions falling back to the general path.
class D { public function __construct(public int $n) {} public function __destruct() { echo "d{$this->n} "; } }
function loops() {
    $out = [];
    for ($i = 0; $i < 5; $i++) {
        for ($j = 0; $j < 5; $j++) {
            if ($j == 1) { continue; }
            if ($j == 3) { continue 2; }
            if ($i == 3) { break 2; }
            $out[] = "$i$j";
        }
    }
    echo implode(",", $out), "\n";
    $k = 0;
    while ($k < 10) {
        $k++;
        if ($k % 2) { continue; } elseif ($k == 8) { break; } else { echo $k; }
    }
    echo "\n";
    $n = 0;
    while (true) {
        while ($n < 100) {
            $n += 7;
            if ($n > 30) { break 2; }
        }
    }
    echo $n, "\n";
    for ($i = 0, $j = 10; $i < $j; $i += 2, $j--) { echo "$i-$j "; }
    echo "\n";
    for ($i = 0; ; $i++) { if ($i > 3) break; echo $i; }
    echo "\n";
    for ($i = 0, print "init "; (print "cond ") && $i < 2; $i++, print "step ") { echo "[$i] "; }
    echo "\n";
    $i = PHP_INT_MAX - 2;
    for (; $i > 0; $i++) { echo "."; if ($i < 0) break; if ($i == PHP_INT_MAX) { $i = -10; } }
    var_dump($i);
    $f = 0.5;
    for ($x = 0.0; $x < 2; $x += $f) { echo $x, " "; }
    echo "\n";
    $s = "3";
    for ($q = "0"; $q < $s; $q++) { echo gettype($q), $q, " "; }
    echo "\n";
}
loops();
function ret($m) {
    for ($i = 0; $i < 10; $i++) {
        while (true) {
            if ($i == $m) { return "ret $i"; }
            break;
        }
    }
    return "none";
}
echo ret(4), " ", ret(20), "\n";
function gotos() {
    $i = 0;
    loop:
    if ($i < 3) {
        echo "g$i ";
        $i++;
        goto loop;
    }
    if ($i == 3) {
        goto inside;
    }
    echo "skipped ";
    if (false) {
        inside:
        echo "inside ";
    }
    for ($j = 0; $j < 3; $j++) {
        if ($j == 1) { goto next; }
        echo "j$j ";
        next:
        echo "n$j ";
    }
    while ($i < 6) {
        $i++;
        if ($i == 5) goto out;
    }
    out:
    echo "out$i\n";
}
gotos();
function dtors() {
    for ($i = 0; $i < 3; $i++) {
        $o = new D($i);
        if ($i == 1) { $o = null; echo "null "; }
    }
    echo "end ";
}
dtors();
echo "\n";
function conds() {
    $u = 0;
    if ($undef > 0) { echo "no"; } else { echo "warned\n"; }
    $a = "10";
    $b = 9;
    if ($a > $b) { echo "string compare\n"; }
    while ($u < "2") { $u++; }
    var_dump($u);
    if ("abc" == 0) { echo "yes\n"; } else { echo "no\n"; }
    $arr = [1, 2];
    if ($arr) { echo "array truthy\n"; }
    if (null) { echo "x"; } elseif (0.0) { echo "y"; } elseif ("0") { echo "z"; } else { echo "else\n"; }
}
conds();
--EXPECTF--
00,02,10,12,20,22
246
35
0-10 2-9 4-8 6-7 
0123
init cond [0] step cond [1] step cond 
...int(-9)
0 0.5 1 1.5 
string0 integer1 integer2 
ret 4 none
g0 g1 g2 inside j0 n0 n1 j2 n2 out5
d0 d1 null end d2 

Warning: Undefined variable $undef in %s on line 98
warned
string compare
int(2)
no
array truthy
else
