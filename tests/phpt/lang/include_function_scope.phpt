--TEST--
include/require inside functions and methods share the caller's local variables
--FILE--
<?php
$d = __DIR__;
file_put_contents("$d/ifs_body.inc", '<?php
$sum = $x + $y;
$y++;
$created = "new in " . basename(__FILE__);
return "ret:" . $sum;
');
file_put_contents("$d/ifs_loop.inc", '<?php $count += $i; $list[] = $i;');
file_put_contents("$d/ifs_unset.inc", '<?php var_dump(isset($gone)); unset($gone); $arr[] = "pushed"; $alias = "via ref";');
file_put_contents("$d/ifs_method.inc", '<?php $out = $this->secret . "/" . self::class . "/" . static::class . "/" . $k; return $k * 2;');
file_put_contents("$d/ifs_closure.inc", '<?php $mult = 3; return function ($v) use ($mult, $count) { return $v * $mult + $count; };');

function run($x) {
    $y = 10;
    $r = include __DIR__ . '/ifs_body.inc';
    var_dump($r, $sum, $y, $created);
    $count = 0;
    $list = [];
    for ($i = 1; $i <= 3; $i++) {
        require __DIR__ . '/ifs_loop.inc';
    }
    var_dump($count, $list);
    $gone = 1;
    $arr = [1];
    $alias = 'orig';
    $r2 = &$alias;
    include __DIR__ . '/ifs_unset.inc';
    var_dump(isset($gone), $arr, $r2);
    $fn = include __DIR__ . '/ifs_closure.inc';
    var_dump($fn(2));
    var_dump(array_keys(get_defined_vars()));
}
run(5);

class Svc {
    private $secret = 'hidden';
    function go() {
        $k = 21;
        $r = include __DIR__ . '/ifs_method.inc';
        var_dump($r, $out);
    }
}
class SubSvc extends Svc {}
(new SubSvc)->go();

// eval runs in the calling scope as well
function ev() {
    $n = 1;
    eval('$n += 5; $m = $n * 2;');
    var_dump($n, $m);
    var_dump(eval('return $n + $m;'));
}
ev();
?>
--CLEAN--
<?php
foreach (['body', 'loop', 'unset', 'method', 'closure'] as $f) @unlink(__DIR__ . "/ifs_$f.inc");
?>
--EXPECT--
string(6) "ret:15"
int(15)
int(11)
string(19) "new in ifs_body.inc"
int(6)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
bool(true)
bool(false)
array(2) {
  [0]=>
  int(1)
  [1]=>
  string(6) "pushed"
}
string(7) "via ref"
int(12)
array(13) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
  [2]=>
  string(1) "r"
  [3]=>
  string(3) "sum"
  [4]=>
  string(7) "created"
  [5]=>
  string(5) "count"
  [6]=>
  string(4) "list"
  [7]=>
  string(1) "i"
  [8]=>
  string(3) "arr"
  [9]=>
  string(5) "alias"
  [10]=>
  string(2) "r2"
  [11]=>
  string(2) "fn"
  [12]=>
  string(4) "mult"
}
int(42)
string(20) "hidden/Svc/SubSvc/21"
int(6)
int(12)
int(18)
