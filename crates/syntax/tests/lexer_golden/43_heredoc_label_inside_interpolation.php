<?php $a=["x\nEOT"=>5];
$s = <<<EOT
  v={$a["x
EOT"]}
  EOT;
var_dump($s);