<?php
echo "a
b
\u{zz}";
