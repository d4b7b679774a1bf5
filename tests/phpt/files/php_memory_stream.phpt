--TEST--
php://memory: write, seek, tell, eof, truncate
--FILE--
<?php
$m = fopen('php://memory', 'w+');
var_dump(fwrite($m, "xy\nz"), ftell($m), feof($m));
rewind($m);
var_dump(fread($m, 4), feof($m), fread($m, 4), feof($m));
rewind($m);
var_dump(fgets($m), fgets($m), fgets($m), feof($m));
var_dump(fseek($m, 100), ftell($m));
var_dump(fseek($m, -1), ftell($m));
var_dump(fseek($m, -1, SEEK_END), fgetc($m));
var_dump(fseek($m, 1), fseek($m, 1, SEEK_CUR), ftell($m), fgetc($m));
var_dump(ftruncate($m, 2), ftell($m), stream_get_contents($m));
rewind($m);
var_dump(stream_get_contents($m));
try { ftruncate($m, -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(fclose($m));
--EXPECT--
int(4)
int(4)
bool(false)
string(4) "xy
z"
bool(false)
string(0) ""
bool(true)
string(3) "xy
"
string(1) "z"
bool(false)
bool(true)
int(-1)
bool(false)
int(-1)
bool(false)
int(0)
string(1) "z"
int(0)
int(0)
int(2)
string(1) "
"
bool(true)
int(3)
string(0) ""
string(2) "xy"
ftruncate(): Argument #2 ($size) must be greater than or equal to 0
bool(true)
