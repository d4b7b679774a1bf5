--TEST--
strtotime relative forms
--FILE--
<?php
$b = 1700000000;
foreach (['now', 'today', 'tomorrow', 'yesterday', 'midnight', 'noon', '+1 day', '-2 days', '+1 week', '+1 month', '-1 year', '+3 hours', '+90 minutes', '+1 day +2 hours', '1 day ago', '3 hours ago', 'next monday', 'last friday', 'monday', 'tuesday', 'next month', 'last year', 'first day of next month', 'last day of this month', 'tomorrow noon', 'noon tomorrow', '+1 days', '+0 day', 'last day of february 2024', 'next year', '+2 weeks', 'this week', 'next week', 'last week', '+1 week 2 days', 'last monday', 'next sunday', 'sunday', '2 days ago', '-1 month', 'yesterday noon', 'midnight +1 hour'] as $s) {
    $r = strtotime($s, $b);
    echo "'$s' => ", $r === false ? 'false' : $r . ' ' . gmdate('Y-m-d H:i:s D', $r), "\n";
}
var_dump(strtotime('now') - time() < 3);
--EXPECT--
'now' => 1700000000 2023-11-14 22:13:20 Tue
'today' => 1699920000 2023-11-14 00:00:00 Tue
'tomorrow' => 1700006400 2023-11-15 00:00:00 Wed
'yesterday' => 1699833600 2023-11-13 00:00:00 Mon
'midnight' => 1699920000 2023-11-14 00:00:00 Tue
'noon' => 1699963200 2023-11-14 12:00:00 Tue
'+1 day' => 1700086400 2023-11-15 22:13:20 Wed
'-2 days' => 1699827200 2023-11-12 22:13:20 Sun
'+1 week' => 1700604800 2023-11-21 22:13:20 Tue
'+1 month' => 1702592000 2023-12-14 22:13:20 Thu
'-1 year' => 1668464000 2022-11-14 22:13:20 Mon
'+3 hours' => 1700010800 2023-11-15 01:13:20 Wed
'+90 minutes' => 1700005400 2023-11-14 23:43:20 Tue
'+1 day +2 hours' => 1700093600 2023-11-16 00:13:20 Thu
'1 day ago' => 1699913600 2023-11-13 22:13:20 Mon
'3 hours ago' => 1699989200 2023-11-14 19:13:20 Tue
'next monday' => 1700438400 2023-11-20 00:00:00 Mon
'last friday' => 1699574400 2023-11-10 00:00:00 Fri
'monday' => 1700438400 2023-11-20 00:00:00 Mon
'tuesday' => 1699920000 2023-11-14 00:00:00 Tue
'next month' => 1702592000 2023-12-14 22:13:20 Thu
'last year' => 1668464000 2022-11-14 22:13:20 Mon
'first day of next month' => 1701468800 2023-12-01 22:13:20 Fri
'last day of this month' => 1701382400 2023-11-30 22:13:20 Thu
'tomorrow noon' => 1700049600 2023-11-15 12:00:00 Wed
'noon tomorrow' => 1700006400 2023-11-15 00:00:00 Wed
'+1 days' => 1700086400 2023-11-15 22:13:20 Wed
'+0 day' => 1700000000 2023-11-14 22:13:20 Tue
'last day of february 2024' => 1709164800 2024-02-29 00:00:00 Thu
'next year' => 1731622400 2024-11-14 22:13:20 Thu
'+2 weeks' => 1701209600 2023-11-28 22:13:20 Tue
'this week' => 1699913600 2023-11-13 22:13:20 Mon
'next week' => 1700518400 2023-11-20 22:13:20 Mon
'last week' => 1699308800 2023-11-06 22:13:20 Mon
'+1 week 2 days' => 1700777600 2023-11-23 22:13:20 Thu
'last monday' => 1699833600 2023-11-13 00:00:00 Mon
'next sunday' => 1700352000 2023-11-19 00:00:00 Sun
'sunday' => 1700352000 2023-11-19 00:00:00 Sun
'2 days ago' => 1699827200 2023-11-12 22:13:20 Sun
'-1 month' => 1697321600 2023-10-14 22:13:20 Sat
'yesterday noon' => 1699876800 2023-11-13 12:00:00 Mon
'midnight +1 hour' => 1699923600 2023-11-14 01:00:00 Tue
bool(true)
