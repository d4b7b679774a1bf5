--TEST--
the default stream context takes an id the first time a stream function needs it
--FILE--
<?php
var_dump(stream_context_create());
touch(sys_get_temp_dir() . '/phpsock_files_ctx_ids');
var_dump(stream_context_create());
unlink(sys_get_temp_dir() . '/phpsock_files_ctx_ids');
var_dump(stream_context_create());
var_dump(fopen('php://memory', 'r'));
var_dump(stream_context_get_default());
--EXPECT--
resource(4) of type (stream-context)
resource(5) of type (stream-context)
resource(7) of type (stream-context)
resource(8) of type (stream)
resource(6) of type (stream-context)
