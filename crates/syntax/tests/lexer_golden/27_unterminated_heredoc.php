<?php
$x = <<<EOT
no end
