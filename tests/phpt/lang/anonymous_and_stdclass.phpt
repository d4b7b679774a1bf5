--TEST--
anonymous and stdclass
--FILE--
<?php
$o = new class(5) { public function __construct(public int $v) {} public function twice() { return $this->v * 2; } };
var_dump($o->twice(), $o instanceof stdClass);
$named = get_class($o);
var_dump(str_contains_x($named, "class@anonymous"));
function str_contains_x($h, $n) { return strlen($h) >= strlen($n) && substr_x($h, $n); }
function substr_x($h, $n) { for ($i = 0; $i + strlen($n) <= strlen($h); $i++) { $ok = true; for ($j = 0; $j < strlen($n); $j++) if ($h[$i + $j] !== $n[$j]) { $ok = false; break; } if ($ok) return true; } return false; }
interface Shape { public function area(): float; }
$sq = new class implements Shape { public function area(): float { return 4.0; } };
var_dump($sq instanceof Shape, $sq->area());
$s = new stdClass;
$s->a = 1;
$s->list[] = 'auto';
$s->{'weird key'} = true;
var_dump($s, isset($s->a), isset($s->zz));
unset($s->a);
var_dump($s);
$a = (object)[];
$b = (object)['x' => 1];
$c = new stdClass;
var_dump(spl_object_id($a) !== spl_object_id($b), $a == $c, $a === $c, $b == (object)['x' => 1]);
$arr = (array)$b; var_dump($arr);
$objs = [new stdClass, new stdClass, new stdClass];
unset($objs[1]);
var_dump(new stdClass);
$cls = 'stdClass'; $dyn = new $cls; var_dump($dyn instanceof $cls);
--EXPECTF--
int(10)
bool(false)
bool(true)
bool(true)
float(4)
object(stdClass)#3 (3) {
  ["a"]=>
  int(1)
  ["list"]=>
  array(1) {
    [0]=>
    string(4) "auto"
  }
  ["weird key"]=>
  bool(true)
}
bool(true)
bool(false)
object(stdClass)#3 (2) {
  ["list"]=>
  array(1) {
    [0]=>
    string(4) "auto"
  }
  ["weird key"]=>
  bool(true)
}
bool(true)
bool(true)
bool(false)
bool(true)
array(1) {
  ["x"]=>
  int(1)
}
object(stdClass)#8 (0) {
}
bool(true)
