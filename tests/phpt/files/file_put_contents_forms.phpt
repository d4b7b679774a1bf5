--TEST--
file_put_contents with strings, arrays, numbers, streams, FILE_APPEND
--FILE--
<?php
$p = sys_get_temp_dir() . '/phpsock_files_fpc.txt';
var_dump(file_put_contents($p, "abc"));
var_dump(file_put_contents($p, ["x", "y", 3], FILE_APPEND));
var_dump(file_get_contents($p));
var_dump(file_put_contents($p, 12.5), file_get_contents($p));
var_dump(file_put_contents($p, null), file_get_contents($p));
var_dump(file_put_contents($p, true), file_get_contents($p));
$m = fopen('php://memory', 'w+');
fwrite($m, "from a stream");
rewind($m);
var_dump(file_put_contents($p, $m), file_get_contents($p));
var_dump(file_put_contents($p, new stdClass));
var_dump(file_put_contents(sys_get_temp_dir() . '/phpsock_no_such_dir/x', 'a'));
try {
    file_put_contents('', 'x');
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
unlink($p);
--EXPECTF--
int(3)
int(3)
string(6) "abcxy3"
int(4)
string(4) "12.5"
int(0)
string(0) ""
int(1)
string(1) "1"
int(13)
string(13) "from a stream"
bool(false)

Warning: file_put_contents(/tmp/phpsock_no_such_dir/x): Failed to open stream: No such file or directory in %s on line 14
bool(false)
Path cannot be empty
