<?php
$x = <<<EOT
    line one
      indented $v

    last
    EOT;
foo(<<<A
  a
   b
  A, 2);
