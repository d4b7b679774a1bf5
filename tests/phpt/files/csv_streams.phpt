--TEST--
fputcsv quoting and fgetcsv records, including multi-line fields
--FILE--
<?php
$m = fopen('php://memory', 'w+');
var_dump(fputcsv($m, ['a', 'b c', 'd,e', 'f"g', "h\ni", '', null, 12, 1.5, true, 'x\\"y', "tab\there"]));
var_dump(fputcsv($m, ['x', 'y'], ';', "'"));
var_dump(fputcsv($m, ['p', 'q'], ',', '"', '\\', "\r\n"));
rewind($m);
echo stream_get_contents($m);
rewind($m);
while (($row = fgetcsv($m)) !== false) {
    var_dump($row);
}
$m2 = fopen('php://memory', 'w+');
fwrite($m2, "a,\"b\"\"c\",d\n\n\"multi\nline\",e\n  x , y \nlast");
rewind($m2);
while (($row = fgetcsv($m2)) !== false) {
    var_dump($row);
}
try { fputcsv($m, ['a'], ''); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { fputcsv($m, ['a'], ',', 'ab'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { fgetcsv($m, -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(56)
int(4)
int(5)
a,"b c","d,e","f""g","h
i",,,12,1.5,1,"x\"y","tab	here"
x;y
p,q
array(12) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "b c"
  [2]=>
  string(3) "d,e"
  [3]=>
  string(3) "f"g"
  [4]=>
  string(3) "h
i"
  [5]=>
  string(0) ""
  [6]=>
  string(0) ""
  [7]=>
  string(2) "12"
  [8]=>
  string(3) "1.5"
  [9]=>
  string(1) "1"
  [10]=>
  string(4) "x\"y"
  [11]=>
  string(8) "tab	here"
}
array(1) {
  [0]=>
  string(3) "x;y"
}
array(2) {
  [0]=>
  string(1) "p"
  [1]=>
  string(1) "q"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "b"c"
  [2]=>
  string(1) "d"
}
array(1) {
  [0]=>
  NULL
}
array(2) {
  [0]=>
  string(10) "multi
line"
  [1]=>
  string(1) "e"
}
array(2) {
  [0]=>
  string(4) "  x "
  [1]=>
  string(3) " y "
}
array(1) {
  [0]=>
  string(4) "last"
}
fputcsv(): Argument #3 ($separator) must be a single character
fputcsv(): Argument #4 ($enclosure) must be a single character
fgetcsv(): Argument #2 ($length) must be between 0 and 9223372036854775806
