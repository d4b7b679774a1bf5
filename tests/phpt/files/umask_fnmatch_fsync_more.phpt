--TEST--
umask, fnmatch and its FNM_* flags, get_current_user, fsync/fdatasync, forward_static_call(_array), iterator_apply, getdate, localtime
--FILE--
<?php
$old = umask(022);
var_dump(is_int($old), umask(), umask($old) === 022, umask() === $old);
foreach ([['*.php', 'a.php'], ['*.php', 'dir/a.php'], ['*/a.php', 'dir/a.php'], ['[abc]?', 'bz'], ['[!abc]*', 'abc'], ['\*', '*'], ['*', '.hidden'], ['a*', 'ABC']] as [$p, $s]) {
    echo "$p $s: "; var_dump(fnmatch($p, $s));
}
var_dump(fnmatch('*', '.hidden', FNM_PERIOD), fnmatch('a*', 'ABC', FNM_CASEFOLD), fnmatch('*/b', 'a/b', FNM_PATHNAME), fnmatch('*', 'a/b', FNM_PATHNAME), fnmatch('\*', '\*', FNM_NOESCAPE));
var_dump(FNM_NOESCAPE, FNM_PATHNAME, FNM_PERIOD, FNM_CASEFOLD);
try { fnmatch(str_repeat('a', 5000), 'a'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(is_string(get_current_user()));
$f = tmpfile();
fwrite($f, "x");
var_dump(fsync($f), fdatasync($f));
$m = fopen('php://memory', 'w');
var_dump(@fsync($m));
fsync($m);
class A { public static function who() { return static::class . ' ' . implode(',', func_get_args()); } }
class B extends A { public static function test() { return [forward_static_call(['A', 'who'], 1, 2), forward_static_call_array(['A', 'who'], [3]), call_user_func(['A', 'who'], 4)]; } }
print_r(B::test());
$it = new ArrayIterator([1, 2, 3]);
$n = 0;
var_dump(iterator_apply($it, function () use (&$n, $it) { $n += $it->current(); return $it->current() < 2; }), $n);
var_dump(iterator_apply($it, function ($x) { echo "arg $x\n"; return true; }, ['z']));
$d = getdate(86400 * 365);
var_dump($d);
var_dump(localtime(0), localtime(0, true));
--EXPECTF--
bool(true)
int(18)
bool(true)
bool(true)
*.php a.php: bool(true)
*.php dir/a.php: bool(true)
*/a.php dir/a.php: bool(true)
[abc]? bz: bool(true)
[!abc]* abc: bool(false)
\* *: bool(true)
* .hidden: bool(true)
a* ABC: bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
int(2)
int(1)
int(4)
int(16)

Warning: fnmatch(): Pattern exceeds the maximum allowed length of 4096 characters in %s on line 9
bool(true)
bool(true)
bool(true)
bool(false)

Warning: fsync(): Can't fsync this stream! in %s on line 16
Array
(
    [0] => B 1,2
    [1] => B 3
    [2] => A 4
)
int(2)
int(3)
arg z
arg z
arg z
int(3)
array(11) {
  ["seconds"]=>
  int(0)
  ["minutes"]=>
  int(0)
  ["hours"]=>
  int(0)
  ["mday"]=>
  int(1)
  ["wday"]=>
  int(5)
  ["mon"]=>
  int(1)
  ["year"]=>
  int(1971)
  ["yday"]=>
  int(0)
  ["weekday"]=>
  string(6) "Friday"
  ["month"]=>
  string(7) "January"
  [0]=>
  int(31536000)
}
array(9) {
  [0]=>
  int(0)
  [1]=>
  int(0)
  [2]=>
  int(0)
  [3]=>
  int(1)
  [4]=>
  int(0)
  [5]=>
  int(70)
  [6]=>
  int(4)
  [7]=>
  int(0)
  [8]=>
  int(0)
}
array(9) {
  ["tm_sec"]=>
  int(0)
  ["tm_min"]=>
  int(0)
  ["tm_hour"]=>
  int(0)
  ["tm_mday"]=>
  int(1)
  ["tm_mon"]=>
  int(0)
  ["tm_year"]=>
  int(70)
  ["tm_wday"]=>
  int(4)
  ["tm_yday"]=>
  int(0)
  ["tm_isdst"]=>
  int(0)
}
