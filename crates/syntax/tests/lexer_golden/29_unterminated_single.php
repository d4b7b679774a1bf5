<?php
echo 'abc