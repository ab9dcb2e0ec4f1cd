//! The `salvo` feature.

#[doc(hidden)]
#[macro_export]
macro_rules! __adapter_salvo {
    ($($tokens:tt)*) => {};
}
