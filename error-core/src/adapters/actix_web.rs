//! The `actix_web` feature.

#[doc(hidden)]
#[macro_export]
macro_rules! __adapter_actix_web {
    ($($tokens:tt)*) => {};
}
