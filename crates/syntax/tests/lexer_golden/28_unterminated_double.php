<?php
"abc