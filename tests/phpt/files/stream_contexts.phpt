--TEST--
stream_context_create, options, params and the default context
--FILE--
<?php
$c = stream_context_create(['http' => ['method' => 'GET']]);
var_dump($c, get_resource_type($c), stream_context_get_options($c));
var_dump(stream_context_set_option($c, 'http', 'timeout', 5), stream_context_get_options($c));
var_dump(stream_context_set_option($c, ['ssl' => ['verify_peer' => false]]), count(stream_context_get_options($c)));
$d = stream_context_get_default();
var_dump($d, $d === stream_context_get_default());
$f = fopen(__FILE__, 'r', false, $c);
var_dump($f);
var_dump(file_get_contents(__FILE__, false, $c, 0, 5));
var_dump(stream_context_get_params($c));
var_dump(stream_context_set_params($c, ['notification' => null]));
try {
    stream_context_create(['x' => 1]);
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    fclose($c);
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
--EXPECT--
resource(4) of type (stream-context)
string(14) "stream-context"
array(1) {
  ["http"]=>
  array(1) {
    ["method"]=>
    string(3) "GET"
  }
}
bool(true)
array(1) {
  ["http"]=>
  array(2) {
    ["method"]=>
    string(3) "GET"
    ["timeout"]=>
    int(5)
  }
}
bool(true)
int(2)
resource(5) of type (stream-context)
bool(true)
resource(6) of type (stream)
string(5) "<?php"
array(1) {
  ["options"]=>
  array(2) {
    ["http"]=>
    array(2) {
      ["method"]=>
      string(3) "GET"
      ["timeout"]=>
      int(5)
    }
    ["ssl"]=>
    array(1) {
      ["verify_peer"]=>
      bool(false)
    }
  }
}
bool(true)
ValueError: Options should have the form ["wrappername"]["optionname"] = $value
TypeError: fclose(): supplied resource is not a valid stream resource
