--TEST--
spl_autoload_register() with no callback registers spl_autoload: lowercased file names, extensions, include_path, include once
--FILE--
<?php
$d = sys_get_temp_dir() . '/spl_al_' . getmypid();
@mkdir($d); @mkdir("$d/ns");
set_include_path($d);
file_put_contents("$d/foo.php", '<?php echo "foo.php runs\n"; class Foo { function hi() { echo "hi\n"; } }');
file_put_contents("$d/bar.inc", '<?php echo "bar.inc runs\n"; class Bar { }');
file_put_contents("$d/bar.php", '<?php echo "bar.php runs\n"; class Bar { }');
file_put_contents("$d/ns/baz.php", '<?php namespace Ns; class Baz { }');
file_put_contents("$d/nothing.php", '<?php echo "nothing.php defines nothing\n";');
spl_autoload_register();
var_dump(spl_autoload_functions());
(new Foo)->hi();
var_dump(class_exists('BAR'));
var_dump(class_exists('Ns\Baz'));
var_dump(class_exists('Nothing'));
var_dump(class_exists('Nope'));
try { new Missing(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
spl_autoload_extensions('.php');
spl_autoload_register(function ($c) { echo "second $c\n"; });
var_dump(class_exists('Nothing'));
array_map('unlink', glob("$d/ns/*")); rmdir("$d/ns");
array_map('unlink', glob("$d/*")); rmdir($d);
--EXPECTF--
array(1) {
  [0]=>
  string(12) "spl_autoload"
}
foo.php runs
hi
bar.inc runs
bool(true)
bool(true)
nothing.php defines nothing
bool(false)
bool(false)
Class "Missing" not found
second Nothing
bool(false)
