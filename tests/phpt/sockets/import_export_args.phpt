--TEST--
socket_import_stream argument checks
--FILE--
<?php
foreach (['x', 1, null, []] as $bad) {
    try {
        socket_import_stream($bad);
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    socket_export_stream('x');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
socket_import_stream(): Argument #1 ($stream) must be of type resource, string given
socket_import_stream(): Argument #1 ($stream) must be of type resource, int given
socket_import_stream(): Argument #1 ($stream) must be of type resource, null given
socket_import_stream(): Argument #1 ($stream) must be of type resource, array given
socket_export_stream(): Argument #1 ($socket) must be of type Socket, string given
