<?php
$s = <<<EOT
  a\
  EOT;
$t = <<<EOT
  \u{41}
  \400
  EOT;
$u = <<<EOT
    
  x

  EOT;
