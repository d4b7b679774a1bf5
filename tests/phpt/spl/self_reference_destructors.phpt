--TEST--
SPL structures holding themselves (dumps, serialize) and when the objects they hold are destroyed
--FILE--
<?php
$s = new SplObjectStorage; $s[$s] = 'self';
var_dump($s); print_r($s); echo "\n";
echo serialize($s), "\n";
$l = new SplDoublyLinkedList; $l->push($l);
var_dump($l); print_r($l); echo "\n";
$a = new ArrayObject([]); $a['me'] = $a;
var_dump($a);
class D { function __construct(public $n) {} function __destruct() { echo "destruct {$this->n}\n"; } }
$st = new SplObjectStorage; $st->attach(new D(1)); $st->attach(new D(2), new D(3));
echo "unset\n"; unset($st); echo "after\n";
$q = new SplQueue; $q->push(new D(4)); $q->push(new D(5)); echo "shift\n"; $q->shift(); echo "after shift\n";
$st = new SplObjectStorage; $d = new D(6); $st[$d] = 1; unset($d); echo "detach\n"; $st->rewind(); $st->detach($st->current()); echo "after detach\n";
$h = new SplMinHeap; $h->insert(new D(7)); $h->extract(); echo "after extract\n";
echo "end\n";
--EXPECT--
object(SplObjectStorage)#1 (1) {
  ["storage":"SplObjectStorage":private]=>
  array(1) {
    [0]=>
    array(2) {
      ["obj"]=>
      *RECURSION*
      ["inf"]=>
      string(4) "self"
    }
  }
}
SplObjectStorage Object
(
    [storage:SplObjectStorage:private] => Array
        (
            [0] => Array
                (
                    [obj] => SplObjectStorage Object
 *RECURSION*
                    [inf] => self
                )

        )

)

O:16:"SplObjectStorage":2:{i:0;a:2:{i:0;r:1;i:1;s:4:"self";}i:1;a:0:{}}
object(SplDoublyLinkedList)#2 (2) {
  ["flags":"SplDoublyLinkedList":private]=>
  int(0)
  ["dllist":"SplDoublyLinkedList":private]=>
  array(1) {
    [0]=>
    *RECURSION*
  }
}
SplDoublyLinkedList Object
(
    [flags:SplDoublyLinkedList:private] => 0
    [dllist:SplDoublyLinkedList:private] => Array
        (
            [0] => SplDoublyLinkedList Object
 *RECURSION*
        )

)

object(ArrayObject)#3 (1) {
  ["storage":"ArrayObject":private]=>
  array(1) {
    ["me"]=>
    *RECURSION*
  }
}
unset
destruct 1
destruct 2
destruct 3
after
shift
destruct 4
after shift
detach
destruct 6
after detach
destruct 7
after extract
end
destruct 5
