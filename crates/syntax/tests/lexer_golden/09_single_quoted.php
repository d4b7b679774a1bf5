<?php
'plain'; 'it\'s'; 'back\\slash'; '\n stays'; b'bin'; B'BIN'; '$no $interp';
'multi
line';
