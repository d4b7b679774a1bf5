--TEST--
ob_start handlers: names, phases and output transformation
--FILE--
<?php
ob_start();
echo "hello";
ob_start(fn($b) => "U" . $b);
echo "inner";
function wrap($b) { return "($b)"; }
ob_start('wrap');
class H { static function h($b, $p) { return "[$p:$b]"; } function i($b) { return "<$b>"; } }
ob_start(['H', 'h']);
ob_start([new H, 'i']);
ob_start('H::h');
$l = ob_list_handlers();
$lev = ob_get_level();
echo "x";
ob_flush();
echo "y";
ob_end_flush(); ob_end_flush(); ob_end_flush(); ob_end_flush(); ob_end_flush();
$c = ob_get_clean();
var_dump($c, $l, $lev);
ob_start(function ($buf, $phase) { return "{" . $phase . ":" . $buf . "}"; });
echo "a"; ob_flush(); echo "b"; ob_clean(); echo "c"; ob_flush(); echo "d";
ob_end_clean();
echo "\n";
ob_start(function ($buf) { return false; });
echo "unchanged\n";
ob_end_flush();
--EXPECT--
string(29) "helloUinner([9:<[5:x][8:y]>])"
array(6) {
  [0]=>
  string(22) "default output handler"
  [1]=>
  string(17) "Closure::__invoke"
  [2]=>
  string(4) "wrap"
  [3]=>
  string(4) "H::h"
  [4]=>
  string(4) "H::i"
  [5]=>
  string(4) "H::h"
}
int(6)
{5:a}{4:c}
unchanged
