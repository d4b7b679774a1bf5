--TEST--
SPL interfaces: SplObserver/SplSubject, SeekableIterator and the classes' interfaces
--FILE--
<?php
foreach (['Serializable', 'SplObserver', 'SplSubject', 'SeekableIterator', 'OuterIterator', 'RecursiveIterator'] as $i) {
    var_dump(interface_exists($i), class_exists($i));
}
class Newsletter implements SplSubject {
    private SplObjectStorage $observers;
    public string $last = '';
    public function __construct() { $this->observers = new SplObjectStorage(); }
    public function attach(SplObserver $observer): void { $this->observers->attach($observer); }
    public function detach(SplObserver $observer): void { $this->observers->detach($observer); }
    public function notify(): void { foreach ($this->observers as $o) { $o->update($this); } }
    public function publish(string $s): void { $this->last = $s; $this->notify(); }
}
class Reader implements SplObserver {
    public function __construct(private string $name) {}
    public function update(SplSubject $subject): void { echo "{$this->name} got {$subject->last}\n"; }
}
$n = new Newsletter;
$a = new Reader("ann"); $b = new Reader("bob");
$n->attach($a); $n->attach($b); $n->attach($a);
$n->publish("issue 1");
$n->detach($a);
$n->publish("issue 2");
var_dump($a instanceof SplObserver, $n instanceof SplSubject, $n instanceof SplObserver);
class Seek implements SeekableIterator {
    private $i = 0;
    public function __construct(private array $a) {}
    public function seek(int $offset): void {
        if (!isset($this->a[$offset])) throw new OutOfBoundsException("invalid seek position ($offset)");
        $this->i = $offset;
    }
    public function current(): mixed { return $this->a[$this->i]; }
    public function key(): mixed { return $this->i; }
    public function next(): void { $this->i++; }
    public function rewind(): void { $this->i = 0; }
    public function valid(): bool { return isset($this->a[$this->i]); }
}
$s = new Seek(['a', 'b', 'c']);
$s->seek(1);
echo $s->current(), "\n";
foreach ($s as $k => $v) echo "$k=$v ";
echo "\n";
try { $s->seek(5); } catch (OutOfBoundsException $e) { echo $e->getMessage(), "\n"; }
var_dump($s instanceof Iterator, $s instanceof Traversable, $s instanceof SeekableIterator);
var_dump(is_subclass_of('SeekableIterator', 'Iterator'), is_subclass_of('RecursiveIterator', 'Iterator'), is_subclass_of('OuterIterator', 'Traversable'));
var_dump(new SplObjectStorage instanceof Serializable, new SplQueue instanceof Serializable, new SplStack instanceof ArrayAccess);
var_dump(get_parent_class(new SplQueue), get_parent_class(new SplStack), new SplQueue instanceof SplDoublyLinkedList, new SplStack instanceof Countable);
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
ann got issue 1
bob got issue 1
bob got issue 2
bool(true)
bool(true)
bool(false)
b
0=a 1=b 2=c 
invalid seek position (5)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(19) "SplDoublyLinkedList"
string(19) "SplDoublyLinkedList"
bool(true)
bool(true)
