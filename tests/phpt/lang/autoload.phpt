--TEST--
spl_autoload_register: loaders run in order for new, ::, extends, implements, use, class_exists; not for instanceof
--FILE--
<?php
$d = __DIR__;
@mkdir("$d/autoload_lib");
file_put_contents("$d/autoload_lib/Animal.php", '<?php abstract class Animal { abstract function speak(); static function make() { return new static; } const KIND = "animal"; }');
file_put_contents("$d/autoload_lib/Dog.php", '<?php class Dog extends Animal implements Pet { use Wags; function speak() { return "Woof"; } }');
file_put_contents("$d/autoload_lib/Pet.php", '<?php interface Pet {}');
file_put_contents("$d/autoload_lib/Wags.php", '<?php trait Wags { function wag() { return "wag"; } }');
file_put_contents("$d/autoload_lib/Color.php", '<?php enum Color: string { case Red = "r"; }');
spl_autoload_register(function ($c) use ($d) {
    echo "load($c)\n";
    $f = "$d/autoload_lib/$c.php";
    if (is_file($f)) require $f;
});
var_dump(class_exists('Nope'));
var_dump(class_exists('Nope2', false));
$x = null;
var_dump($x instanceof Unknown);
$dog = new Dog;
echo $dog->speak(), " ", $dog->wag(), "\n";
var_dump($dog instanceof Pet);
echo Animal::KIND, "\n";
var_dump(Color::from('r'));
var_dump(interface_exists('Pet'), trait_exists('Wags'), enum_exists('Color'));
function second($c) { echo "second($c)\n"; }
spl_autoload_register('second');
spl_autoload_register('second');
var_dump(count(spl_autoload_functions()));
spl_autoload_call('Missing');
var_dump(spl_autoload_unregister('second'), spl_autoload_unregister('second'));
spl_autoload_register('second', true, true);
class_exists('Another');
try { new Gone(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { Gone2::f(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo Gone3::C; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$cn = 'Ns\\Deep\\Thing';
try { new $cn; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new \Ns\Other(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
spl_autoload_register(function ($c) { throw new RuntimeException("cannot load $c"); });
try { new Exploding; } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(class_exists('bad name!'));
class Kid extends Parentless {}
?>
--CLEAN--
<?php
foreach (glob(__DIR__ . '/autoload_lib/*.php') as $f) unlink($f);
@rmdir(__DIR__ . '/autoload_lib');
?>
--EXPECTF--
load(Nope)
bool(false)
bool(false)
bool(false)
load(Dog)
load(Animal)
load(Wags)
load(Pet)
Woof wag
bool(true)
animal
load(Color)
enum(Color::Red)
bool(true)
bool(true)
bool(true)
int(2)
load(Missing)
second(Missing)
bool(true)
bool(false)
second(Another)
load(Another)
second(Gone)
load(Gone)
Error: Class "Gone" not found
second(Gone2)
load(Gone2)
Error: Class "Gone2" not found
second(Gone3)
load(Gone3)
Error: Class "Gone3" not found
second(Ns\Deep\Thing)
load(Ns\Deep\Thing)
Error: Class "Ns\Deep\Thing" not found
second(Ns\Other)
load(Ns\Other)
Error: Class "Ns\Other" not found
second(Exploding)
load(Exploding)
RuntimeException: cannot load Exploding
bool(false)
second(Parentless)
load(Parentless)

Fatal error: Uncaught RuntimeException: cannot load Parentless in %s:38
Stack trace:
#0 %s(41): {closure}('Parentless')
#1 {main}
  thrown in %s on line 38
--EXITCODE--
255
