<?php
$café = "ü�$café";
