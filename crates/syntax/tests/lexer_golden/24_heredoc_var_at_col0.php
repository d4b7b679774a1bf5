<?php
$x = <<<EOT
$a
  EOT;
