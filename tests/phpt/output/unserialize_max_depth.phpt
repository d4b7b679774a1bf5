--TEST--
unserialize: max_depth option and the default depth limit
--FILE--
<?php
$s = str_repeat('a:1:{i:0;', 4097) . 'i:1;' . str_repeat('}', 4097);
var_dump(unserialize($s));
$s = str_repeat('a:1:{i:0;', 4096) . 'i:1;' . str_repeat('}', 4096);
var_dump(is_array(unserialize($s)));
var_dump(unserialize('a:1:{i:0;a:1:{i:0;a:0:{}}}', ['max_depth' => 2]));
try { unserialize('i:1;', ['max_depth' => -1]); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { unserialize('i:1;', ['max_depth' => 'x']); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--
Warning: unserialize(): Maximum depth of 4096 exceeded. The depth limit can be changed using the max_depth unserialize() option or the unserialize_max_depth ini setting in %s on line 3

Notice: unserialize(): Error at offset 36869 of 40974 bytes in %s on line 3
bool(false)
bool(true)
array(1) {
  [0]=>
  array(1) {
    [0]=>
    array(0) {
    }
  }
}
ValueError: unserialize(): Option "max_depth" must be greater than or equal to 0
TypeError: unserialize(): Option "max_depth" must be of type int, string given
