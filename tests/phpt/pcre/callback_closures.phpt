--TEST--
preg_replace_callback with closures capturing by reference, nested calls
--FILE--
<?php
$n = 0;
$r = preg_replace_callback('/\w+/', function ($m) use (&$n) { $n++; return strrev_like($m[0]); }, 'ab cd ef');
function strrev_like($s) { $o = ''; for ($i = strlen($s) - 1; $i >= 0; $i--) $o .= $s[$i]; return $o; }
var_dump($r, $n);
var_dump(preg_replace_callback('/\[(\w+)\]/', fn($m) => preg_replace('/o/', '0', $m[1]), 'x [foo] [boo] y'));
class R { public function rep($m) { return '<' . $m[0] . '>'; } public static function st($m) { return '{' . $m[0] . '}'; } }
var_dump(preg_replace_callback('/b/', [new R, 'rep'], 'abc'), preg_replace_callback('/b/', 'R::st', 'abc'), preg_replace_callback('/b/', ['R', 'st'], 'abc'));
var_dump(preg_replace_callback('/\d/', fn($m) => $m[0] + 1, 'a1b9', 1, $c), $c);
var_dump(preg_replace_callback('/\d/', fn($m) => null, 'a1b'));
var_dump(preg_replace_callback_array(['/a/' => fn($m) => 'b', '/b/' => fn($m) => 'c'], 'ab'));
--EXPECT--
string(8) "ba dc fe"
int(3)
string(11) "x f00 b00 y"
string(5) "a<b>c"
string(5) "a{b}c"
string(5) "a{b}c"
string(4) "a2b9"
int(1)
string(2) "ab"
string(2) "cc"
