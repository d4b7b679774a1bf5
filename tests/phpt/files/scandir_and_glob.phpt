--TEST--
scandir sorting, glob patterns and flags
--FILE--
<?php
$d = sys_get_temp_dir() . '/phpsock_files_glob';
@mkdir($d);
foreach (['b.txt', 'a.txt', 'c.log', '.hidden'] as $f) touch("$d/$f");
@mkdir("$d/sub");
var_dump(scandir($d));
var_dump(scandir($d, SCANDIR_SORT_DESCENDING));
$strip = function ($list) use ($d) {
    $out = [];
    foreach ($list as $p) $out[] = dirname($p) === $d ? basename($p) : $p;
    return $out;
};
var_dump($strip(glob("$d/*.txt")));
var_dump($strip(glob("$d/*")));
var_dump($strip(glob("$d/*", GLOB_ONLYDIR)));
var_dump($strip(glob("$d/{a,c}.*", GLOB_BRACE)));
var_dump($strip(glob("$d/[ab].txt")));
var_dump($strip(glob("$d/?.log")));
var_dump(glob("$d/s*", GLOB_MARK) === ["$d/sub/"]);
var_dump(glob("$d/*.none"));
var_dump(scandir("$d/none"));
try { scandir(''); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
foreach (['b.txt', 'a.txt', 'c.log', '.hidden'] as $f) unlink("$d/$f");
rmdir("$d/sub");
rmdir($d);
--EXPECTF--
array(7) {
  [0]=>
  string(1) "."
  [1]=>
  string(2) ".."
  [2]=>
  string(7) ".hidden"
  [3]=>
  string(5) "a.txt"
  [4]=>
  string(5) "b.txt"
  [5]=>
  string(5) "c.log"
  [6]=>
  string(3) "sub"
}
array(7) {
  [0]=>
  string(3) "sub"
  [1]=>
  string(5) "c.log"
  [2]=>
  string(5) "b.txt"
  [3]=>
  string(5) "a.txt"
  [4]=>
  string(7) ".hidden"
  [5]=>
  string(2) ".."
  [6]=>
  string(1) "."
}
array(2) {
  [0]=>
  string(5) "a.txt"
  [1]=>
  string(5) "b.txt"
}
array(4) {
  [0]=>
  string(5) "a.txt"
  [1]=>
  string(5) "b.txt"
  [2]=>
  string(5) "c.log"
  [3]=>
  string(3) "sub"
}
array(1) {
  [0]=>
  string(3) "sub"
}
array(2) {
  [0]=>
  string(5) "a.txt"
  [1]=>
  string(5) "c.log"
}
array(2) {
  [0]=>
  string(5) "a.txt"
  [1]=>
  string(5) "b.txt"
}
array(1) {
  [0]=>
  string(5) "c.log"
}
bool(true)
array(0) {
}

Warning: scandir(/tmp/phpsock_files_glob/none): Failed to open directory: No such file or directory in %s on line 21

Warning: scandir(): (errno 2): No such file or directory in %s on line 21
bool(false)
scandir(): Argument #1 ($directory) cannot be empty
