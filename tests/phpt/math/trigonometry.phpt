--TEST--
trigonometric and hyperbolic functions
--FILE--
<?php
var_dump(sin(0), cos(0), tan(M_PI_4), asin(1), acos(1), atan(1), atan2(1, 1), atan2(-1, -1), atan2(0, -0.0));
var_dump(sinh(1), cosh(1), tanh(1), asinh(1), acosh(1), atanh(0.5), acos(2), atanh(1));
var_dump(hypot(3, 4), deg2rad(180), rad2deg(M_PI), pi(), deg2rad(45));
--EXPECT--
float(0)
float(1)
float(0.9999999999999999)
float(1.5707963267948966)
float(0)
float(0.7853981633974483)
float(0.7853981633974483)
float(-2.356194490192345)
float(3.141592653589793)
float(1.1752011936438014)
float(1.5430806348152437)
float(0.7615941559557649)
float(0.881373587019543)
float(0)
float(0.5493061443340548)
float(NAN)
float(INF)
float(5)
float(3.141592653589793)
float(180)
float(3.141592653589793)
float(0.7853981633974483)
