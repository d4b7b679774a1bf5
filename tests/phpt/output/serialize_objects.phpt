--TEST--
serialize: objects, visibility, enums, back-references
--FILE--
<?php
function show($s) { $o = ''; for ($i = 0; $i < strlen($s); $i++) { $o .= $s[$i] === "\0" ? '~' : $s[$i]; } return $o; }
class P { public $a = 1; protected $b = 2; private $c = 3; }
enum Suit: string { case Hearts = 'H'; }
$o = new stdClass; $o->x = 1;
$r = 5;
$arr = [$o, $o, new P, Suit::Hearts, &$r, &$r];
echo show(serialize($arr)), "\n";
echo show(serialize(new P)), "\n";
try { serialize(fn() => 1); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
a:6:{i:0;O:8:"stdClass":1:{s:1:"x";i:1;}i:1;r:2;i:2;O:1:"P":3:{s:1:"a";i:1;s:4:"~*~b";i:2;s:4:"~P~c";i:3;}i:3;E:11:"Suit:Hearts";i:4;i:5;i:5;R:10;}
O:1:"P":3:{s:1:"a";i:1;s:4:"~*~b";i:2;s:4:"~P~c";i:3;}
Exception: Serialization of 'Closure' is not allowed
