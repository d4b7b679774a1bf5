--TEST--
SplPriorityQueue: extract flags, iteration, dumps, errors
--FILE--
<?php
$pq = new SplPriorityQueue;
var_dump($pq->isEmpty(), $pq->getExtractFlags(), $pq->insert('lo', 1));
$pq->insert('hi', 10); $pq->insert('mid', 5); $pq->insert('mid2', 5); $pq->insert('arr', [1, 2]);
var_dump(count($pq), $pq->top(), $pq);
print_r($pq); echo "\n";
var_dump($pq->setExtractFlags(SplPriorityQueue::EXTR_BOTH));
print_r($pq->top());
var_dump($pq->setExtractFlags(SplPriorityQueue::EXTR_PRIORITY), $pq->extract());
var_dump($pq->setExtractFlags(7), $pq->getExtractFlags());
try { $pq->setExtractFlags(4); } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$pq->setExtractFlags(SplPriorityQueue::EXTR_DATA);
$pq->rewind();
var_dump($pq->key(), $pq->current(), $pq->valid());
$pq->next();
var_dump($pq->key(), $pq->current());
foreach ($pq as $k => $v) echo "$k=", json_encode($v), " ";
echo "\n";
var_dump($pq->valid(), $pq->current(), $pq->key(), count($pq));
try { $pq->extract(); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
try { $pq->top(); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
var_dump($pq->compare(1, 2), $pq->compare('b', 'a'), $pq->compare(3, 3));
try { $pq->insert('x'); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
echo serialize($pq), "\n";
--EXPECT--
bool(true)
int(1)
bool(true)
int(5)
string(3) "arr"
object(SplPriorityQueue)#1 (3) {
  ["flags":"SplPriorityQueue":private]=>
  int(1)
  ["isCorrupted":"SplPriorityQueue":private]=>
  bool(false)
  ["heap":"SplPriorityQueue":private]=>
  array(5) {
    [0]=>
    array(2) {
      ["data"]=>
      string(3) "arr"
      ["priority"]=>
      array(2) {
        [0]=>
        int(1)
        [1]=>
        int(2)
      }
    }
    [1]=>
    array(2) {
      ["data"]=>
      string(2) "hi"
      ["priority"]=>
      int(10)
    }
    [2]=>
    array(2) {
      ["data"]=>
      string(3) "mid"
      ["priority"]=>
      int(5)
    }
    [3]=>
    array(2) {
      ["data"]=>
      string(2) "lo"
      ["priority"]=>
      int(1)
    }
    [4]=>
    array(2) {
      ["data"]=>
      string(4) "mid2"
      ["priority"]=>
      int(5)
    }
  }
}
SplPriorityQueue Object
(
    [flags:SplPriorityQueue:private] => 1
    [isCorrupted:SplPriorityQueue:private] => 
    [heap:SplPriorityQueue:private] => Array
        (
            [0] => Array
                (
                    [data] => arr
                    [priority] => Array
                        (
                            [0] => 1
                            [1] => 2
                        )

                )

            [1] => Array
                (
                    [data] => hi
                    [priority] => 10
                )

            [2] => Array
                (
                    [data] => mid
                    [priority] => 5
                )

            [3] => Array
                (
                    [data] => lo
                    [priority] => 1
                )

            [4] => Array
                (
                    [data] => mid2
                    [priority] => 5
                )

        )

)

int(3)
Array
(
    [data] => arr
    [priority] => Array
        (
            [0] => 1
            [1] => 2
        )

)
int(2)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
int(3)
int(3)
RuntimeException: Must specify at least one extract flag
int(3)
string(2) "hi"
bool(true)
int(2)
string(4) "mid2"
2="mid2" 1="mid" 0="lo" 
bool(false)
NULL
int(-1)
int(0)
Can't extract from an empty heap
Can't peek at an empty heap
int(-1)
int(1)
int(0)
SplPriorityQueue::insert() expects exactly 2 arguments, 1 given
O:16:"SplPriorityQueue":0:{}
