--TEST--
getopt: short, long, required and optional values, clusters, repeats, unknown options, --, rest index
--ARGS--
-p80 -vv -h --port 1 --port=2 --host -x -h5 --verbose=3 --unknown -1 -- -q tail
--FILE--
<?php
var_dump(getopt('p:h::v1', ['port:', 'host::', 'verbose'], $rest), $rest);
var_dump(getopt('q'), getopt('', ['port:']));
$_SERVER['argv'] = ['x', '-q'];
var_dump(getopt('q'));
try { getopt(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { getopt('a', 'b'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(7) {
  ["p"]=>
  string(2) "80"
  ["v"]=>
  array(2) {
    [0]=>
    bool(false)
    [1]=>
    bool(false)
  }
  ["h"]=>
  array(2) {
    [0]=>
    bool(false)
    [1]=>
    string(1) "5"
  }
  ["port"]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    string(1) "2"
  }
  ["host"]=>
  bool(false)
  ["verbose"]=>
  bool(false)
  [1]=>
  bool(false)
}
int(14)
array(0) {
}
array(1) {
  ["port"]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    string(1) "2"
  }
}
array(0) {
}
getopt() expects at least 1 argument, 0 given
getopt(): Argument #2 ($long_options) must be of type array, string given
