--TEST--
uasort/uksort callback order, ties, reverse sorts, mixed types, multisort and array_unique order
--FILE--
<?php
mt_srand(3);
$a = [];
for ($i = 0; $i < 50; $i++) $a["k$i"] = mt_rand(0, 5);
$b = $a;
uasort($b, function ($x, $y) { echo "$x$y "; return $x <=> $y; }); echo "\n";
echo implode(",", array_keys($b)), "\n";
$c = $a;
uksort($c, function ($x, $y) { echo "$x/$y "; return strcmp($x, $y); }); echo "\n";
echo implode(",", array_keys($c)), "\n";
$d = $a; arsort($d); echo implode(",", array_keys($d)), "\n";
$e = $a; krsort($e); echo implode(",", array_keys($e)), "\n";
$f = $a; usort($f, fn($x, $y) => $x > $y); echo implode(",", $f), "\n";
$m = [3, "10", "9a", 1.5, "abc", true, null, "1e1", [], "Z"];
$g = $m; sort($g); var_export($g); echo "\n";
$g = $m; rsort($g); var_export($g); echo "\n";
$g = array_merge($m, $m, $m); sort($g); echo json_encode($g), "\n";
$x = [3, 1, 2]; $y = ['c', 'a', 'b']; array_multisort($x, $y); echo json_encode([$x, $y]), "\n";
echo json_encode(array_unique([3, "3", 1, "a", "A", 1.0, "1"])), "\n";
--EXPECTF--
42 32 43 31 33 34 33 30 30 35 53 43 33 31 31 34 43 33 33 35 23 35 03 30 31 33 30 32 32 30 35 13 33 34 33 30 32 35 23 30 34 43 53 23 32 30 31 34 33 31 44 45 54 44 55 45 54 54 44 44 44 55 45 55 55 55 45 45 55 55 45 55 54 54 54 44 44 54 54 54 44 44 55 55 55 45 45 54 54 54 44 54 55 54 54 54 54 44 44 44 44 54 54 54 54 44 44 44 44 23 33 31 33 33 13 30 30 33 03 31 31 33 23 33 32 30 30 31 31 30 32 32 30 31 33 23 33 03 30 32 32 33 33 33 33 33 33 33 33 33 20 20 22 21 23 02 21 20 20 20 21 21 22 02 23 22 12 22 02 22 22 22 02 20 21 21 22 22 22 22 23 32 22 22 22 32 22 22 22 33 23 23 32 22 22 22 22 01 11 01 10 10 00 11 11 10 10 10 00 00 10 10 00 00 10 10 00 00 11 11 11 11 11 11 10 10 10 00 00 00 11 10 10 10 00 00 00 00 10 10 10 00 00 00 00 00 10 10 10 00 00 00 00 00 11 11 11 11 
k5,k6,k14,k17,k20,k24,k27,k30,k41,k2,k8,k9,k15,k31,k33,k40,k1,k18,k19,k25,k29,k35,k38,k42,k3,k11,k16,k22,k34,k39,k43,k45,k48,k49,k0,k4,k10,k23,k28,k32,k37,k44,k46,k7,k12,k13,k21,k26,k36,k47
k0/k25 k25/k49 k25/k2 k25/k3 k48/k25 k47/k25 k46/k25 k45/k25 k44/k25 k43/k25 k42/k25 k41/k25 k40/k25 k39/k25 k38/k25 k37/k25 k36/k25 k35/k25 k34/k25 k33/k25 k32/k25 k31/k25 k30/k25 k29/k25 k28/k25 k27/k25 k26/k25 k1/k25 k25/k4 k24/k25 k25/k5 k23/k25 k25/k6 k22/k25 k25/k7 k21/k25 k25/k8 k20/k25 k25/k9 k19/k25 k25/k10 k25/k11 k25/k12 k25/k13 k25/k14 k25/k15 k25/k16 k25/k17 k25/k18 k0/k19 k19/k17 k0/k17 k17/k2 k16/k17 k17/k1 k17/k24 k15/k17 k17/k23 k14/k17 k17/k22 k13/k17 k17/k21 k12/k17 k17/k20 k11/k17 k17/k18 k10/k17 k18/k20 k20/k21 k21/k22 k22/k23 k23/k24 k24/k2 k22/k2 k20/k2 k2/k18 k24/k19 k22/k19 k20/k19 k18/k19 k2/k19 k0/k10 k10/k16 k16/k1 k10/k1 k0/k1 k16/k15 k10/k15 k16/k14 k15/k14 k10/k14 k16/k13 k14/k13 k1/k13 k10/k13 k16/k12 k14/k12 k10/k12 k13/k12 k16/k11 k14/k11 k12/k11 k1/k11 k10/k11 k9/k34 k49/k34 k9/k49 k49/k7 k48/k49 k49/k6 k47/k49 k49/k5 k46/k49 k49/k4 k49/k3 k49/k26 k49/k27 k49/k28 k49/k29 k49/k30 k49/k31 k49/k32 k49/k33 k49/k8 k45/k49 k49/k35 k49/k36 k49/k37 k49/k38 k49/k39 k49/k40 k49/k41 k49/k42 k49/k43 k49/k44 k8/k5 k6/k5 k8/k6 k8/k7 k6/k7 k8/k9 k34/k31 k43/k31 k34/k43 k34/k48 k42/k34 k41/k34 k40/k34 k39/k34 k38/k34 k37/k34 k36/k34 k35/k34 k45/k34 k33/k34 k34/k47 k32/k34 k34/k46 k44/k34 k30/k34 k34/k4 k29/k34 k34/k3 k34/k26 k34/k27 k34/k28 k31/k28 k31/k33 k33/k32 k31/k32 k33/k30 k32/k30 k31/k30 k28/k30 k33/k29 k32/k29 k31/k29 k30/k29 k28/k29 k33/k3 k31/k3 k29/k3 k30/k3 k33/k26 k31/k26 k3/k26 k28/k26 k33/k27 k31/k27 k3/k27 k28/k27 k27/k26 k4/k46 k46/k44 k4/k44 k46/k47 k47/k48 k48/k45 k47/k45 k46/k45 k44/k45 k48/k35 k46/k35 k44/k35 k35/k4 k48/k36 k46/k36 k44/k36 k35/k36 k4/k36 k48/k37 k46/k37 k44/k37 k36/k37 k4/k37 k48/k38 k46/k38 k44/k38 k37/k38 k4/k38 k48/k39 k46/k39 k44/k39 k38/k39 k4/k39 k48/k40 k46/k40 k44/k40 k39/k40 k4/k40 k48/k41 k46/k41 k44/k41 k4/k41 k40/k41 k48/k42 k46/k42 k44/k42 k40/k42 k41/k42 k48/k43 k46/k43 k44/k43 k41/k43 k42/k43 
k0,k1,k10,k11,k12,k13,k14,k15,k16,k17,k18,k19,k2,k20,k21,k22,k23,k24,k25,k26,k27,k28,k29,k3,k30,k31,k32,k33,k34,k35,k36,k37,k38,k39,k4,k40,k41,k42,k43,k44,k45,k46,k47,k48,k49,k5,k6,k7,k8,k9
k7,k12,k13,k21,k26,k36,k47,k0,k4,k10,k23,k28,k32,k37,k44,k46,k3,k11,k16,k22,k34,k39,k43,k45,k48,k49,k1,k18,k19,k25,k29,k35,k38,k42,k2,k8,k9,k15,k31,k33,k40,k5,k6,k14,k17,k20,k24,k27,k30,k41
k9,k8,k7,k6,k5,k49,k48,k47,k46,k45,k44,k43,k42,k41,k40,k4,k39,k38,k37,k36,k35,k34,k33,k32,k31,k30,k3,k29,k28,k27,k26,k25,k24,k23,k22,k21,k20,k2,k19,k18,k17,k16,k15,k14,k13,k12,k11,k10,k1,k0

Deprecated: usort(): Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero in %s on line 13
0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5
array (
  0 => NULL,
  1 => 1.5,
  2 => 3,
  3 => '10',
  4 => '9a',
  5 => 'abc',
  6 => true,
  7 => '1e1',
  8 => 'Z',
  9 => 
  array (
  ),
)
array (
  0 => 'abc',
  1 => '9a',
  2 => '10',
  3 => '1e1',
  4 => 3,
  5 => 1.5,
  6 => true,
  7 => NULL,
  8 => 
  array (
  ),
  9 => 'Z',
)
[null,null,null,1.5,1.5,3,3,"10","9a",true,"1e1","10","9a","Z","abc","abc",[],[],[],true,1.5,3,"1e1","10","9a","Z","abc",true,"1e1","Z"]
[[1,2,3],["a","b","c"]]
{"0":3,"2":1,"3":"a","4":"A"}
