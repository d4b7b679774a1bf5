--TEST--
Autoloaders as static methods and object methods, prepend, unregister, recursion guard
--FILE--
<?php
class Loader {
    public array $seen = [];
    public function load($c) { $this->seen[] = $c; if ($c === 'Made') { eval('class Made { const V = 1; }'); } }
    public static function loadStatic($c) { echo "static load $c\n"; if ($c === 'Twice') { class_exists('Twice'); echo "inner done\n"; } }
}
$l = new Loader;
var_dump(spl_autoload_register([$l, 'load']));
var_dump(spl_autoload_register('Loader::loadStatic', true, true));
var_dump(spl_autoload_register([$l, 'load']));
$fns = spl_autoload_functions();
var_dump(count($fns), $fns[0]);
var_dump(Made::V, $l->seen);
var_dump(class_exists('Twice'));
var_dump(spl_autoload_unregister([$l, 'load']), count(spl_autoload_functions()));
var_dump(spl_autoload_unregister('loader::loadstatic'), spl_autoload_functions());
var_dump(class_exists('Quiet'));
try { spl_autoload_register('no_such_function'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
int(2)
array(2) {
  [0]=>
  string(6) "Loader"
  [1]=>
  string(10) "loadStatic"
}
static load Made
int(1)
array(1) {
  [0]=>
  string(4) "Made"
}
static load Twice
inner done
bool(false)
bool(true)
int(1)
bool(true)
array(0) {
}
bool(false)
spl_autoload_register(): Argument #1 ($callback) must be a valid callback or null, function "no_such_function" not found or invalid function name
