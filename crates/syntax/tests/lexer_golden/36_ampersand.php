<?php
function f(&$a, & $b, &...$c, &
$d) {} $x & $y; $x &$y; $x && $y; &/* c */$v; $a &= 1; & ...;
