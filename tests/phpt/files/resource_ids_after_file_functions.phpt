--TEST--
file_get_contents, file_put_contents, file, copy and readfile use up resource ids
--FILE--
<?php
$p = sys_get_temp_dir() . '/phpsock_files_ids.txt';
$q = sys_get_temp_dir() . '/phpsock_files_ids2.txt';
file_get_contents(__FILE__);
var_dump(fopen(__FILE__, 'r'));
file_put_contents($p, "abc");
var_dump(fopen(__FILE__, 'r'));
file($p);
var_dump(fopen(__FILE__, 'r'));
copy($p, $q);
var_dump(fopen(__FILE__, 'r'));
@fopen($p . '.missing', 'r');
var_dump(fopen(__FILE__, 'r'));
readfile($p);
echo "\n";
var_dump(fopen(__FILE__, 'r'));
file_exists($p);
is_file($p);
var_dump(fopen(__FILE__, 'r'));
unlink($p);
unlink($q);
--EXPECT--
resource(6) of type (stream)
resource(8) of type (stream)
resource(10) of type (stream)
resource(13) of type (stream)
resource(14) of type (stream)
abc
resource(16) of type (stream)
resource(17) of type (stream)
