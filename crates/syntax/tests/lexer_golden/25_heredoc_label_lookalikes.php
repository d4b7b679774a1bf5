<?php
$x = <<<EOT
EOTX
 EOT2
EOT
;
$y = <<<EOT
win
EOT;
