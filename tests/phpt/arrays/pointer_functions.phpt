--TEST--
pointer after array functions (push, pop, shift, sort)
--FILE--
<?php
$a = [1, 2, 3];
end($a);
array_push($a, 4);
var_dump(current($a));
array_pop($a);
var_dump(current($a));
end($a);
array_shift($a);
var_dump(current($a));
end($a);
sort($a);
var_dump(current($a));
$b = ['k' => 'v'];
end($b);
$b[] = 'w';
var_dump(key($b));
--EXPECT--
int(3)
int(1)
int(2)
int(2)
string(1) "k"
