<?php $a=[1];
$s = <<<EOT
  {$a[0]}
  EOT;
var_dump($s);
$s = <<<EOT
  ${a[0]} x
  EOT;
var_dump($s);