--TEST--
Compiled loops whose body is one nested loop, two compiled statements or more: break/continue levels, goto out of the loop, return, exceptions, destructor timing, general fall-backs
--FILE--
<?php
// Loop bodies of one nested loop, two compiled statements or more compiled statements:
// break/continue levels, goto out of the loop, return, exceptions, destructor timing.
class E { public function __construct(public int $n) {} public function __destruct() { echo "~{$this->n} "; } }
function bodies($stop) {
    $t = 0;
    for ($i = 0; $i < 4; $i++) {
        for ($j = 0; $j < 4; $j++) {
            if ($j == 2) continue 2;
            $t += $i * 10 + $j;
        }
    }
    echo "t=$t\n";
    $k = 0;
    $s = 0;
    while ($k < 10) {
        $k++;
        if ($k == $stop) break;
    }
    echo "k=$k\n";
    $a = 0;
    $b = 1;
    for ($i = 0; $i < 20; $i++) {
        $a = $a + $b;
        $b = $a - $b;
        if ($a > 50) { break; }
        $s += $a;
    }
    echo "a=$a b=$b s=$s i=$i\n";
    for ($i = 0; $i < 3; $i++) {
        $x = $i * 2;
        while (true) {
            $x++;
            if ($x > 3) break 2;
            continue 2;
        }
    }
    echo "x=$x i=$i\n";
    $n = 0;
    while ($n < 100) {
        $n += 3;
        $m = $n % 7;
        if ($m == 5) goto out;
        $n++;
    }
    out:
    echo "n=$n m=$m\n";
}
bodies(4);
bodies(20);
function ret3() {
    $v = 1;
    for ($i = 0; $i < 10; $i++) {
        $v *= 3;
        $v -= 1;
        if ($v > 100) return "v=$v i=$i";
    }
    return "none";
}
echo ret3(), "\n";
function throws($d) {
    $q = 0;
    try {
        for ($i = 5; $i > 0; $i--) {
            $q += 1;
            $q = $q % ($i - $d);
            $q++;
        }
    } catch (DivisionByZeroError $e) {
        echo "caught at line ", $e->getLine(), " i=$i q=$q\n";
    }
}
throws(2);
throws(9);
function dtors() {
    $o = new E(1);
    for ($i = 0; $i < 2; $i++) {
        echo "[$i] ";
        $o = $i;
    }
    echo "\n";
    $p = new E(2);
    $c = 0;
    while ($c < 3) {
        $c++;
        $p = $c;
        echo "c$c ";
    }
    echo "\n";
}
dtors();
// An undefined variable and a string in two-statement and longer bodies.
function general() {
    for ($i = 0; $i < 2; $i++) {
        $u = $u + 1;
        $w = "$i" . "x";
    }
    echo "u=$u w=$w\n";
    $z = "5";
    for ($i = 0; $i < 3; $i++) {
        $z = $z * 2;
        $z .= "";
        $y = $z + 1;
    }
    var_dump($z, $y);
}
general();
--EXPECTF--
t=124
k=4
a=55 b=34 s=88 i=9
x=5 i=2
n=19 m=5
t=124
k=10
a=55 b=34 s=88 i=9
x=5 i=2
n=19 m=5
v=122 i=4
caught at line 66 i=2 q=2
[0] ~1 [1] 
~2 c1 c2 c3 

Warning: Undefined variable $u in %s on line 95
u=2 w=1x
string(2) "40"
int(41)
