--TEST--
ob_start nesting, levels, lengths and contents
--FILE--
<?php
ob_start();
echo "outer ";
ob_start();
echo "inner";
$level = ob_get_level();
$len = ob_get_length();
$inner = ob_get_clean();
echo "[", $inner, "]";
$outer = ob_get_contents();
ob_end_clean();
var_dump($level, $len, $inner, $outer, ob_get_level());
ob_start();
echo "abc";
var_dump(ob_get_length());
$x = ob_get_flush();
var_dump($x);
--EXPECT--
int(2)
int(5)
string(5) "inner"
string(13) "outer [inner]"
int(0)
abcint(3)
string(10) "abcint(3)
"
