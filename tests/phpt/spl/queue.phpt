--TEST--
SplQueue: enqueue/dequeue, iteration, delete mode, frozen FIFO mode, dumps, subclass
--FILE--
<?php
$q = new SplQueue;
var_dump($q->isEmpty(), count($q));
$q->enqueue("a");
$q->enqueue("b");
$q[] = "c";
$q->push("d");
var_dump($q->isEmpty(), count($q), $q->dequeue(), $q->bottom(), $q->top(), $q[0], $q[2]);
foreach ($q as $k => $v) echo "$k=$v ";
echo "\n";
while (!$q->isEmpty()) echo $q->dequeue(), " ";
echo "\n";
try { $q->dequeue(); } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
// a job queue that grows while it is drained
$jobs = new SplQueue;
$jobs->enqueue(3);
while (count($jobs) > 0) {
    $n = $jobs->dequeue();
    echo "job $n\n";
    if ($n > 1) { $jobs->enqueue($n - 1); $jobs->enqueue($n - 2); }
}
var_dump($q->getIteratorMode(), $q->setIteratorMode(SplDoublyLinkedList::IT_MODE_DELETE));
$q->enqueue(1); $q->enqueue(2);
foreach ($q as $k => $v) echo "$k=$v ";
echo "\n", count($q), "\n";
try { $q->setIteratorMode(SplDoublyLinkedList::IT_MODE_LIFO); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
var_dump($q);
print_r($q); echo "\n";
class Jobs extends SplQueue { public $name = 'jobs'; }
$j = new Jobs;
$j->enqueue('x');
var_dump($j, $j->getIteratorMode());
$c = clone $j;
$c->enqueue('y');
var_dump(count($j), count($c));
--EXPECT--
bool(true)
int(0)
bool(false)
int(4)
string(1) "a"
string(1) "b"
string(1) "d"
string(1) "b"
string(1) "d"
0=b 1=c 2=d 
b c d 
RuntimeException: Can't shift from an empty datastructure
job 3
job 2
job 1
job 1
job 0
int(4)
int(5)
0=1 0=2 
0
Iterators' LIFO/FIFO modes for SplStack/SplQueue objects are frozen
object(SplQueue)#1 (2) {
  ["flags":"SplDoublyLinkedList":private]=>
  int(5)
  ["dllist":"SplDoublyLinkedList":private]=>
  array(0) {
  }
}
SplQueue Object
(
    [flags:SplDoublyLinkedList:private] => 5
    [dllist:SplDoublyLinkedList:private] => Array
        (
        )

)

object(Jobs)#2 (3) {
  ["name"]=>
  string(4) "jobs"
  ["flags":"SplDoublyLinkedList":private]=>
  int(4)
  ["dllist":"SplDoublyLinkedList":private]=>
  array(1) {
    [0]=>
    string(1) "x"
  }
}
int(4)
int(1)
int(2)
