--TEST--
Direct method calls: returned values taken after the frame is popped, argument handles released, destructor timing
--FILE--
<?php
class D {
    public function __construct(public string $n) {}
    public function __destruct() { echo "~{$this->n}\n"; }
}
class K {
    public function take(D $d): int { echo "in take {$d->n}\n"; return 1; }
    public function keep(D $d): D { return $d; }
    public function fresh(): D { $t = new D("tmp"); return new D("ret"); }
    public function me(): static { return $this; }
    public function nothing(): void { $x = new D("local"); }
    public function untyped() { $a = new D("a"); $b = new D("b"); return $b; }
    public function two(D $x, D $y) { echo "two\n"; }
    public function &byRef() { static $v = 5; return $v; }
    public function bad(): int { return "12"; }
    public function worse(): int { return "x"; }
}
$k = new K;
$d = new D("shared");
echo $k->take($d), "\n";
echo $k->take(new D("temp")), "\n";
echo "after temp\n";
$e = $k->keep(new D("kept"));
echo "kept held\n";
unset($e);
echo "--\n";
$r = $k->fresh();
echo "fresh done\n";
var_dump($k->me() === $k);
$k->nothing();
echo "nothing done\n";
$u = $k->untyped();
echo "untyped {$u->n}\n";
$k->two($d, new D("second"));
echo "two done\n";
$k->two(new D("first"), $d);
echo "two again\n";
$x = &$k->byRef();
$x++;
var_dump($k->byRef());
var_dump($k->bad());
try { $k->worse(); } catch (TypeError $t) { echo $t->getMessage(), "\n"; }
for ($i = 0; $i < 3; $i++) { $d = $k->keep(new D("loop$i")); }
echo "end\n";
--EXPECTF--
in take shared
1
in take temp
~temp
1
after temp
kept held
~kept
--
~tmp
fresh done
bool(true)
~local
nothing done
~a
untyped b
two
~second
two done
two
~first
two again
int(6)
int(12)
K::worse(): Return value must be of type int, string returned
~shared
~loop0
~loop1
end
~b
~ret
~loop2
