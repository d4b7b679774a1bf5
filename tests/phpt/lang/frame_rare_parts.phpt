--TEST--
Frames: variables by name, extra arguments, include in a function, generators, guard returns with destructors
--FILE--
<?php
// Variables created by name in a function, extra arguments, include inside a function,
// generators keeping their extra arguments, guard returns with destructors.
class D {
    public function __construct(public string $n) { echo "make {$this->n}\n"; }
    public function __destruct() { echo "free {$this->n}\n"; }
}
function byname($k, $v) {
    $$k = $v;
    $other = 1;
    extract(['e1' => 'x', 'e2' => 'y']);
    var_dump(get_defined_vars());
    return compact('e1', 'e2', $k);
}
var_dump(byname('dyn', 42));

function extra($a) {
    var_dump(func_num_args(), func_get_args());
    $a = 'changed';
    return func_get_args();
}
var_dump(extra(1, 2, 3));
var_dump(extra(1));

function inc_in_fn($file) {
    $before = 'b';
    include $file;
    var_dump($made_there, $before, array_keys(get_defined_vars()));
}
file_put_contents(sys_get_temp_dir() . '/frame_parts_inc_' . getmypid() . '.inc', '<?php $made_there = "yes: " . $before; $before .= "!";');
inc_in_fn(sys_get_temp_dir() . '/frame_parts_inc_' . getmypid() . '.inc');
unlink(sys_get_temp_dir() . '/frame_parts_inc_' . getmypid() . '.inc');

function gen($a) {
    yield func_num_args();
    yield func_get_args();
    $$a = 'by name';
    yield get_defined_vars();
}
foreach (gen('v', 'extra1', 'extra2') as $k => $v) {
    var_dump($k, $v);
}

function pick($n) {
    if ((new D("cond $n"))->n === "cond 0") return new D("ret $n");
    return $n;
}
var_dump(pick(0));
echo "--\n";
var_dump(pick(1));

function guard($n) {
    if ($n < 2) { return $n; }
    return guard($n - 1) + guard($n - 2);
}
var_dump(guard(10));

function thrower($n) {
    if ($n < 1) return throw new Exception("deep $n");
    return thrower($n - 1) + 1;
}
try {
    thrower(3);
} catch (Exception $e) {
    echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n";
}
--EXPECTF--
array(6) {
  ["k"]=>
  string(3) "dyn"
  ["v"]=>
  int(42)
  ["other"]=>
  int(1)
  ["dyn"]=>
  int(42)
  ["e1"]=>
  string(1) "x"
  ["e2"]=>
  string(1) "y"
}
array(3) {
  ["e1"]=>
  string(1) "x"
  ["e2"]=>
  string(1) "y"
  ["dyn"]=>
  int(42)
}
int(3)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) {
  [0]=>
  string(7) "changed"
  [1]=>
  int(2)
  [2]=>
  int(3)
}
int(1)
array(1) {
  [0]=>
  int(1)
}
array(1) {
  [0]=>
  string(7) "changed"
}
string(6) "yes: b"
string(2) "b!"
array(3) {
  [0]=>
  string(4) "file"
  [1]=>
  string(6) "before"
  [2]=>
  string(10) "made_there"
}
int(0)
int(3)
int(1)
array(3) {
  [0]=>
  string(1) "v"
  [1]=>
  string(6) "extra1"
  [2]=>
  string(6) "extra2"
}
int(2)
array(2) {
  ["a"]=>
  string(1) "v"
  ["v"]=>
  string(7) "by name"
}
make cond 0
free cond 0
make ret 0
object(D)#2 (1) {
  ["n"]=>
  string(5) "ret 0"
}
free ret 0
--
make cond 1
free cond 1
int(1)
int(55)
deep 0
#0 %s(60): thrower(0)
#1 %s(60): thrower(1)
#2 %s(60): thrower(2)
#3 %s(63): thrower(3)
#4 {main}
