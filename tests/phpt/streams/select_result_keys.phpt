--TEST--
stream_select: result arrays keep keys in order, next free index and list shape as PHP builds them
--FILE--
<?php
// stream_select() rebuilds each array from the ready sockets: keys kept in order, the next
// free index as for a fresh array, lists stay lists, references dropped.
$pairs = [];
for ($i = 0; $i < 4; $i++) {
    $p = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
    $pairs[] = $p;
}
fwrite($pairs[1][1], "x");
fwrite($pairs[3][1], "y");

function show($label, $arr) {
    echo $label, ': ', json_encode(array_keys($arr)), ' list=', var_export(array_is_list($arr), true);
    $arr[] = 'next';
    echo ' next=', array_key_last($arr), "\n";
}

// String keys.
$r = ['a' => $pairs[0][0], 'b' => $pairs[1][0], 'c' => $pairs[2][0], 'd' => $pairs[3][0]];
$w = $e = null;
var_dump(stream_select($r, $w, $e, 0));
show('strings', $r);

// Int keys, not from 0.
$r = [5 => $pairs[0][0], 7 => $pairs[1][0], 9 => $pairs[2][0], 3 => $pairs[3][0]];
var_dump(stream_select($r, $w, $e, 0));
show('ints', $r);

// A list whose ready entries are 0 and 1 after removal of others: still a list.
$r = [$pairs[1][0], $pairs[3][0], $pairs[0][0]];
var_dump(stream_select($r, $w, $e, 0));
show('list', $r);

// A hash array (after unset) whose ready keys happen to be 0, 1.
$r = [$pairs[1][0], $pairs[3][0], $pairs[0][0], $pairs[2][0]];
unset($r[2]);
var_dump(stream_select($r, $w, $e, 0));
show('unset', $r);

// Negative and mixed keys.
$r = [-4 => $pairs[1][0], 'k' => $pairs[0][0], -2 => $pairs[3][0]];
var_dump(stream_select($r, $w, $e, 0));
show('negative', $r);

// References inside the array are not kept.
$s = $pairs[1][0];
$r = ['ref' => &$s, 'plain' => $pairs[3][0]];
var_dump(stream_select($r, $w, $e, 0));
$r['ref'] = 'changed';
var_dump(is_resource($s));

// Nothing ready: an empty array, next index 0.
$r = [10 => $pairs[0][0], 'z' => $pairs[2][0]];
var_dump(stream_select($r, $w, $e, 0));
show('none', $r);

// Write sets with the same socket twice under two keys count once.
$w = ['one' => $pairs[0][0], 'two' => $pairs[0][0], 9 => $pairs[2][0]];
$r = $e = null;
var_dump(stream_select($r, $w, $e, 0));
show('write', $w);
--EXPECT--
int(2)
strings: ["b","d"] list=false next=0
int(2)
ints: [7,3] list=false next=8
int(2)
list: [0,1] list=true next=2
int(2)
unset: [0,1] list=true next=2
int(2)
negative: [-4,-2] list=false next=-1
int(2)
bool(true)
int(0)
none: [] list=true next=0
int(2)
write: ["one","two",9] list=false next=10
