<?php
$x = <<<A
{$f(<<<B
  inner $v
  B)}
A;
