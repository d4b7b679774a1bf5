<?php
`ls $dir \` \"`;
