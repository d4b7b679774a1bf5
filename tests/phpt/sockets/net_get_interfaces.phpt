--TEST--
net_get_interfaces(): the shape of every entry, the loopback interface's IPv4 address
--FILE--
<?php
$all = net_get_interfaces();
var_dump(is_array($all), isset($all['lo']));
foreach ($all as $name => $iface) {
    if (array_keys($iface) !== ['unicast', 'up'] || !is_bool($iface['up']) || !array_is_list($iface['unicast'])) {
        echo "bad shape: $name\n";
    }
    foreach ($iface['unicast'] as $u) {
        if (!is_int($u['flags']) || (isset($u['family']) && !is_int($u['family']))) echo "bad entry: $name\n";
        if (isset($u['address']) && !in_array($u['family'], [AF_INET, AF_INET6], true)) echo "address of another family: $name\n";
    }
}
$lo4 = array_values(array_filter($all['lo']['unicast'], fn($u) => ($u['family'] ?? 0) === AF_INET));
var_dump($lo4[0]['address'], $lo4[0]['netmask'], isset($lo4[0]['broadcast']), $all['lo']['up']);
try { net_get_interfaces(1); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
bool(true)
bool(true)
string(9) "127.0.0.1"
string(9) "255.0.0.0"
bool(false)
bool(true)
net_get_interfaces() expects exactly 0 arguments, 1 given
