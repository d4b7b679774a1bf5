--TEST--
pcntl: a handler for SIGALRM runs at pcntl_signal_dispatch() with the signal's info; sleep() is cut short
--FILE--
<?php
pcntl_signal(SIGALRM, function ($signo, $info) {
    echo "handler for $signo\n";
    var_dump($info);
});
pcntl_alarm(1);
$t = microtime(true);
$left = sleep(4);
echo "sleep cut short: ", ($left >= 2 && $left <= 3) ? "yes" : "no ($left)", "\n";
echo "before dispatch\n";
var_dump(pcntl_signal_dispatch());
echo "after dispatch\n";
var_dump(pcntl_signal_dispatch());
--EXPECT--
sleep cut short: yes
before dispatch
handler for 14
array(3) {
  ["signo"]=>
  int(14)
  ["errno"]=>
  int(0)
  ["code"]=>
  int(128)
}
bool(true)
after dispatch
bool(true)
