--TEST--
file_exists, is_file, is_dir, is_link, is_readable, is_writable, is_executable
--FILE--
<?php
$d = sys_get_temp_dir() . '/phpsock_files_checks';
@mkdir($d);
touch("$d/f");
foreach (["$d/f", $d, "$d/none", ""] as $p) {
    var_dump(file_exists($p), is_file($p), is_dir($p), is_link($p));
}
var_dump(is_readable("$d/f"), is_writable("$d/f"), is_writeable($d), is_executable("$d/f"), is_executable('/bin/sh'));
var_dump(is_readable("$d/none"), is_writable("$d/none"));
unlink("$d/f");
rmdir($d);
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
