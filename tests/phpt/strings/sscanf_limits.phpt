--TEST--
sscanf position limits and malformed formats
--FILE--
<?php
try { var_dump(sscanf("1", '%99999999999$d')); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { var_dump(count(sscanf("1", '%255$d'))); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { var_dump(count(sscanf("1", '%256$d'))); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { sscanf("1", "%"); } catch (ValueError $e) { echo $e->getMessage(), "|\n"; }
try { sscanf("1", "%5"); } catch (ValueError $e) { echo $e->getMessage(), "|\n"; }
--EXPECT--
"%n$" argument index out of range
int(255)
"%n$" argument index out of range
Bad scan conversion character "|
Bad scan conversion character "|
