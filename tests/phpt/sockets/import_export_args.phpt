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
