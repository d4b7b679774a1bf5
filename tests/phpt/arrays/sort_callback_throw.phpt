--TEST--
usort/uasort/uksort: a comparison that throws stops comparing, the array is still sorted and stored
--FILE--
<?php
$a = [5, 3, 8, 1, 9, 2, 7];
$n = 0;
try { usort($a, function($x, $y) use (&$n) { if (++$n == 4) throw new Exception("at $x $y"); return $x <=> $y; }); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
echo implode(',', $a), " calls $n\n";
$a = range(1, 40); shuffle($a); mt_srand(3); $a = []; for ($i = 0; $i < 40; $i++) $a["k$i"] = mt_rand(1, 100);
$n = 0;
try { uasort($a, function($x, $y) use (&$n) { if (++$n == 30) throw new Exception("at $x $y"); return $x <=> $y; }); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
echo json_encode($a), " calls $n\n";
$n = 0;
try { uksort($a, function($x, $y) use (&$n) { if (++$n == 50) throw new Exception("k $x $y"); return strcmp($x, $y); }); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
echo json_encode($a), " calls $n\n";
$a = [3, 1, 2];
try { usort($a, function($x, $y) use (&$a) { $a = [9]; throw new Exception("z"); }); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
var_dump($a);
--EXPECT--
at 5 1
3,5,1,8,9,2,7 calls 4
at 57 50
{"k1":49,"k2":38,"k6":41,"k7":26,"k9":40,"k10":15,"k12":26,"k15":50,"k16":76,"k17":15,"k18":41,"k19":85,"k25":19,"k27":15,"k30":51,"k32":5,"k33":34,"k34":20,"k37":1,"k39":42,"k20":57,"k0":87,"k3":68,"k4":61,"k5":81,"k8":82,"k11":92,"k13":90,"k14":87,"k21":30,"k22":52,"k23":7,"k24":73,"k26":78,"k28":95,"k29":71,"k31":72,"k35":83,"k36":74,"k38":63} calls 30
k k2 k10
{"k1":49,"k11":92,"k13":90,"k14":87,"k2":38,"k10":15,"k12":26,"k15":50,"k16":76,"k17":15,"k18":41,"k19":85,"k0":87,"k20":57,"k6":41,"k7":26,"k9":40,"k25":19,"k27":15,"k30":51,"k32":5,"k33":34,"k34":20,"k37":1,"k39":42,"k3":68,"k4":61,"k5":81,"k8":82,"k21":30,"k22":52,"k23":7,"k24":73,"k26":78,"k28":95,"k29":71,"k31":72,"k35":83,"k36":74,"k38":63} calls 50
z
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
