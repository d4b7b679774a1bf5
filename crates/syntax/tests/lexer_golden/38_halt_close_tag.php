<?php
__HALT_COMPILER() ?>
trailing