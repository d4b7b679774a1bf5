<?php
namespace Foo\Bar; namespace; namespace\Baz; NAMESPACE\Qux\Y; \strlen(); Foo\Bar\baz(); \A\B; \ foo; class\Foo; $a\b;
