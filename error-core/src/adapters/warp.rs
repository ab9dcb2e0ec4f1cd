//! The `warp` feature.

#[doc(hidden)]
#[macro_export]
macro_rules! __adapter_warp {
    ($($tokens:tt)*) => {};
}
