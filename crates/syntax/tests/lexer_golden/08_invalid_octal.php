<?php
08;
