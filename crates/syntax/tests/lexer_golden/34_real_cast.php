<?php
(real)$a;
