--TEST--
date_default_timezone_set with named zones and DST
--FILE--
<?php
$t = 1700000000;
var_dump(date_default_timezone_set('Europe/Paris'), date_default_timezone_get());
var_dump(date('Y-m-d H:i:s T P e I', $t), date('H:i T I Z', 1690000000), mktime(0, 0, 0, 7, 1, 2023), mktime(0, 0, 0, 1, 1, 2023));
var_dump(date_default_timezone_set('America/New_York'), date('Y-m-d H:i T O', $t));
var_dump(date_default_timezone_set('Nope/Zone'));
var_dump(date_default_timezone_get());
var_dump(date_default_timezone_set('UTC'), date_default_timezone_get(), date('T e', $t));
--EXPECTF--
bool(true)
string(12) "Europe/Paris"
string(45) "2023-11-14 23:13:20 CET +01:00 Europe/Paris 0"
string(17) "06:26 CEST 1 7200"
int(1688162400)
int(1672527600)
bool(true)
string(26) "2023-11-14 17:13 EST -0500"

Notice: date_default_timezone_set(): Timezone ID 'Nope/Zone' is invalid in %s on line 6
bool(false)
string(16) "America/New_York"
bool(true)
string(3) "UTC"
string(7) "UTC UTC"
