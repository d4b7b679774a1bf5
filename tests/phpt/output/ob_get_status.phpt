--TEST--
ob_get_status: flags, levels, chunk sizes and buffer sizes
--FILE--
<?php
var_dump(ob_get_status());
ob_start();
echo "abc";
ob_start(fn($b) => $b, 0, PHP_OUTPUT_HANDLER_CLEANABLE | PHP_OUTPUT_HANDLER_REMOVABLE);
echo "x";
$s1 = ob_get_status();
$s2 = ob_get_status(true);
ob_clean();
$s3 = ob_get_status();
ob_end_clean();
ob_start(null, 4096);
$s4 = ob_get_status();
ob_end_clean();
ob_start(null, 100); echo str_repeat("y", 150); $s5 = ob_get_status(); ob_end_clean();
ob_start(); echo str_repeat("z", 40000); $s6 = ob_get_status(); ob_end_clean();
ob_start(); echo str_repeat("z", 16384); $s7 = ob_get_status(); ob_end_clean();
ob_end_clean();
var_dump($s1, $s2, $s3, $s4, $s5, $s6, $s7);
--EXPECT--
array(0) {
}
array(7) {
  ["name"]=>
  string(17) "Closure::__invoke"
  ["type"]=>
  int(1)
  ["flags"]=>
  int(81)
  ["level"]=>
  int(1)
  ["chunk_size"]=>
  int(0)
  ["buffer_size"]=>
  int(16384)
  ["buffer_used"]=>
  int(1)
}
array(2) {
  [0]=>
  array(7) {
    ["name"]=>
    string(22) "default output handler"
    ["type"]=>
    int(0)
    ["flags"]=>
    int(112)
    ["level"]=>
    int(0)
    ["chunk_size"]=>
    int(0)
    ["buffer_size"]=>
    int(16384)
    ["buffer_used"]=>
    int(3)
  }
  [1]=>
  array(7) {
    ["name"]=>
    string(17) "Closure::__invoke"
    ["type"]=>
    int(1)
    ["flags"]=>
    int(81)
    ["level"]=>
    int(1)
    ["chunk_size"]=>
    int(0)
    ["buffer_size"]=>
    int(16384)
    ["buffer_used"]=>
    int(1)
  }
}
array(7) {
  ["name"]=>
  string(17) "Closure::__invoke"
  ["type"]=>
  int(1)
  ["flags"]=>
  int(20561)
  ["level"]=>
  int(1)
  ["chunk_size"]=>
  int(0)
  ["buffer_size"]=>
  int(16384)
  ["buffer_used"]=>
  int(0)
}
array(7) {
  ["name"]=>
  string(22) "default output handler"
  ["type"]=>
  int(0)
  ["flags"]=>
  int(112)
  ["level"]=>
  int(1)
  ["chunk_size"]=>
  int(4096)
  ["buffer_size"]=>
  int(8192)
  ["buffer_used"]=>
  int(0)
}
array(7) {
  ["name"]=>
  string(22) "default output handler"
  ["type"]=>
  int(0)
  ["flags"]=>
  int(20592)
  ["level"]=>
  int(1)
  ["chunk_size"]=>
  int(100)
  ["buffer_size"]=>
  int(4096)
  ["buffer_used"]=>
  int(0)
}
array(7) {
  ["name"]=>
  string(22) "default output handler"
  ["type"]=>
  int(0)
  ["flags"]=>
  int(112)
  ["level"]=>
  int(1)
  ["chunk_size"]=>
  int(0)
  ["buffer_size"]=>
  int(40960)
  ["buffer_used"]=>
  int(40000)
}
array(7) {
  ["name"]=>
  string(22) "default output handler"
  ["type"]=>
  int(0)
  ["flags"]=>
  int(112)
  ["level"]=>
  int(1)
  ["chunk_size"]=>
  int(0)
  ["buffer_size"]=>
  int(32768)
  ["buffer_used"]=>
  int(16384)
}
