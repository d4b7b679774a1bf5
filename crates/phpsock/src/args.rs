//! [`IntoArgs`]: argument lists for calling PHP from Rust.

use crate::convert::IntoPhp;
use phpsock_eval::Value;

/// Arguments for [`Engine::call_fn`](crate::Engine::call_fn): a tuple of up to eight [`IntoPhp`] values, `()`, or a
/// `Vec<Value>`.
pub trait IntoArgs {
    /// The PHP values.
    fn into_args(self) -> Vec<Value>;
}

impl IntoArgs for Vec<Value> {
    fn into_args(self) -> Vec<Value> {
        self
    }
}

macro_rules! into_args {
    ($($t:ident),*) => {
        impl<$($t: IntoPhp),*> IntoArgs for ($($t,)*) {
            #[allow(non_snake_case)]
            fn into_args(self) -> Vec<Value> {
                let ($($t,)*) = self;
                vec![$($t.into_php()),*]
            }
        }
    };
}

into_args!();
into_args!(A);
into_args!(A, B);
into_args!(A, B, C);
into_args!(A, B, C, D);
into_args!(A, B, C, D, E);
into_args!(A, B, C, D, E, F);
into_args!(A, B, C, D, E, F, G);
into_args!(A, B, C, D, E, F, G, H);
