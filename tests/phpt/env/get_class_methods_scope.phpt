--TEST--
get_class_methods order and visibility by scope
--FILE--
<?php
class A {
    public function pub() {}
    protected function prot() {}
    private function priv() {}
    public static function st() {}
    public function listed() { return get_class_methods($this); }
}
class B extends A {
    public function own() {}
    public function pub() {}
}
var_dump(get_class_methods('B'));
var_dump(get_class_methods(new A));
var_dump((new B)->listed());
try {
    get_class_methods('Nope');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
array(4) {
  [0]=>
  string(3) "own"
  [1]=>
  string(3) "pub"
  [2]=>
  string(2) "st"
  [3]=>
  string(6) "listed"
}
array(3) {
  [0]=>
  string(3) "pub"
  [1]=>
  string(2) "st"
  [2]=>
  string(6) "listed"
}
array(6) {
  [0]=>
  string(3) "own"
  [1]=>
  string(3) "pub"
  [2]=>
  string(4) "prot"
  [3]=>
  string(4) "priv"
  [4]=>
  string(2) "st"
  [5]=>
  string(6) "listed"
}
get_class_methods(): Argument #1 ($object_or_class) must be an object or a valid class name, string given
