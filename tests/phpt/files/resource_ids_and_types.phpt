--TEST--
resource ids, var_dump and string conversion of open and closed streams
--FILE--
<?php
$f = fopen(__FILE__, 'r');
var_dump($f);
$g = fopen('php://memory', 'r+');
var_dump($g, STDIN, STDOUT, STDERR);
var_dump(get_resource_type($f), get_resource_id($f), is_resource($f));
fclose($f);
var_dump($f, get_resource_type($f), get_resource_id($f), is_resource($f));
echo $f, "\n";
var_dump((int) $g, (string) $g, (bool) $f);
$t = tmpfile();
var_dump($t);
--EXPECT--
resource(5) of type (stream)
resource(6) of type (stream)
resource(1) of type (stream)
resource(2) of type (stream)
resource(3) of type (stream)
string(6) "stream"
int(5)
bool(true)
resource(5) of type (Unknown)
string(7) "Unknown"
int(5)
bool(false)
Resource id #5
int(6)
string(14) "Resource id #6"
bool(true)
resource(7) of type (stream)
