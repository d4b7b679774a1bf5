--TEST--
functions on a closed stream or a non-resource throw TypeError
--FILE--
<?php
$f = fopen('php://memory', 'r+');
fclose($f);
foreach (['fclose', 'fwrite', 'fread', 'feof', 'fgets', 'ftell', 'rewind', 'fstat'] as $fn) {
    try {
        $fn === 'fwrite' ? $fn($f, 'x') : ($fn === 'fread' ? $fn($f, 1) : $fn($f));
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
try { fclose('x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { fwrite(42, 'x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { get_resource_type([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(is_resource('x'), is_resource(null));
--EXPECT--
fclose(): supplied resource is not a valid stream resource
fwrite(): supplied resource is not a valid stream resource
fread(): supplied resource is not a valid stream resource
feof(): supplied resource is not a valid stream resource
fgets(): supplied resource is not a valid stream resource
ftell(): supplied resource is not a valid stream resource
rewind(): supplied resource is not a valid stream resource
fstat(): supplied resource is not a valid stream resource
fclose(): Argument #1 ($stream) must be of type resource, string given
fwrite(): Argument #1 ($stream) must be of type resource, int given
get_resource_type(): Argument #1 ($resource) must be of type resource, array given
bool(false)
bool(false)
