--TEST--
get_include_path/set_include_path, spl_autoload_extensions
--FILE--
<?php
var_dump(get_include_path());
var_dump(set_include_path('/tmp:/nonexistent'));
var_dump(get_include_path(), ini_get('include_path'));
try { var_dump(set_include_path('')); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(get_include_path());
var_dump(spl_autoload_extensions());
var_dump(spl_autoload_extensions('.x, .y'));
var_dump(spl_autoload_extensions());
spl_autoload('Whatever');
echo "done\n";
--EXPECTF--
string(16) ".:/usr/share/php"
string(16) ".:/usr/share/php"
string(17) "/tmp:/nonexistent"
string(17) "/tmp:/nonexistent"
bool(false)
string(17) "/tmp:/nonexistent"
string(9) ".inc,.php"
string(6) ".x, .y"
string(6) ".x, .y"
done
