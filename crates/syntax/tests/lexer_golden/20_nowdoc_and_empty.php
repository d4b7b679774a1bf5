<?php
$x = <<<'EOT'
raw $name {$x} \t
EOT;
$e = <<<'E'
E;
$f = <<<EOT
EOT;
