//! Generic errors: bounds only where a template formats a field whose type
//! names a type parameter; lifetimes, const generics and the user's where
//! clause keep working.

use apifault::ApiError;
use std::fmt::Display;

#[derive(Debug, ApiError)]
#[status(400)]
enum Borrowed<'a> {
    #[message("missing {0}")]
    Missing(&'a str),
    #[message("bad {name}")]
    Bad { name: &'a str },
}

#[test]
fn lifetimes() {
    let text = String::from("q");
    assert_eq!(Borrowed::Missing(&text).message(), "missing q");
    assert_eq!(
        Borrowed::Bad { name: &text }.to_json(),
        r#"{"error":"bad q"}"#
    );
}

#[derive(Debug, ApiError)]
#[status(422)]
enum Generic<T, U, const N: usize> {
    #[message("invalid {0}")]
    Shown(T),
    /// `U` is never formatted, so it needs no bound.
    #[status(500)]
    Hidden(U),
    #[message("array")]
    Array([u8; N]),
}

/// Has no `Display`: `Generic<_, NotDisplay, _>` still implements the trait.
#[derive(Debug)]
struct NotDisplay;

#[test]
fn bound_only_on_formatted_parameters() {
    let error: Generic<u32, NotDisplay, 2> = Generic::Shown(7);
    assert_eq!(error.message(), "invalid 7");
    let hidden: Generic<u32, NotDisplay, 2> = Generic::Hidden(NotDisplay);
    assert_eq!(hidden.message(), "Internal Server Error");
}

fn status_of<E: ApiError>(error: &E) -> u16 {
    error.status().as_u16()
}

#[test]
fn generic_use() {
    let error: Generic<String, (), 1> = Generic::Shown("x".to_owned());
    assert_eq!(status_of(&error), 422);
    assert_eq!(Generic::<String, (), 1>::catalogue().len(), 3);
    let array: Generic<String, (), 1> = Generic::Array([0]);
    assert_eq!(array.code(), "array");
}

#[derive(Debug, ApiError)]
#[status(409)]
enum WithWhere<T>
where
    T: Clone + Display,
{
    #[message("conflict on {0}")]
    Conflict(T),
    #[message("conflict with {1}")]
    Other(#[allow(dead_code)] Vec<T>, T),
}

#[test]
fn user_where_clause_is_kept() {
    let error = WithWhere::Other(vec![1], 2);
    assert_eq!(error.message(), "conflict with 2");
    assert_eq!(WithWhere::Conflict('c').message(), "conflict on c");
}

#[derive(Debug, ApiError)]
#[status(400)]
#[message("wrapped {inner}")]
struct Wrapper<'a, T: ?Sized> {
    inner: &'a T,
}

#[test]
fn unsized_parameter_behind_a_reference() {
    let error = Wrapper::<str> { inner: "x" };
    assert_eq!(error.message(), "wrapped x");
}

/// The user's own bounds are not repeated, and new bounds join the user's
/// bounds of the same type: clippy would report a repetition at these
/// generics.
#[deny(clippy::type_repetition_in_bounds, clippy::trait_duplication_in_bounds)]
mod stated_bounds {
    use apifault::ApiError;
    use std::fmt::{Debug, Display};

    #[derive(Debug, ApiError)]
    #[status(400)]
    pub enum InParams<T: Display, U: std::fmt::Debug> {
        #[message("bad {0} {1:?}")]
        Bad(T, U),
    }

    #[derive(Debug, ApiError)]
    #[status(400)]
    pub enum InWhere<T>
    where
        T: Display + Debug,
    {
        #[message("bad {0} {0:?}")]
        Bad(T),
    }

    #[derive(Debug, ApiError)]
    #[status(400)]
    pub enum OtherTraits<T: Clone, U>
    where
        U: Clone,
    {
        #[message("bad {0} {1}")]
        Bad(T, U),
    }

    #[derive(Debug, ApiError)]
    #[status(400)]
    pub enum Unstated<T> {
        #[message("bad {0} {0:?} {0}")]
        Bad(T),
    }
}

#[test]
fn stated_bounds_still_hold() {
    use stated_bounds::{InParams, InWhere, OtherTraits, Unstated};
    assert_eq!(InParams::Bad(1, "u").message(), "bad 1 \"u\"");
    assert_eq!(InWhere::Bad('c').message(), "bad c 'c'");
    assert_eq!(Unstated::Bad(2).message(), "bad 2 2 2");
    assert_eq!(OtherTraits::Bad(3, 'u').message(), "bad 3 u");
}

/// A trait named like `Display`: a bound on it is not the bound the message
/// needs, so the derive adds its own.
mod lookalike {
    pub trait Display {}
    impl Display for u8 {}

    #[derive(Debug, apifault::ApiError)]
    pub enum Shown<T: Display> {
        #[status(400)]
        #[message("value {0}")]
        Value(T),
    }
}

#[test]
fn a_lookalike_bound_does_not_replace_the_real_one() {
    assert_eq!(lookalike::Shown::Value(7u8).message(), "value 7");
}

/// A recursive generic type whose message shows the nested value: the
/// derived `Display` must not ask for a bound on itself, which rustc cannot
/// prove (E0275).
#[derive(Debug, ApiError)]
#[api_error(display)]
#[status(400)]
enum Tree<T> {
    #[message("leaf {0}")]
    Leaf(T),
    #[message("in ({0})")]
    Nested(Box<Tree<T>>),
    #[message("pair [{left}, {right}]")]
    Pair { left: Box<Self>, right: Box<Self> },
}

#[test]
fn recursive_generic_type_displays_itself() {
    let tree = Tree::Nested(Box::new(Tree::Pair {
        left: Box::new(Tree::Leaf(1)),
        right: Box::new(Tree::Leaf(2)),
    }));
    assert_eq!(tree.to_string(), "in (pair [leaf 1, leaf 2])");
    assert_eq!(tree.message(), "in (pair [leaf 1, leaf 2])");
    assert_eq!(tree.to_json(), r#"{"error":"in (pair [leaf 1, leaf 2])"}"#);
}
