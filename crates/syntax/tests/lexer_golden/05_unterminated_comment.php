<?php
$a; /* never closed
