<?php
$x = <<<EOT
Hello $name
  {$a->b} ${c}
Escapes: \t \" \\ \$x \x41
EOT;
$y = <<<"Q"
quoted label
Q . "x";
