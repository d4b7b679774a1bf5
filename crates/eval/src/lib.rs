//! phpsock runtime (values, resolver, evaluator, diagnostics).
