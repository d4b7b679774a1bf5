--TEST--
mktime and gmmktime normalisation and two-digit years, checkdate
--FILE--
<?php
var_dump(mktime(0, 0, 0, 1, 1, 2000), mktime(12, 30, 0, 2, 30, 2021), mktime(0, 0, 0, 13, 1, 2020), mktime(0, 0, 0, 0, 0, 2000));
var_dump(gmmktime(1, 2, 3, 4, 5, 2006), mktime(0, 0, 0, 1, 1, 70), mktime(0, 0, 0, 1, 1, 69), mktime(0, 0, 0, 1, 1, 100), mktime(25, 61, 61, 1, 1, 2020));
var_dump(checkdate(2, 29, 2020), checkdate(2, 29, 2021), checkdate(13, 1, 2020), checkdate(1, 1, 0), checkdate(12, 31, 32767), checkdate(1, 1, 32768), checkdate(4, 31, 2020), checkdate(0, 1, 2020));
--EXPECT--
int(946684800)
int(1614688200)
int(1609459200)
int(943920000)
int(1144198923)
int(0)
int(3124224000)
int(946684800)
int(1577930521)
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
