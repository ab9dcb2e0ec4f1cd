//! The `poem` feature.

#[doc(hidden)]
#[macro_export]
macro_rules! __adapter_poem {
    ($($tokens:tt)*) => {};
}
