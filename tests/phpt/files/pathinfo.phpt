--TEST--
pathinfo parts and single-flag results
--FILE--
<?php
var_dump(pathinfo('/a/b/c.tar.gz'));
var_dump(pathinfo('noext'));
var_dump(pathinfo('/a/.hidden'));
var_dump(pathinfo(''));
var_dump(pathinfo('x.'));
var_dump(pathinfo('/a/b/c.txt', PATHINFO_FILENAME), pathinfo('/a/b/c.txt', PATHINFO_EXTENSION), pathinfo('/a/b/c.txt', PATHINFO_DIRNAME), pathinfo('/a/b/c.txt', PATHINFO_BASENAME), pathinfo('abc', PATHINFO_EXTENSION));
var_dump(PATHINFO_DIRNAME, PATHINFO_BASENAME, PATHINFO_EXTENSION, PATHINFO_FILENAME);
--EXPECT--
array(4) {
  ["dirname"]=>
  string(4) "/a/b"
  ["basename"]=>
  string(8) "c.tar.gz"
  ["extension"]=>
  string(2) "gz"
  ["filename"]=>
  string(5) "c.tar"
}
array(3) {
  ["dirname"]=>
  string(1) "."
  ["basename"]=>
  string(5) "noext"
  ["filename"]=>
  string(5) "noext"
}
array(4) {
  ["dirname"]=>
  string(2) "/a"
  ["basename"]=>
  string(7) ".hidden"
  ["extension"]=>
  string(6) "hidden"
  ["filename"]=>
  string(0) ""
}
array(2) {
  ["basename"]=>
  string(0) ""
  ["filename"]=>
  string(0) ""
}
array(4) {
  ["dirname"]=>
  string(1) "."
  ["basename"]=>
  string(2) "x."
  ["extension"]=>
  string(0) ""
  ["filename"]=>
  string(1) "x"
}
string(1) "c"
string(3) "txt"
string(4) "/a/b"
string(5) "c.txt"
string(0) ""
int(1)
int(2)
int(4)
int(8)
