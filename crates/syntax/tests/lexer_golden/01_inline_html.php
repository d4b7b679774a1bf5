Hello <b>world</b>
<?php echo 1; ?>
after
<?= $x ?>tail<?php
