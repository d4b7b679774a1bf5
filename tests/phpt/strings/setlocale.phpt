--TEST--
setlocale accepts the C locales, reports composite LC_ALL names, and localeconv
--FILE--
<?php
var_dump(setlocale(LC_ALL, 0));
var_dump(setlocale(LC_ALL, "C"), setlocale(LC_ALL, "0"), setlocale(LC_CTYPE, "no_SUCH.locale"), setlocale(LC_NUMERIC, "POSIX"));
var_dump(setlocale(LC_ALL, "bogus", "C.UTF-8"), setlocale(LC_TIME, ["x", "C"]), setlocale(LC_ALL, 0), setlocale(99, "C"));
var_dump(LC_ALL, LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES);
$c = localeconv();
var_dump(count($c), $c["decimal_point"], $c["thousands_sep"], $c["frac_digits"], $c["grouping"]);
?>
--EXPECT--
string(166) "LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C"
string(1) "C"
string(1) "C"
bool(false)
string(1) "C"
string(7) "C.UTF-8"
string(1) "C"
string(226) "LC_CTYPE=C.UTF-8;LC_NUMERIC=C.UTF-8;LC_TIME=C;LC_COLLATE=C.UTF-8;LC_MONETARY=C.UTF-8;LC_MESSAGES=C.UTF-8;LC_PAPER=C.UTF-8;LC_NAME=C.UTF-8;LC_ADDRESS=C.UTF-8;LC_TELEPHONE=C.UTF-8;LC_MEASUREMENT=C.UTF-8;LC_IDENTIFICATION=C.UTF-8"
bool(false)
int(6)
int(0)
int(1)
int(2)
int(3)
int(4)
int(5)
int(18)
string(1) "."
string(0) ""
int(127)
array(0) {
}
