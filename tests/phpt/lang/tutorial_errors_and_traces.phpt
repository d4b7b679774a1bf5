--TEST--
Socket errors turned into exceptions with traces, strict types, readonly endpoints
--FILE--
<?php
declare(strict_types=1);
set_time_limit(0);
ob_implicit_flush();
final class Endpoint {
    public function __construct(public readonly string $host, public readonly int $port) {}
    public static function parse(string $spec): self {
        [$h, $p] = explode(':', $spec) + [1 => '0'];
        if (!preg_match("/^\d+$/", $p)) throw new InvalidArgumentException("bad port in '$spec'");
        return new self($h, (int)$p);
    }
}
function open(Endpoint $ep): Socket {
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    if (@socket_connect($s, $ep->host, $ep->port) === false) {
        throw new RuntimeException(sprintf("connect to %s:%d failed: %s", $ep->host, $ep->port, socket_strerror(socket_last_error($s))), socket_last_error($s));
    }
    return $s;
}
foreach (['127.0.0.1:1', 'localhost:x', '127.0.0.1'] as $spec) {
    try {
        $ep = Endpoint::parse($spec);
        open($ep);
    } catch (RuntimeException $e) {
        echo get_class($e), " (", $e->getCode(), "): ", $e->getMessage(), "\n";
        echo $e->getTraceAsString(), "\n";
    } catch (InvalidArgumentException $e) {
        echo "invalid: ", $e->getMessage(), " at line ", $e->getLine(), "\n";
    }
}
try { socket_connect(socket_create(AF_INET, SOCK_STREAM, SOL_TCP), '127.0.0.1', '80'); } catch (TypeError $e) { echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; }
$ep = new Endpoint('h', 1);
try { $ep->port = 2; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump($s);
socket_close($s);
var_dump($s);
open(new Endpoint('127.0.0.1', 1));

?>
--EXPECTF--
RuntimeException (111): connect to 127.0.0.1:1 failed: Connection refused
#0 %s(23): open(Object(Endpoint))
#1 {main}
invalid: bad port in 'localhost:x' at line 9
RuntimeException (111): connect to 127.0.0.1:0 failed: Connection refused
#0 %s(23): open(Object(Endpoint))
#1 {main}
socket_connect(): Argument #3 ($port) must be of type ?int, string given
#0 %s(31): socket_connect(Object(Socket), '127.0.0.1', '80')
#1 {main}
Cannot modify readonly property Endpoint::$port
object(Socket)#1 (0) {
}
object(Socket)#1 (0) {
}

Fatal error: Uncaught RuntimeException: connect to 127.0.0.1:1 failed: Connection refused in %s:16
Stack trace:
#0 %s(38): open(Object(Endpoint))
#1 {main}
  thrown in %s on line 16
--EXITCODE--
255
