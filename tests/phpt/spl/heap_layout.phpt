--TEST--
SplMinHeap/SplMaxHeap/SplPriorityQueue keep PHP's heap layout through inserts and extracts
--FILE--
<?php
mt_srand(7);
$min = new SplMinHeap; $max = new SplMaxHeap; $pq = new SplPriorityQueue;
for ($i = 0; $i < 40; $i++) { $v = mt_rand(0, 50); $min->insert($v); $max->insert($v); $pq->insert("v$i", $v % 7); }
for ($i = 0; $i < 7; $i++) { $min->extract(); $max->extract(); $pq->extract(); }
echo json_encode($min->__debugInfo()), "\n", json_encode($max->__debugInfo()), "\n";
$pq->setExtractFlags(SplPriorityQueue::EXTR_BOTH);
echo json_encode($pq->__debugInfo()), "\n";
$out = []; foreach ($min as $v) $out[] = $v; echo implode(',', $out), "\n";
$out = []; while (!$max->isEmpty()) $out[] = $max->extract(); echo implode(',', $out), "\n";
$out = []; foreach ($pq as $k => $v) $out[] = "$k:{$v['data']}/{$v['priority']}"; echo implode(',', $out), "\n";
var_dump(count($min), count($max), count($pq));
$mixed = new SplMinHeap;
foreach (["10", 9, "abc", 1.5, true, null, [1], "9"] as $v) $mixed->insert($v);
var_dump($mixed);
--EXPECT--
{"\u0000SplHeap\u0000flags":0,"\u0000SplHeap\u0000isCorrupted":false,"\u0000SplHeap\u0000heap":[9,12,10,15,26,11,15,16,18,31,26,25,12,35,23,22,26,26,23,33,31,37,44,37,34,26,14,37,36,50,42,40,31]}
{"\u0000SplHeap\u0000flags":0,"\u0000SplHeap\u0000isCorrupted":false,"\u0000SplHeap\u0000heap":[36,33,35,31,31,34,23,26,26,25,26,31,26,15,23,9,16,18,26,2,12,4,7,9,12,14,11,10,15,22,6,9,9]}
{"\u0000SplPriorityQueue\u0000flags":3,"\u0000SplPriorityQueue\u0000isCorrupted":false,"\u0000SplPriorityQueue\u0000heap":[{"data":"v20","priority":5},{"data":"v22","priority":5},{"data":"v5","priority":5},{"data":"v35","priority":4},{"data":"v10","priority":4},{"data":"v12","priority":5},{"data":"v27","priority":3},{"data":"v17","priority":3},{"data":"v2","priority":4},{"data":"v9","priority":2},{"data":"v4","priority":3},{"data":"v39","priority":2},{"data":"v26","priority":4},{"data":"v14","priority":2},{"data":"v13","priority":1},{"data":"v15","priority":3},{"data":"v33","priority":2},{"data":"v37","priority":2},{"data":"v36","priority":2},{"data":"v16","priority":1},{"data":"v8","priority":0},{"data":"v21","priority":2},{"data":"v34","priority":2},{"data":"v23","priority":2},{"data":"v11","priority":2},{"data":"v25","priority":0},{"data":"v0","priority":2},{"data":"v6","priority":0},{"data":"v28","priority":1},{"data":"v29","priority":1},{"data":"v30","priority":0},{"data":"v1","priority":1},{"data":"v32","priority":2}]}
9,10,11,12,12,14,15,15,16,18,22,23,23,25,26,26,26,26,26,31,31,31,33,34,35,36,37,37,37,40,42,44,50
36,35,34,33,31,31,31,26,26,26,26,26,25,23,23,22,18,16,15,15,14,12,12,11,10,9,9,9,9,7,6,4,2
32:v20/5,31:v22/5,30:v5/5,29:v12/5,28:v35/4,27:v2/4,26:v10/4,25:v26/4,24:v17/3,23:v15/3,22:v4/3,21:v27/3,20:v33/2,19:v32/2,18:v37/2,17:v36/2,16:v11/2,15:v9/2,14:v21/2,13:v34/2,12:v39/2,11:v23/2,10:v0/2,9:v14/2,8:v16/1,7:v29/1,6:v28/1,5:v13/1,4:v1/1,3:v6/0,2:v8/0,1:v30/0,0:v25/0
int(0)
int(0)
int(0)
object(SplMinHeap)#4 (3) {
  ["flags":"SplHeap":private]=>
  int(0)
  ["isCorrupted":"SplHeap":private]=>
  bool(false)
  ["heap":"SplHeap":private]=>
  array(8) {
    [0]=>
    NULL
    [1]=>
    int(9)
    [2]=>
    float(1.5)
    [3]=>
    string(1) "9"
    [4]=>
    bool(true)
    [5]=>
    string(3) "abc"
    [6]=>
    array(1) {
      [0]=>
      int(1)
    }
    [7]=>
    string(2) "10"
  }
}
