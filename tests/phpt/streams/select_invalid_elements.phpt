--TEST--
stream_select with elements that are not streams (closed resources, other values): PHP's TypeError on each pass over the arrays, chained, the ValueError when nothing is selectable, the arrays still updated
--FILE--
<?php
function chain($t) { $s = []; while ($t) { $s[] = get_class($t) . '(' . substr($t->getMessage(), 16, 20) . ')'; $t = $t->getPrevious(); } return implode(' <- ', $s); }
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$c = fopen('php://memory', 'r'); fclose($c);
$w = null; $e = null; stream_set_blocking($a, false);
foreach ([[[$c], null], [[$c, $a], null], [[1, $a], null], [[$a], [$c]], [null, [$c, $b]], [[$c, 1], [$c]]] as $i => [$r, $w]) {
    fwrite($b, "x");
    try { $n = stream_select($r, $w, $e, 0); echo "$i: n=$n\n"; } catch (Throwable $t) { echo "$i: ", chain($t), " r=", $r === null ? 'null' : count($r), " w=", $w === null ? 'null' : count($w), "\n"; }
    while (($x = @fread($a, 10)) !== '' && $x !== false) {}
}
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$c = fopen('php://memory', 'r'); fclose($c);
$r = [$c]; $w = null; $e = null;
try { var_dump(stream_select($r, $w, $e, 0)); } catch (Throwable $t) { echo get_class($t), ': ', $t->getMessage(), ' / prev: ', $t->getPrevious() ? get_class($t->getPrevious()) . ': ' . $t->getPrevious()->getMessage() : 'none', "\n"; }
$r = [$c, $a]; fwrite($b, "x");
try { var_dump(stream_select($r, $w, $e, 0)); } catch (Throwable $t) { echo get_class($t), ': ', $t->getMessage(), ' / prev: ', $t->getPrevious() ? get_class($t->getPrevious()) : 'none', "\n"; }
var_dump($r);
$r = [1, $a];
try { var_dump(stream_select($r, $w, $e, 0)); } catch (Throwable $t) { echo get_class($t), ': ', $t->getMessage(), "\n"; }
var_dump(count($r));
--EXPECT--
0: ValueError( were passed) <- TypeError( supplied resource i) r=1 w=null
1: TypeError( supplied resource i) <- TypeError( supplied resource i) <- TypeError( supplied resource i) r=1 w=null
2: TypeError( supplied argument i) <- TypeError( supplied argument i) <- TypeError( supplied argument i) r=1 w=null
3: TypeError( supplied resource i) <- TypeError( supplied resource i) r=1 w=0
4: TypeError( supplied resource i) <- TypeError( supplied resource i) r=null w=1
5: ValueError( were passed) <- TypeError( supplied resource i) <- TypeError( supplied argument i) <- TypeError( supplied resource i) r=2 w=1
ValueError: No stream arrays were passed / prev: TypeError: stream_select(): supplied resource is not a valid stream resource
TypeError: stream_select(): supplied resource is not a valid stream resource / prev: TypeError
array(1) {
  [1]=>
  resource(8) of type (stream)
}
TypeError: stream_select(): supplied argument is not a valid stream resource
int(1)
