<?php
"outer {$a["inner $b {$c['k']}"]} end";
