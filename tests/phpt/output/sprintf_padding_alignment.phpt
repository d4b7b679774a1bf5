--TEST--
sprintf: width, zero and custom padding, left alignment, signs
--FILE--
<?php
var_dump(sprintf("[%5d][%-5d][%05d][%+d][%+05d][%-05d]", 42, 42, 42, 5, 5, 12));
var_dump(sprintf("[%'*10s][%'.10d][%-'x10d][%'010d]", "hi", 42, 42, 42));
var_dump(sprintf("[%5s][%-5s][%05s][%-05s][%5.2s][%.1s]", "ab", "ab", "ab", "ab", "abcdef", "xyz"));
var_dump(sprintf("[%5d][%-5d][%+5d][%+-5d]", -42, -42, 7, 7));
var_dump(sprintf("[%-05u][%-05x][%+s][%+05s]", 3, 255, "x", "ab"));
--EXPECT--
string(39) "[   42][42   ][00042][+5][+0005][12   ]"
string(48) "[********hi][........42][42xxxxxxxx][0000000042]"
string(38) "[   ab][ab   ][000ab][ab000][   ab][x]"
string(28) "[  -42][-42  ][   +7][+7   ]"
string(24) "[3    ][ff000][x][000ab]"
