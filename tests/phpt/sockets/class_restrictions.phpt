--TEST--
Socket and AddressInfo cannot be constructed, cloned, serialized or given properties
--FILE--
<?php
foreach (['Socket', 'AddressInfo'] as $class) {
    try {
        new $class();
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$s = socket_create(AF_UNIX, SOCK_STREAM, 0);
try {
    $c = clone $s;
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$ai = socket_addrinfo_lookup('127.0.0.1', null, ['ai_family' => AF_INET])[0];
try {
    $c = clone $ai;
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    serialize($s);
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    serialize($ai);
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "done\n";
--EXPECT--
Error: Cannot directly construct Socket, use socket_create() instead
Error: Cannot directly construct AddressInfo, use socket_addrinfo_lookup() instead
Error: Trying to clone an uncloneable object of class Socket
Error: Trying to clone an uncloneable object of class AddressInfo
Exception: Serialization of 'Socket' is not allowed
Exception: Serialization of 'AddressInfo' is not allowed
done
