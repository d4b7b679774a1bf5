--TEST--
var_export: nested arrays, stdClass, classes, enums
--FILE--
<?php
var_export([1, 'a' => [true, null], 'f' => 1.0, 'n' => [[]]]); echo "\n";
var_export([]); echo "\n";
var_export(new stdClass); echo "\n";
$s = new stdClass; $s->a = 1; $s->{'0'} = 2; $s->sub = new stdClass;
var_export($s); echo "\n";
class P { public $p = 1; protected $q = [2]; private $r = 'x'; }
var_export(new P); echo "\n";
enum Suit: string { case Hearts = 'H'; }
var_export(Suit::Hearts); echo "\n";
var_export([Suit::Hearts, "k'ey" => 1]); echo "\n";
--EXPECT--
array (
  0 => 1,
  'a' => 
  array (
    0 => true,
    1 => NULL,
  ),
  'f' => 1.0,
  'n' => 
  array (
    0 => 
    array (
    ),
  ),
)
array (
)
(object) array(
)
(object) array(
   'a' => 1,
   '0' => 2,
   'sub' => 
  (object) array(
  ),
)
\P::__set_state(array(
   'p' => 1,
   'q' => 
  array (
    0 => 2,
  ),
   'r' => 'x',
))
\Suit::Hearts
array (
  0 => 
  \Suit::Hearts,
  'k\'ey' => 1,
)
