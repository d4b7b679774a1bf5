--TEST--
filter_var FILTER_VALIDATE_EMAIL and FILTER_VALIDATE_URL
--FILE--
<?php
foreach (['a@b.co', 'a@b', 'a.b+c@example.com', 'a..b@example.com', '@example.com', 'a@-b.com', 'no-at.example.com', '.a@example.com'] as $v) {
    var_dump(filter_var($v, FILTER_VALIDATE_EMAIL));
}
foreach (['http://example.com', 'example.com', 'http://', 'ftp://user:pw@host:21/p?q=1#f', 'mailto:a@b.c', 'http://exa mple.com', 'http://a_b.com', 'https://x.org:8080/a/b', 'http://[::1]/'] as $v) {
    var_dump(filter_var($v, FILTER_VALIDATE_URL));
}
var_dump(filter_var('http://example.com', FILTER_VALIDATE_URL, FILTER_FLAG_PATH_REQUIRED));
var_dump(filter_var('http://example.com/p', FILTER_VALIDATE_URL, FILTER_FLAG_PATH_REQUIRED));
var_dump(filter_var('http://example.com/p', FILTER_VALIDATE_URL, FILTER_FLAG_QUERY_REQUIRED));
var_dump(filter_var('http://example.com/p?x=1', FILTER_VALIDATE_URL, FILTER_FLAG_QUERY_REQUIRED));
--EXPECT--
string(6) "a@b.co"
bool(false)
string(17) "a.b+c@example.com"
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
string(18) "http://example.com"
bool(false)
bool(false)
string(29) "ftp://user:pw@host:21/p?q=1#f"
string(12) "mailto:a@b.c"
bool(false)
bool(false)
string(22) "https://x.org:8080/a/b"
string(13) "http://[::1]/"
bool(false)
string(20) "http://example.com/p"
bool(false)
string(24) "http://example.com/p?x=1"
