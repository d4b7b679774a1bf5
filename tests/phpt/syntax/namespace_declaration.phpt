--TEST--
A namespaced script: namespace; functions and constants resolve in it
--FILE--
<?php
namespace App\Util;

const VERSION = '1.0';
function helper() { return __FUNCTION__; }
echo helper(), " ", VERSION, " ", __NAMESPACE__, " ", \strlen("abc"), " ", strtoupper("fallback"), "\n";
--EXPECT--
App\Util\helper 1.0 App\Util 3 FALLBACK
