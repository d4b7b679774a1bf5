--TEST--
Reserved words are allowed as method, property and constant names
--FILE--
<?php
class K {
    const LIST = 'list-const';
    const FOREACH = 'foreach-const';
    public $class = 'class-prop';
    public function list() { return 'list-method'; }
    public static function new() { return 'new-method'; }
    public function array() { return 'array-method'; }
}
$k = new K;
echo K::LIST, " ", K::FOREACH, " ", $k->class, " ", $k->list(), " ", K::new(), " ", $k->array(), "\n";
--EXPECT--
list-const foreach-const class-prop list-method new-method array-method
