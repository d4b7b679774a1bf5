<?php
// A tiny HTTP/1.0 server: enough of the protocol to answer a browser or curl. One request
// per connection: read the request head, parse the request line, send a response with a
// Content-Length, close.
//
//   php http_server.php [port] [requests]
//
// port      TCP port on 127.0.0.1 (default 0: the system picks one; the server prints it)
// requests  stop after this many connections (default 0: run forever)
//
// Try it with `curl -i http://127.0.0.1:PORT/` or a browser.

$port = (int) ($argv[1] ?? 0);
$limit = (int) ($argv[2] ?? 0);

// The pages the server knows: path => [content type, body].
$pages = [
    '/' => ['text/html; charset=utf-8',
        "<!DOCTYPE html>\n<html><head><title>phpsock</title></head>\n"
        . "<body><h1>Hello from a PHP socket server</h1>\n"
        . "<p>See also <a href=\"/about.txt\">about.txt</a>.</p></body></html>\n"],
    '/about.txt' => ['text/plain; charset=utf-8',
        "This page was served by scripts/http_server.php.\n"],
];

/** Builds a whole HTTP/1.0 response; HEAD requests get the headers without the body. */
function response(int $status, string $reason, string $type, string $body, bool $head): string
{
    $headers = "HTTP/1.0 $status $reason\r\n"
        . "Content-Type: $type\r\n"
        . 'Content-Length: ' . strlen($body) . "\r\n"
        . "Connection: close\r\n"
        . "\r\n";
    return $head ? $headers : $headers . $body;
}

/** Writes all of $data, however many calls socket_write() needs. */
function write_all(Socket $socket, string $data): void
{
    while ($data !== '') {
        $sent = socket_write($socket, $data);
        if ($sent === false) {
            return;
        }
        $data = substr($data, $sent);
    }
}

$server = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($server, SOL_SOCKET, SO_REUSEADDR, 1);
if (!socket_bind($server, '127.0.0.1', $port) || !socket_listen($server, 16)) {
    echo 'cannot listen: ', socket_strerror(socket_last_error($server)), "\n";
    exit(1);
}
socket_getsockname($server, $address, $port);
echo "listening on http://$address:$port\n";
flush(); // whoever started us is waiting for the port

$handled = 0;
while ($limit === 0 || $handled < $limit) {
    $client = socket_accept($server);
    if ($client === false) {
        break;
    }
    $handled++;
    // A slow or silent client must not hold the server forever.
    socket_set_option($client, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);

    // The request head ends with an empty line; refuse heads over 8 KiB.
    $request = '';
    while (strpos($request, "\r\n\r\n") === false && strlen($request) <= 8192) {
        $data = @socket_read($client, 2048);
        if ($data === false || $data === '') {
            break;
        }
        $request .= $data;
    }

    // The request line: METHOD SP PATH SP VERSION, e.g. "GET /about.txt HTTP/1.0".
    $firstLine = strstr($request, "\r\n", true);
    $parts = $firstLine === false ? [] : explode(' ', $firstLine);
    if (count($parts) !== 3 || !str_starts_with($parts[2], 'HTTP/')) {
        $reply = response(400, 'Bad Request', 'text/plain', "bad request\n", false);
        $logged = '-';
    } else {
        [$method, $target, $version] = $parts;
        $path = parse_url($target, PHP_URL_PATH) ?: '/'; // drop any ?query
        $head = $method === 'HEAD';
        if ($method !== 'GET' && !$head) {
            $reply = response(405, 'Method Not Allowed', 'text/plain', "only GET and HEAD\n", false);
        } elseif (isset($pages[$path])) {
            [$type, $body] = $pages[$path];
            $reply = response(200, 'OK', $type, $body, $head);
        } else {
            $reply = response(404, 'Not Found', 'text/plain', "no such page: $path\n", $head);
        }
        $logged = "$method $target";
    }
    write_all($client, $reply);
    socket_close($client);
    // A one-line access log: the request and the status sent.
    echo $logged, ' ', substr($reply, 9, 3), "\n";
}

socket_close($server);
echo "handled $handled requests\n";
