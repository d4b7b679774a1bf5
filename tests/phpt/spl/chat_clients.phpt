--TEST--
A chat room keeping clients in SplObjectStorage and messages in SplQueue
--FILE--
<?php
// A chat server's bookkeeping, with fake connections instead of sockets.
final class Connection {
    private static int $next = 1;
    public readonly int $id;
    public array $sent = [];
    public function __construct(public string $peer) { $this->id = self::$next++; }
    public function write(string $line): void { $this->sent[] = $line; }
}
final class ChatRoom {
    private SplObjectStorage $clients;
    private SplQueue $outbox;
    public function __construct() {
        $this->clients = new SplObjectStorage();
        $this->outbox = new SplQueue();
    }
    public function join(Connection $c, string $nick): void {
        $this->clients[$c] = ['nick' => $nick, 'since' => count($this->clients)];
        $this->broadcast("* $nick joined", $c);
    }
    public function leave(Connection $c): void {
        if (!$this->clients->contains($c)) { echo "unknown connection {$c->id}\n"; return; }
        $nick = $this->clients[$c]['nick'];
        $this->clients->detach($c);
        $this->broadcast("* $nick left");
    }
    public function say(Connection $c, string $text): void {
        $this->broadcast("<{$this->clients[$c]['nick']}> $text", $c);
    }
    private function broadcast(string $line, ?Connection $except = null): void {
        foreach ($this->clients as $client) {
            if ($client !== $except) $this->outbox->enqueue([$client, $line]);
        }
    }
    public function flush(): int {
        $n = 0;
        while (!$this->outbox->isEmpty()) {
            [$client, $line] = $this->outbox->dequeue();
            $client->write($line);
            $n++;
        }
        return $n;
    }
    public function who(): array {
        $names = [];
        foreach ($this->clients as $i => $client) $names[$i] = $this->clients[$client]['nick'];
        return $names;
    }
}
$room = new ChatRoom;
$a = new Connection('10.0.0.1:5000');
$b = new Connection('10.0.0.2:5001');
$c = new Connection('10.0.0.3:5002');
$room->join($a, 'ann');
$room->join($b, 'bob');
$room->say($a, 'hello');
$room->join($c, 'cy');
var_dump($room->flush());
$room->leave($b);
$room->leave($b);
$room->say($c, 'bye bob');
var_dump($room->flush(), $room->who());
foreach ([$a, $b, $c] as $conn) { echo "{$conn->id} {$conn->peer}: ", implode(' | ', $conn->sent), "\n"; }
--EXPECT--
int(4)
unknown connection 2
int(3)
array(2) {
  [0]=>
  string(3) "ann"
  [1]=>
  string(2) "cy"
}
1 10.0.0.1:5000: * bob joined | * cy joined | * bob left | <cy> bye bob
2 10.0.0.2:5001: <ann> hello | * cy joined
3 10.0.0.3:5002: * bob left
