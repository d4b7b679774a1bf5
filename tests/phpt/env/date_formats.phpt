--TEST--
date() and gmdate() format characters in UTC
--FILE--
<?php
$t = 1700000000;
var_dump(date_default_timezone_get());
var_dump(date('Y-m-d H:i:s', $t), date('D, d M Y', $t), date('N jS F y, g:i a A G h', $t), date('l w z t L W o', $t));
var_dump(date('U e T P O p Z I B', $t), date('u v', $t));
var_dump(date('c', $t), date('r', $t), date('\Y\-m \\\\ x X', $t));
var_dump(date(DATE_ATOM, $t), date(DATE_RFC2822, 0), date(DATE_COOKIE, $t), date(DATE_RSS, $t), date(DATE_RFC3339_EXTENDED, $t));
var_dump(gmdate('Y-m-d H:i:s', $t), date('Y', -1), date('Y-m-d', -86400 * 365 * 100));
foreach ([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31] as $d) echo date('jS ', mktime(0, 0, 0, 1, $d, 2020));
echo "\n";
var_dump(date('W o', mktime(0, 0, 0, 1, 1, 2021)), date('W o', mktime(0, 0, 0, 12, 31, 2024)), date('L', mktime(0, 0, 0, 1, 1, 2000)), date('L', mktime(0, 0, 0, 1, 1, 1900)));
var_dump(idate('Y', $t), idate('z', $t), idate('t', $t), idate('U', $t));
--EXPECT--
string(3) "UTC"
string(19) "2023-11-14 22:13:20"
string(16) "Tue, 14 Nov 2023"
string(37) "2 14th November 23, 10:13 pm PM 22 10"
string(26) "Tuesday 2 317 30 0 46 2023"
string(41) "1700000000 UTC UTC +00:00 +0000 Z 0 0 967"
string(10) "000000 000"
string(25) "2023-11-14T22:13:20+00:00"
string(31) "Tue, 14 Nov 2023 22:13:20 +0000"
string(17) "Y-11 \ 2023 +2023"
string(25) "2023-11-14T22:13:20+00:00"
string(31) "Thu, 01 Jan 1970 00:00:00 +0000"
string(33) "Tuesday, 14-Nov-2023 22:13:20 UTC"
string(31) "Tue, 14 Nov 2023 22:13:20 +0000"
string(29) "2023-11-14T22:13:20.000+00:00"
string(19) "2023-11-14 22:13:20"
string(4) "1969"
string(10) "1870-01-25"
1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 23rd 31st 
string(7) "53 2020"
string(7) "01 2025"
string(1) "1"
string(1) "0"
int(2023)
int(317)
int(30)
int(1700000000)
