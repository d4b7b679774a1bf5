--TEST--
Named arguments, mixed with positional ones
--FILE--
<?php
function box($width, $height = 1, $depth = 1) { return "$width x $height x $depth"; }
echo box(2, depth: 3), "\n";
echo box(height: 5, width: 4), "\n";
echo str_pad(string: "x", length: 3, pad_string: "-"), "\n";
--EXPECT--
2 x 1 x 3
4 x 5 x 1
x--
