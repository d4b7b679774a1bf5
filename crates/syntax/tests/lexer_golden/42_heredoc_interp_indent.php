<?php
$x = <<<EOT
  a {$b}
  c
  EOT;
$y = <<<EOT
		x
		EOT;
