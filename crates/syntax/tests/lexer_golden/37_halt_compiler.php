<?php
echo 1;
__halt_compiler();raw data <?php echo 2; ?>
