--TEST--
http_build_query with nesting, prefixes and encodings
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(http_build_query(["a" => 1, "b" => "x y", "c" => ["d" => 2, "e" => [3, 4]], "f" => null, "g" => true, "h" => false]));
var_dump(http_build_query([1, 2, "k" => 3], "n_"), http_build_query(["a b" => "c~d"], "", "&amp;", PHP_QUERY_RFC3986), http_build_query([]));
var_dump(http_build_query(["x" => 1.5, "y" => 0.1 + 0.2, "z" => [[]]]), http_build_query(["a" => [1 => ["b" => "c"]]], "p"));
class Q { public $pub = "p"; protected $pro = "x"; private $pri = "y"; public $arr = ["k" => "v"]; }
var_dump(http_build_query(new Q), http_build_query(["o" => new Q]));
var_dump(PHP_QUERY_RFC1738, PHP_QUERY_RFC3986);
?>
--EXPECT--
string(64) "a=1&b=x+y&c%5Bd%5D=2&c%5Be%5D%5B0%5D=3&c%5Be%5D%5B1%5D=4&g=1&h=0"
string(15) "n_0=1&n_1=2&k=3"
string(9) "a%20b=c~d"
string(0) ""
string(11) "x=1.5&y=0.3"
string(17) "a%5B1%5D%5Bb%5D=c"
string(18) "pub=p&arr%5Bk%5D=v"
string(32) "o%5Bpub%5D=p&o%5Barr%5D%5Bk%5D=v"
int(1)
int(2)
