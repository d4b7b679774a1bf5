--TEST--
openlog, syslog, closelog and the LOG_* constants
--FILE--
<?php
var_dump(openlog("phpsock-test", LOG_PID | LOG_NDELAY, LOG_USER), syslog(LOG_DEBUG, "first line\nsecond\tline"), syslog(LOG_INFO, ""), closelog(), closelog());
foreach (get_defined_constants(true)['standard'] as $k => $v) if (str_starts_with($k, 'LOG_')) echo "$k=$v ";
echo "\n";
try { syslog(LOG_ERR); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
LOG_EMERG=0 LOG_ALERT=1 LOG_CRIT=2 LOG_ERR=3 LOG_WARNING=4 LOG_NOTICE=5 LOG_INFO=6 LOG_DEBUG=7 LOG_KERN=0 LOG_USER=8 LOG_MAIL=16 LOG_DAEMON=24 LOG_AUTH=32 LOG_SYSLOG=40 LOG_LPR=48 LOG_NEWS=56 LOG_UUCP=64 LOG_CRON=72 LOG_AUTHPRIV=80 LOG_LOCAL0=128 LOG_LOCAL1=136 LOG_LOCAL2=144 LOG_LOCAL3=152 LOG_LOCAL4=160 LOG_LOCAL5=168 LOG_LOCAL6=176 LOG_LOCAL7=184 LOG_PID=1 LOG_CONS=2 LOG_ODELAY=4 LOG_NDELAY=8 LOG_NOWAIT=16 LOG_PERROR=32 
syslog() expects exactly 2 arguments, 1 given
