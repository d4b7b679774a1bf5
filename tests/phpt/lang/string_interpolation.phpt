--TEST--
string interpolation
--FILE--
<?php
$name = "World"; $arr = ['key' => 'val', 3 => 'three', 'nested' => ['a' => 'deep']]; $obj = new stdClass; $obj->prop = "P"; $obj->inner = new stdClass; $obj->inner->x = "X";
echo "Hello $name! {$name}s $arr[key] $arr[3] {$arr['key']} {$arr['nested']['a']} $obj->prop {$obj->inner->x}\n";
$heredoc = <<<EOT
  Name: $name
    Indented {$arr['key']}
  Escapes: \t tab \$notvar \\ backslash
  EOT;
echo $heredoc, "\n";
$now = <<<'NOW'
raw $name {$arr}
NOW;
echo $now, "\n";
$fn = fn($x) => $x * 2;
$n = 5;
echo "calc: {$fn($n)} and method: {$obj->inner->x}\n";
echo "negative index: $name[-1] and {$name[0]}\n";
echo 'single $name\n', "\n";
echo "unicode: \u{1F600} octal: \101 hex: \x42\n";
$i = 10; echo "math: " . $i + 5 . "\n";
echo "arr in string: $arr\n";
--EXPECTF--
Hello World! Worlds val three val deep P X
Name: World
  Indented val
Escapes: 	 tab $notvar \ backslash
raw $name {$arr}
calc: 10 and method: X
negative index: d and W
single $name\n
unicode: 😀 octal: A hex: B
math: 15

Warning: Array to string conversion in %s on line 21
arr in string: Array
