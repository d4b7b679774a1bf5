--TEST--
A select-based line server with two clients, as socket tutorials write it
--FILE--
<?php
// A tiny line-protocol server handling two clients with socket_select, in one process.
class Server {
    private Socket $listener;
    /** @var Socket[] */
    private array $clients = [];
    private array $names = [];
    public function __construct(string $host) {
        $this->listener = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
        socket_set_option($this->listener, SOL_SOCKET, SO_REUSEADDR, 1);
        socket_bind($this->listener, $host, 0) or throw new RuntimeException("bind failed");
        socket_listen($this->listener);
        socket_set_nonblock($this->listener);
    }
    public function port(): int { socket_getsockname($this->listener, $a, $p); return $p; }
    public function step(): void {
        $read = array_merge([$this->listener], $this->clients);
        $w = $e = null;
        if (socket_select($read, $w, $e, 0, 200000) < 1) return;
        foreach ($read as $s) {
            if ($s === $this->listener) {
                $c = socket_accept($this->listener);
                $id = spl_object_id($c);
                $this->clients[$id] = $c;
                $this->names[$id] = 'guest' . count($this->clients);
                socket_write($c, "welcome {$this->names[$id]}\n");
                continue;
            }
            $id = spl_object_id($s);
            $data = socket_read($s, 1024);
            if ($data === '' || $data === false) {
                printf("%s left\n", $this->names[$id]);
                socket_close($s);
                unset($this->clients[$id], $this->names[$id]);
                continue;
            }
            foreach (explode("\n", trim($data)) as $line) {
                $this->broadcast($id, sprintf("[%s] %s\n", $this->names[$id], $line));
            }
        }
    }
    private function broadcast(int $from, string $msg): void {
        echo "broadcast: $msg";
        foreach ($this->clients as $id => $c) {
            if ($id !== $from) socket_write($c, $msg);
        }
    }
}
function drain(Socket $s): string {
    $out = '';
    $r = [$s]; $w = $e = null;
    while (socket_select($r, $w, $e, 0, 300000) > 0) {
        $chunk = socket_read($s, 1024);
        if ($chunk === '' || $chunk === false) break;
        $out .= $chunk;
        $r = [$s];
    }
    return $out;
}
$srv = new Server('127.0.0.1');
$c1 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c1, '127.0.0.1', $srv->port());
$srv->step();
echo "c1: ", drain($c1);
$c2 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c2, '127.0.0.1', $srv->port());
$srv->step();
echo "c2: ", drain($c2);
socket_write($c1, "hi all\nsecond line\n");
$srv->step();
echo "c2 sees: ", drain($c2);
socket_close($c1);
$srv->step();
var_dump(drain($c2));
printf("%-10s|%5d|%05.1f|%x\n", "fmt", 42, 3.14159, 255);
echo json_encode(['clients' => 1, 'ok' => true]), "\n";

?>
--EXPECT--
c1: welcome guest1
c2: welcome guest2
broadcast: [guest1] hi all
broadcast: [guest1] second line
c2 sees: [guest1] hi all
[guest1] second line
guest1 left
string(0) ""
fmt       |   42|003.1|ff
{"clients":1,"ok":true}
