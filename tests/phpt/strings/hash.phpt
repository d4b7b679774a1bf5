--TEST--
hash with several algorithms, raw output and errors
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
foreach (["md5", "sha1", "sha224", "sha256", "sha384", "sha512/224", "sha512/256", "sha512", "crc32", "crc32b", "crc32c", "adler32", "fnv132", "fnv1a32", "fnv164", "fnv1a64", "joaat"] as $a) {
    echo $a, " ", hash($a, "The quick brown fox"), " ", hash($a, ""), "\n";
}
var_dump(hash("SHA256", "abc"), bin2hex(hash("crc32b", "abc", true)), strlen(hash("sha512", "x", true)));
t(fn() => hash("nope", "x"));
t(fn() => hash("", "x"));
?>
--EXPECT--
md5 a2004f37730b9445670a738fa0fc9ee5 d41d8cd98f00b204e9800998ecf8427e
sha1 c519c1a06cdbeb2bc499e22137fb48683858b345 da39a3ee5e6b4b0d3255bfef95601890afd80709
sha224 146129bd31db775c819f4c28929cc5ac7130d4bac470e97134857c1a d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f
sha256 5cac4f980fedc3d3f1f99b4be3472c9b30d56523e632d151237ec9309048bda9 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
sha384 2e45933dd1a1e6a6928a732d58abeb180c225e5e7b99c64eb6f233a7b99ee4635c17f44ca544cf620cf4289deb4c08cf 38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b
sha512/224 d3f7845efd77de7aceb0e3049be18ce8e99e5607cd79a07323a19cea 6ed0dd02806fa89e25de060c19d3ac86cabb87d6a0ddd05c333b84f4
sha512/256 d99dd5e1f7302ded09f1557974a2d53b3d001a2071c9ac24150a66c7c992d8f6 c672b8d1ef56ed28ab87c3622c5114069bdd3ad7b8f9737498d0c01ecef0967a
sha512 015e6d23e760f612cca616c54f110cb12dd54213f1e046c7607081372402eff4936b379296ed549236020afb37bd3e728a044a4243754f095498c98bc24f77e0 cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e
crc32 4c1c7a15 00000000
crc32b b74574de 00000000
crc32c 537e5cf4 00000000
adler32 452e0714 00000001
fnv132 cb423604 811c9dc5
fnv1a32 ae4d67e2 811c9dc5
fnv164 54b3b0bed86ce184 cbf29ce484222325
fnv1a64 2374316b9b449782 cbf29ce484222325
joaat 43cf4eff 00000000
string(64) "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
string(8) "352441c2"
int(64)
ValueError: hash(): Argument #1 ($algo) must be a valid hashing algorithm
ValueError: hash(): Argument #1 ($algo) must be a valid hashing algorithm
