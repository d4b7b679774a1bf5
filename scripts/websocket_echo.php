<?php
// A WebSocket echo server (RFC 6455), written from scratch on the sockets extension:
// the HTTP upgrade handshake, then frames in both directions. Every text or binary
// message a client sends comes straight back; pings are answered with pongs; a close
// frame is answered with a close frame. Clients are served one after another.
//
//   php websocket_echo.php [port] [clients]
//
// port     TCP port on 127.0.0.1 (default 0: the system picks one; the server prints it)
// clients  stop after serving this many clients (default 0: run forever)
//
// Try it from a browser's console:
//   ws = new WebSocket('ws://127.0.0.1:PORT/'); ws.onmessage = e => console.log(e.data);
//   ws.send('hello');

$port = (int) ($argv[1] ?? 0);
$limit = (int) ($argv[2] ?? 0);

// The fixed GUID of RFC 6455 that the handshake mixes into the client's key.
const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
// Opcodes of the frames this server knows.
const OP_CONTINUATION = 0x0;
const OP_TEXT = 0x1;
const OP_BINARY = 0x2;
const OP_CLOSE = 0x8;
const OP_PING = 0x9;
const OP_PONG = 0xA;
// The largest message accepted (a bigger one is refused with close code 1009).
const MAX_MESSAGE = 1 << 20;

/** Reads exactly $length bytes, or returns null if the connection ends first. */
function read_exact(Socket $socket, int $length): ?string
{
    $data = '';
    while (strlen($data) < $length) {
        $chunk = socket_read($socket, min($length - strlen($data), 65536));
        if ($chunk === false || $chunk === '') {
            return null;
        }
        $data .= $chunk;
    }
    return $data;
}

/** Writes all of $data, however many calls socket_write() needs. */
function write_all(Socket $socket, string $data): bool
{
    while ($data !== '') {
        $sent = socket_write($socket, $data);
        if ($sent === false) {
            return false;
        }
        $data = substr($data, $sent);
    }
    return true;
}

/**
 * Reads the HTTP upgrade request and answers it. The proof that we speak WebSocket is
 * Sec-WebSocket-Accept: base64(sha1(key . GUID)), with the raw 20-byte sha1.
 */
function handshake(Socket $client): bool
{
    $request = '';
    while (strpos($request, "\r\n\r\n") === false) {
        $chunk = socket_read($client, 4096);
        if ($chunk === false || $chunk === '' || strlen($request) > 8192) {
            return false;
        }
        $request .= $chunk;
    }
    if (!preg_match('/^Sec-WebSocket-Key:\s*(\S+)\s*$/mi', $request, $match)) {
        write_all($client, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        return false;
    }
    $accept = base64_encode(sha1($match[1] . WS_GUID, true));
    return write_all($client, "HTTP/1.1 101 Switching Protocols\r\n"
        . "Upgrade: websocket\r\n"
        . "Connection: Upgrade\r\n"
        . "Sec-WebSocket-Accept: $accept\r\n"
        . "\r\n");
}

/**
 * Builds a frame as a server sends it: FIN set, never masked. The length takes 7 bits,
 * or 126 and a 16-bit length ('n'), or 127 and a 64-bit length ('J'), big-endian.
 */
function frame(int $opcode, string $payload): string
{
    $length = strlen($payload);
    if ($length < 126) {
        $header = pack('CC', 0x80 | $opcode, $length);
    } elseif ($length <= 0xFFFF) {
        $header = pack('CCn', 0x80 | $opcode, 126, $length);
    } else {
        $header = pack('CCJ', 0x80 | $opcode, 127, $length);
    }
    return $header . $payload;
}

/**
 * Reads one frame: ['fin' => bool, 'opcode' => int, 'payload' => string], or null when
 * the connection ends or the frame breaks the rules (the reason goes to $closeCode).
 */
function read_frame(Socket $client, ?int &$closeCode): ?array
{
    $head = read_exact($client, 2);
    if ($head === null) {
        return null;
    }
    ['first' => $first, 'second' => $second] = unpack('Cfirst/Csecond', $head);
    $fin = ($first & 0x80) !== 0;
    $opcode = $first & 0x0F;
    $masked = ($second & 0x80) !== 0;
    $length = $second & 0x7F;
    if ($length === 126) {
        $bytes = read_exact($client, 2);
        $length = $bytes === null ? null : unpack('n', $bytes)[1];
    } elseif ($length === 127) {
        $bytes = read_exact($client, 8);
        $length = $bytes === null ? null : unpack('J', $bytes)[1];
    }
    if ($length === null) {
        return null;
    }
    // Clients must mask every frame; oversized messages are refused.
    if (!$masked) {
        $closeCode = 1002;
        return null;
    }
    if ($length < 0 || $length > MAX_MESSAGE) {
        $closeCode = 1009;
        return null;
    }
    $mask = read_exact($client, 4);
    $payload = read_exact($client, $length);
    if ($mask === null || $payload === null) {
        return null;
    }
    // Unmasking is a XOR with the 4-byte key repeated over the payload.
    if ($length > 0) {
        $payload ^= str_repeat($mask, intdiv($length + 3, 4));
        $payload = substr($payload, 0, $length);
    }
    return ['fin' => $fin, 'opcode' => $opcode, 'payload' => $payload];
}

/** Talks to one client after the handshake; returns how many messages it echoed. */
function serve(Socket $client): int
{
    $echoed = 0;
    $message = null;  // a fragmented message being collected: [opcode, data]
    while (true) {
        $closeCode = null;
        $frame = read_frame($client, $closeCode);
        if ($frame === null) {
            if ($closeCode !== null) {
                write_all($client, frame(OP_CLOSE, pack('n', $closeCode)));
            }
            return $echoed;
        }
        switch ($frame['opcode']) {
            case OP_TEXT:
            case OP_BINARY:
                $message = [$frame['opcode'], $frame['payload']];
                break;
            case OP_CONTINUATION:
                if ($message === null) {
                    write_all($client, frame(OP_CLOSE, pack('n', 1002)));
                    return $echoed;
                }
                $message[1] .= $frame['payload'];
                break;
            case OP_PING:
                write_all($client, frame(OP_PONG, $frame['payload']));
                continue 2;
            case OP_PONG:
                continue 2;
            case OP_CLOSE:
                // Answer with the same status code (the first two bytes), then hang up.
                write_all($client, frame(OP_CLOSE, substr($frame['payload'], 0, 2)));
                return $echoed;
            default:
                write_all($client, frame(OP_CLOSE, pack('n', 1003)));
                return $echoed;
        }
        if (strlen($message[1]) > MAX_MESSAGE) {
            write_all($client, frame(OP_CLOSE, pack('n', 1009)));
            return $echoed;
        }
        if ($frame['fin']) {
            write_all($client, frame($message[0], $message[1]));
            $message = null;
            $echoed++;
        }
    }
}

$server = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($server, SOL_SOCKET, SO_REUSEADDR, 1);
if (!socket_bind($server, '127.0.0.1', $port) || !socket_listen($server, 16)) {
    echo 'cannot listen: ', socket_strerror(socket_last_error($server)), "\n";
    exit(1);
}
socket_getsockname($server, $address, $port);
echo "listening on ws://$address:$port\n";
flush(); // whoever started us is waiting for the port

$served = 0;
while ($limit === 0 || $served < $limit) {
    $client = socket_accept($server);
    if ($client === false) {
        break;
    }
    $served++;
    // A silent client must not hold the server forever.
    socket_set_option($client, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 30, 'usec' => 0]);
    if (handshake($client)) {
        $echoed = serve($client);
        echo "client $served: $echoed messages echoed\n";
    } else {
        echo "client $served: no handshake\n";
    }
    socket_close($client);
}

socket_close($server);
echo "served $served clients\n";
