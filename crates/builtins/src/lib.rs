//! Native functions and constants, grouped by PHP extension.
