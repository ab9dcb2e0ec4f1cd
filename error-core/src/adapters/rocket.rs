//! The `rocket` feature.

#[doc(hidden)]
#[macro_export]
macro_rules! __adapter_rocket {
    ($($tokens:tt)*) => {};
}
