--TEST--
strftime/gmstrftime: every C-locale conversion, flags and widths, unknown conversions, time zones with summer time, the deprecation
--FILE--
<?php
$fmt = "%Y-%m-%d %H:%M:%S %a %A %b %B %h %j %Z %z %p %P %c|%x|%X|%D|%e|%G-%V-%u|%C|%g|%s|%%|%k|%l|%n|%t|%r|%R|%T|%U|%W|%w|%y|%F|%E|%O|%q|%Ey|%Od|%-d|%_m|%0e|%^a|%^B|%#Z|%";
foreach ([0, 86400*400+3723, 1700000000, -86400*365*3 - 7, 951782400, 1609459199, 1609459200, 4102444800, 1000000000] as $t) {
    echo @strftime($fmt, $t), "\n", @gmstrftime($fmt, $t), "\n";
}
echo strftime("%Y", 0), "\n";
var_dump(@strftime(""), @gmstrftime("", 5));
date_default_timezone_set('America/New_York');
foreach ([1700000000, 1689000000] as $t) echo @strftime("%c %Z %z %H %s", $t), " | ", @gmstrftime("%c %Z %z", $t), "\n";
date_default_timezone_set('Asia/Kolkata');
echo @strftime("%z %Z %H:%M", 1700000000), "\n";
--EXPECTF--
1970-01-01 00:00:00 Thu Thursday Jan January Jan 001 UTC +0000 AM am Thu Jan  1 00:00:00 1970|01/01/70|00:00:00|01/01/70| 1|1970-01-4|19|70|0|%r%%r| 0|12|
|	|12:00:00 AM|00:00|00:00:00|00|00|4|70|1970-01-01|%r%%rE|%r%%rO|%r%%rq|70|01|1| 1|01|THU|JANUARY|utc|%r%%r
1970-01-01 00:00:00 Thu Thursday Jan January Jan 001 GMT +0000 AM am Thu Jan  1 00:00:00 1970|01/01/70|00:00:00|01/01/70| 1|1970-01-4|19|70|0|%r%%r| 0|12|
|	|12:00:00 AM|00:00|00:00:00|00|00|4|70|1970-01-01|%r%%rE|%r%%rO|%r%%rq|70|01|1| 1|01|THU|JANUARY|gmt|%r%%r
1971-02-05 01:02:03 Fri Friday Feb February Feb 036 UTC +0000 AM am Fri Feb  5 01:02:03 1971|02/05/71|01:02:03|02/05/71| 5|1971-05-5|19|71|34563723|%r%%r| 1| 1|
|	|01:02:03 AM|01:02|01:02:03|05|05|5|71|1971-02-05|%r%%rE|%r%%rO|%r%%rq|71|05|5| 2|05|FRI|FEBRUARY|utc|%r%%r
1971-02-05 01:02:03 Fri Friday Feb February Feb 036 GMT +0000 AM am Fri Feb  5 01:02:03 1971|02/05/71|01:02:03|02/05/71| 5|1971-05-5|19|71|34563723|%r%%r| 1| 1|
|	|01:02:03 AM|01:02|01:02:03|05|05|5|71|1971-02-05|%r%%rE|%r%%rO|%r%%rq|71|05|5| 2|05|FRI|FEBRUARY|gmt|%r%%r
2023-11-14 22:13:20 Tue Tuesday Nov November Nov 318 UTC +0000 PM pm Tue Nov 14 22:13:20 2023|11/14/23|22:13:20|11/14/23|14|2023-46-2|20|23|1700000000|%r%%r|22|10|
|	|10:13:20 PM|22:13|22:13:20|46|46|2|23|2023-11-14|%r%%rE|%r%%rO|%r%%rq|23|14|14|11|14|TUE|NOVEMBER|utc|%r%%r
2023-11-14 22:13:20 Tue Tuesday Nov November Nov 318 GMT +0000 PM pm Tue Nov 14 22:13:20 2023|11/14/23|22:13:20|11/14/23|14|2023-46-2|20|23|1700000000|%r%%r|22|10|
|	|10:13:20 PM|22:13|22:13:20|46|46|2|23|2023-11-14|%r%%rE|%r%%rO|%r%%rq|23|14|14|11|14|TUE|NOVEMBER|gmt|%r%%r
1967-01-01 23:59:53 Sun Sunday Jan January Jan 001 UTC +0000 PM pm Sun Jan  1 23:59:53 1967|01/01/67|23:59:53|01/01/67| 1|1966-52-7|19|66|-94608007|%r%%r|23|11|
|	|11:59:53 PM|23:59|23:59:53|01|00|0|67|1967-01-01|%r%%rE|%r%%rO|%r%%rq|67|01|1| 1|01|SUN|JANUARY|utc|%r%%r
1967-01-01 23:59:53 Sun Sunday Jan January Jan 001 GMT +0000 PM pm Sun Jan  1 23:59:53 1967|01/01/67|23:59:53|01/01/67| 1|1966-52-7|19|66|-94608007|%r%%r|23|11|
|	|11:59:53 PM|23:59|23:59:53|01|00|0|67|1967-01-01|%r%%rE|%r%%rO|%r%%rq|67|01|1| 1|01|SUN|JANUARY|gmt|%r%%r
2000-02-29 00:00:00 Tue Tuesday Feb February Feb 060 UTC +0000 AM am Tue Feb 29 00:00:00 2000|02/29/00|00:00:00|02/29/00|29|2000-09-2|20|00|951782400|%r%%r| 0|12|
|	|12:00:00 AM|00:00|00:00:00|09|09|2|00|2000-02-29|%r%%rE|%r%%rO|%r%%rq|00|29|29| 2|29|TUE|FEBRUARY|utc|%r%%r
2000-02-29 00:00:00 Tue Tuesday Feb February Feb 060 GMT +0000 AM am Tue Feb 29 00:00:00 2000|02/29/00|00:00:00|02/29/00|29|2000-09-2|20|00|951782400|%r%%r| 0|12|
|	|12:00:00 AM|00:00|00:00:00|09|09|2|00|2000-02-29|%r%%rE|%r%%rO|%r%%rq|00|29|29| 2|29|TUE|FEBRUARY|gmt|%r%%r
2020-12-31 23:59:59 Thu Thursday Dec December Dec 366 UTC +0000 PM pm Thu Dec 31 23:59:59 2020|12/31/20|23:59:59|12/31/20|31|2020-53-4|20|20|1609459199|%r%%r|23|11|
|	|11:59:59 PM|23:59|23:59:59|52|52|4|20|2020-12-31|%r%%rE|%r%%rO|%r%%rq|20|31|31|12|31|THU|DECEMBER|utc|%r%%r
2020-12-31 23:59:59 Thu Thursday Dec December Dec 366 GMT +0000 PM pm Thu Dec 31 23:59:59 2020|12/31/20|23:59:59|12/31/20|31|2020-53-4|20|20|1609459199|%r%%r|23|11|
|	|11:59:59 PM|23:59|23:59:59|52|52|4|20|2020-12-31|%r%%rE|%r%%rO|%r%%rq|20|31|31|12|31|THU|DECEMBER|gmt|%r%%r
2021-01-01 00:00:00 Fri Friday Jan January Jan 001 UTC +0000 AM am Fri Jan  1 00:00:00 2021|01/01/21|00:00:00|01/01/21| 1|2020-53-5|20|20|1609459200|%r%%r| 0|12|
|	|12:00:00 AM|00:00|00:00:00|00|00|5|21|2021-01-01|%r%%rE|%r%%rO|%r%%rq|21|01|1| 1|01|FRI|JANUARY|utc|%r%%r
2021-01-01 00:00:00 Fri Friday Jan January Jan 001 GMT +0000 AM am Fri Jan  1 00:00:00 2021|01/01/21|00:00:00|01/01/21| 1|2020-53-5|20|20|1609459200|%r%%r| 0|12|
|	|12:00:00 AM|00:00|00:00:00|00|00|5|21|2021-01-01|%r%%rE|%r%%rO|%r%%rq|21|01|1| 1|01|FRI|JANUARY|gmt|%r%%r
2100-01-01 00:00:00 Fri Friday Jan January Jan 001 UTC +0000 AM am Fri Jan  1 00:00:00 2100|01/01/00|00:00:00|01/01/00| 1|2099-53-5|21|99|4102444800|%r%%r| 0|12|
|	|12:00:00 AM|00:00|00:00:00|00|00|5|00|2100-01-01|%r%%rE|%r%%rO|%r%%rq|00|01|1| 1|01|FRI|JANUARY|utc|%r%%r
2100-01-01 00:00:00 Fri Friday Jan January Jan 001 GMT +0000 AM am Fri Jan  1 00:00:00 2100|01/01/00|00:00:00|01/01/00| 1|2099-53-5|21|99|4102444800|%r%%r| 0|12|
|	|12:00:00 AM|00:00|00:00:00|00|00|5|00|2100-01-01|%r%%rE|%r%%rO|%r%%rq|00|01|1| 1|01|FRI|JANUARY|gmt|%r%%r
2001-09-09 01:46:40 Sun Sunday Sep September Sep 252 UTC +0000 AM am Sun Sep  9 01:46:40 2001|09/09/01|01:46:40|09/09/01| 9|2001-36-7|20|01|1000000000|%r%%r| 1| 1|
|	|01:46:40 AM|01:46|01:46:40|36|36|0|01|2001-09-09|%r%%rE|%r%%rO|%r%%rq|01|09|9| 9|09|SUN|SEPTEMBER|utc|%r%%r
2001-09-09 01:46:40 Sun Sunday Sep September Sep 252 GMT +0000 AM am Sun Sep  9 01:46:40 2001|09/09/01|01:46:40|09/09/01| 9|2001-36-7|20|01|1000000000|%r%%r| 1| 1|
|	|01:46:40 AM|01:46|01:46:40|36|36|0|01|2001-09-09|%r%%rE|%r%%rO|%r%%rq|01|09|9| 9|09|SUN|SEPTEMBER|gmt|%r%%r

Deprecated: Function strftime() is deprecated in %s on line 6
1970
bool(false)
bool(false)
Tue Nov 14 17:13:20 2023 EST -0500 17 1699982000 | Tue Nov 14 22:13:20 2023 GMT +0000
Mon Jul 10 10:40:00 2023 EDT -0400 10 1688982000 | Mon Jul 10 14:40:00 2023 GMT +0000
+0530 IST 03:43
