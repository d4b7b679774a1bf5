--TEST--
Every double-quoted escape sequence
--FILE--
<?php
echo bin2hex("\n\t\r\v\e\f\\\$\"\0"), "\n";
echo "\101\102\7\060", "|", bin2hex("\400"), "\n";
echo "\x41\x4a\x4A\x7", "|", "\xZ", "\n";
echo "\u{41}\u{e9}\u{1F600}\u{0000041}", "\n";
echo "\q \' \u no brace \{", "\n";
--EXPECTF--
Warning: Octal escape sequence overflow \400 is greater than \377 in %s on line 3
0a090d0b1b0c5c242200
AB0|00
AJJ|\xZ
Aé😀A
\q \' \u no brace \{
