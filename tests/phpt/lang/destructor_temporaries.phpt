--TEST--
Temporaries are destroyed mid-statement, as soon as the call that used them returns
--FILE--
<?php
// Objects without other references are destroyed as soon as the temporary holding them goes
// away, in the middle of the statement, and their handles are reused at once.
class D {
    public function __construct(public string $n) {}
    public function __destruct() { echo "~{$this->n}\n"; }
    public function m() { echo "m {$this->n}\n"; return $this->n; }
}
function f($x) { echo "f\n"; return 1; }
function g() { echo "g\n"; return 2; }
function mk($n) { return new D($n); }
echo f(new D('a')) + g(), "\n";
echo (new D('b'))->m() . g(), "\n";
var_dump([mk('c'), new stdClass][1]);
echo spl_object_id(new D('d')), " ", spl_object_id(new stdClass), "\n";
$o = new stdClass;
$o->d = new D('e');
$o->d = null; $o->e = new stdClass;
var_dump($o);
echo strlen(mk('f')->m()), "\n";
$list = [mk('g'), mk('h')];
array_shift($list);
var_dump(new stdClass);
echo "end\n";
--EXPECT--
f
~a
g
3
m b
~b
g
b2
~c
object(stdClass)#2 (0) {
}
~d
2 2
~e
object(stdClass)#2 (2) {
  ["d"]=>
  NULL
  ["e"]=>
  object(stdClass)#1 (0) {
  }
}
m f
~f
1
~g
object(stdClass)#3 (0) {
}
end
~h
