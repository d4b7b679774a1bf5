--TEST--
SplStack: push/pop/top, LIFO offsets and iteration, frozen mode, empty errors
--FILE--
<?php
$s = new SplStack;
$s->push(1); $s->push(2); $s[] = 3;
var_dump(count($s), $s->top(), $s->bottom(), $s[0], $s[2], isset($s[2]), isset($s[3]));
foreach ($s as $k => $v) echo "$k=$v ";
echo "\n";
var_dump($s->pop(), $s->pop(), count($s));
$s->push('x'); $s->unshift('bottom');
foreach ($s as $k => $v) echo "$k=$v ";
echo "\n";
$s[0] = 'TOP';
$s->add(1, 'added');
foreach ($s as $k => $v) echo "$k=$v ";
echo "\n";
unset($s[0]);
foreach ($s as $k => $v) echo "$k=$v ";
echo "\n";
var_dump($s->getIteratorMode());
try { $s->setIteratorMode(SplDoublyLinkedList::IT_MODE_FIFO); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
var_dump($s->setIteratorMode(SplDoublyLinkedList::IT_MODE_LIFO | SplDoublyLinkedList::IT_MODE_DELETE));
foreach ($s as $k => $v) echo "$k=$v ";
echo "\n", count($s), "\n";
foreach (['pop', 'shift', 'top', 'bottom'] as $m) {
    try { $s->$m(); } catch (RuntimeException $e) { echo "$m: ", $e->getMessage(), "\n"; }
}
// balanced brackets
function balanced(string $t): bool {
    $st = new SplStack;
    $pairs = [')' => '(', ']' => '[', '}' => '{'];
    foreach (str_split($t) as $ch) {
        if (in_array($ch, $pairs, true)) $st->push($ch);
        elseif (isset($pairs[$ch])) { if ($st->isEmpty() || $st->pop() !== $pairs[$ch]) return false; }
    }
    return $st->isEmpty();
}
var_dump(balanced("{[()]}"), balanced("{[(])}"), balanced("(("));
$s->push([1]); $s->push(new stdClass);
var_dump($s);
--EXPECT--
int(3)
int(3)
int(1)
int(3)
int(1)
bool(true)
bool(false)
2=3 1=2 0=1 
int(3)
int(2)
int(1)
2=x 1=1 0=bottom 
3=TOP 2=1 1=added 0=bottom 
2=1 1=added 0=bottom 
int(6)
Iterators' LIFO/FIFO modes for SplStack/SplQueue objects are frozen
int(7)
2=1 1=added 0=bottom 
0
pop: Can't pop from an empty datastructure
shift: Can't shift from an empty datastructure
top: Can't peek at an empty datastructure
bottom: Can't peek at an empty datastructure
bool(true)
bool(false)
bool(false)
object(SplStack)#1 (2) {
  ["flags":"SplDoublyLinkedList":private]=>
  int(7)
  ["dllist":"SplDoublyLinkedList":private]=>
  array(2) {
    [0]=>
    array(1) {
      [0]=>
      int(1)
    }
    [1]=>
    object(stdClass)#3 (0) {
    }
  }
}
