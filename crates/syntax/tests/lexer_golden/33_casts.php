<?php
(int)$a; ( integer )$a; (BOOL)$a; (boolean)$a; (float)$a; (double)$a; (string)$a; (binary)$a; (array)$a; (object)$a; (unset)$a; (	int	)$a; (int
)$a; (in t)$a;
