//! The derive's attributes, parsed into typed slots that keep the spans of
//! what the user wrote.

mod container;
mod deprecated;
mod details;
mod example;
mod header;
mod mask;
mod wire;

pub use container::Container;
pub use example::{Example, Key};
pub use header::HeaderAttr;
pub use mask::{Exposure, Marker};

use crate::ctxt::Errors;
use crate::status;
use crate::suggest::{did_you_mean, is_near};
use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::parse::ParseStream;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, Lit, LitInt, LitStr, Meta, Token};

/// Where attributes were found; it decides which of them apply.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Enum,
    Struct,
    Variant,
    Field,
}

/// The derive's attributes on one item.
#[derive(Default)]
pub struct Attrs {
    pub status: Option<Status>,
    pub message: Option<LitStr>,
    pub description: Option<LitStr>,
    pub code: Option<LitStr>,
    pub example: Option<Example>,
    pub since: Option<LitStr>,
    /// `#[details]` on a field: the span of its name.
    pub details: Option<Span>,
    /// The note of the standard `#[deprecated]`, empty without one.
    pub deprecated: Option<String>,
    /// The doc comment, one line per source line.
    pub docs: Vec<String>,
    /// Every valid `#[header]`, in the order written.
    pub headers: Vec<HeaderAttr>,
    /// `#[api_error(...)]`, on the type only.
    pub container: Container,
    /// `#[masked]` or `#[public]`.
    pub exposure: Option<Marker>,
    /// The attribute that first set each slot, for the note of a duplicate.
    first: Vec<(&'static str, TokenStream)>,
    /// Unknown attributes that look like a misspelling of one of ours.
    near: Vec<NearMiss>,
}

/// An unknown attribute whose name is close to one of the derive's, such
/// as `#[mesage]` for `#[message]`.
#[derive(Clone)]
pub struct NearMiss {
    pub key: &'static str,
    pub written: String,
    pub span: Span,
}

impl NearMiss {
    /// Reports the attribute as the reason `key` is missing.
    ///
    /// rustc reports an unknown attribute too, but only when no other derive
    /// on the item declares it; a helper of another derive spelled like ours
    /// must not leave the derive silently without its attribute.
    pub fn report(&self, errors: &mut Errors) {
        errors.error(
            self.span,
            format_args!(
                "`#[{}]` is not an attribute of `ApiError`; did you mean `#[{}]`?",
                self.written, self.key
            ),
        );
    }
}

/// A status as given, checked to be an error status.
#[derive(Clone, Copy)]
pub struct Status {
    pub code: u16,
}

impl Attrs {
    /// Reads every attribute of an item at `place`; errors go to `errors`.
    pub fn from_syn(attrs: &[Attribute], place: Place, errors: &mut Errors) -> Self {
        let mut out = Attrs::default();
        for attr in attrs {
            out.read(attr, place, errors);
        }
        out
    }

    fn read(&mut self, attr: &Attribute, place: Place, errors: &mut Errors) {
        let Some(name) = attr.path().get_ident().map(ToString::to_string) else {
            return;
        };
        if name == "doc" {
            self.read_doc(attr);
            return;
        }
        if name == "deprecated" {
            // rustc checks the attribute; the first one is the one it uses.
            self.deprecated
                .get_or_insert_with(|| deprecated::note(attr));
            return;
        }
        if !is_ours(&name) {
            self.note_near_miss(name, attr);
            return;
        }
        if let Some(problem) = misplaced(&name, place) {
            errors.error(attr.path().span(), problem);
            return;
        }
        match name.as_str() {
            "status" => match errors.ok(parse_status(attr)) {
                Some(status) => self.set_status(status, attr, errors),
                None => self.mark_given("status", attr),
            },
            "api_error" => container::parse_container(attr, &mut self.container, errors),
            "header" => self.headers.extend(header::parse(attr, errors)),
            "masked" | "public" => mask::read(self, attr, &name, errors),
            "details" => match errors.ok(details::parse(attr)) {
                Some(span) if self.check_unique("details", attr, errors) => {
                    self.details = Some(span);
                }
                _ => self.mark_given("details", attr),
            },
            "example" => {
                let example = example::parse(attr, errors);
                if self.check_unique("example", attr, errors) {
                    self.example = Some(example);
                }
            }
            _ => match errors.ok(parse_string(attr, &name)) {
                Some(lit) => self.set_string(&name, lit, attr, errors),
                None => self.mark_given(key_of(&name), attr),
            },
        }
    }

    /// Whether the attribute `key` was written, even if it was malformed:
    /// a malformed attribute is reported once, not again as missing.
    pub fn is_given(&self, key: &str) -> bool {
        self.first.iter().any(|(name, _)| *name == key)
    }

    /// The unknown attribute that looks like a misspelling of `key`.
    pub fn near_miss(&self, key: &str) -> Option<&NearMiss> {
        self.near.iter().find(|near| near.key == key)
    }

    fn note_near_miss(&mut self, name: String, attr: &Attribute) {
        if let Some(key) = KEYS.iter().find(|key| is_near(&name, key)) {
            self.near.push(NearMiss {
                key,
                written: name,
                span: attr.path().span(),
            });
        }
    }

    fn mark_given(&mut self, key: &'static str, attr: &Attribute) {
        if !self.is_given(key) {
            self.first.push((key, attr.to_token_stream()));
        }
    }

    fn read_doc(&mut self, attr: &Attribute) {
        let Meta::NameValue(meta) = &attr.meta else {
            return;
        };
        // A derive sees `#[doc = include_str!(..)]` as the macro call, not
        // the text it expands to: such docs are skipped.
        if let Some(lit) = string_literal(&meta.value) {
            self.docs.push(lit.value());
        }
    }

    fn set_status(&mut self, status: Status, attr: &Attribute, errors: &mut Errors) {
        if self.check_unique("status", attr, errors) {
            self.status = Some(status);
        }
    }

    fn set_string(&mut self, name: &str, lit: LitStr, attr: &Attribute, errors: &mut Errors) {
        let key = key_of(name);
        if !self.check_unique(key, attr, errors) {
            return;
        }
        match key {
            "message" => self.message = Some(lit),
            "description" => self.description = Some(lit),
            "since" => self.since = check_since(lit, errors),
            _ => self.code = Some(lit),
        }
    }

    /// Records the first use of `key`; a second use is an error.
    fn check_unique(&mut self, key: &'static str, attr: &Attribute, errors: &mut Errors) -> bool {
        if let Some((_, first)) = self.first.iter().find(|(name, _)| *name == key) {
            errors.clash_spanned(
                attr,
                format_args!("duplicate `#[{key}]` attribute; keep one"),
                first,
                format_args!("`#[{key}]` first given here"),
            );
            return false;
        }
        self.first.push((key, attr.to_token_stream()));
        true
    }
}

/// `name`, known to be one of [`KEYS`], as a static string.
fn key_of(name: &str) -> &'static str {
    KEYS.iter()
        .find(|key| **key == name)
        .map_or("code", |key| key)
}

/// The names of the derive's attributes.
const KEYS: &[&str] = &[
    "status",
    "message",
    "description",
    "code",
    "api_error",
    "example",
    "since",
    "header",
    "masked",
    "public",
    "details",
];

fn is_ours(name: &str) -> bool {
    KEYS.contains(&name)
}

/// Why the attribute `name` does not belong at `place`, if it does not.
fn misplaced(name: &str, place: Place) -> Option<String> {
    match (place, name) {
        (Place::Field, "details") => None,
        (_, "details") => Some(details::misplaced(place)),
        (Place::Field, _) => Some(format!(
            "`#[{name}]` does not apply to a field; put it on the variant"
        )),
        (Place::Enum, "message" | "description" | "code" | "example" | "header") => {
            Some(format!("`#[{name}]` belongs on a variant, not on the enum"))
        }
        (Place::Enum, "masked" | "public") => Some(format!(
            "`#[{name}]` belongs on a variant, not on the enum; \
             to mask a status class write `#[api_error(mask = \"5xx\")]`"
        )),
        (Place::Variant, "api_error") => {
            Some("`#[api_error]` belongs on the enum, not on a variant".to_owned())
        }
        _ => None,
    }
}

/// The single argument of `#[name(...)]`, or an error saying how to write it.
fn parse_args<T>(
    attr: &Attribute,
    example: &str,
    parser: impl FnOnce(ParseStream) -> syn::Result<T>,
) -> syn::Result<T> {
    let name = attr
        .path()
        .get_ident()
        .map(ToString::to_string)
        .unwrap_or_default();
    let list = match &attr.meta {
        Meta::List(list) if !list.tokens.is_empty() => list,
        Meta::List(list) => {
            return Err(syn::Error::new_spanned(
                list,
                format_args!("`#[{name}()]` is empty; write `#[{name}({example})]`"),
            ))
        }
        _ => {
            return Err(syn::Error::new_spanned(
                &attr.meta,
                format_args!("expected `#[{name}(...)]`; write `#[{name}({example})]`"),
            ))
        }
    };
    list.parse_args_with(|input: ParseStream| {
        let value = parser(input)?;
        if input.peek(Token![,]) && input.peek2(syn::parse::End) {
            input.parse::<Token![,]>()?;
        }
        if !input.is_empty() {
            let rest: TokenStream = input.parse()?;
            return Err(syn::Error::new_spanned(
                rest,
                format_args!("unexpected tokens; `#[{name}]` takes one argument"),
            ));
        }
        Ok(value)
    })
}

fn parse_string(attr: &Attribute, name: &str) -> syn::Result<LitStr> {
    let example = match name {
        "code" => "\"not_found\"",
        "since" => "\"1.2\"",
        _ => "\"...\"",
    };
    parse_args(attr, example, |input| {
        let token: TokenTree = input.fork().parse()?;
        let lit = input.parse::<LitStr>().map_err(|_| {
            syn::Error::new_spanned(
                token,
                format_args!("expected a string literal; write `#[{name}({example})]`"),
            )
        })?;
        if !lit.suffix().is_empty() {
            return Err(syn::Error::new(
                lit.span(),
                format_args!(
                    "a string in `#[{name}]` takes no suffix; remove `{}`",
                    lit.suffix()
                ),
            ));
        }
        Ok(lit)
    })
}

fn parse_status(attr: &Attribute) -> syn::Result<Status> {
    parse_args(attr, "404", |input| {
        if input.peek(LitInt) {
            return check_range(&input.parse::<LitInt>()?);
        }
        if input.peek(syn::Ident) || input.peek(Token![::]) {
            return by_constant(&input.parse::<syn::Path>()?);
        }
        let token: TokenStream = input.parse()?;
        Err(syn::Error::new_spanned(
            &token,
            format_args!(
                "expected a status number or a `StatusCode` constant, found `{token}`; \
                 write `#[status(404)]` or `#[status(NOT_FOUND)]`"
            ),
        ))
    })
}

fn check_range(lit: &LitInt) -> syn::Result<Status> {
    let span = lit.span();
    if !lit.suffix().is_empty() {
        return Err(syn::Error::new(
            span,
            format_args!(
                "a status takes no type suffix; write `#[status({})]`",
                lit.base10_digits()
            ),
        ));
    }
    match lit.base10_parse::<i128>() {
        Ok(code) if (400..=599).contains(&code) => Ok(Status {
            code: u16::try_from(code).unwrap_or(500),
        }),
        Ok(code) => Err(syn::Error::new(span, not_an_error(code))),
        Err(_) => Err(syn::Error::new(
            span,
            "expected a status number; write `#[status(404)]`",
        )),
    }
}

/// Why a number outside 400..=599 cannot be an error's status.
fn not_an_error(code: i128) -> String {
    let class = match code {
        100..=199 => "an informational status",
        200..=299 => "a success status",
        300..=399 => "a redirection status",
        _ => {
            return format!(
                "{code} is not an HTTP status (those run from 100 to 599); \
                 use a 4xx or 5xx status"
            )
        }
    };
    format!("status {code} is {class}, not an error status; use a 4xx or 5xx status")
}

/// `NAME`, or a path ending in `StatusCode::NAME`.
fn by_constant(path: &syn::Path) -> syn::Result<Status> {
    let last = check_constant_path(path)?;
    let name = last.to_string();
    match status::by_name(&name) {
        Some(known) if status::ERRORS.contains(&known.code) => Ok(Status { code: known.code }),
        Some(known) => Err(syn::Error::new_spanned(
            path,
            format_args!(
                "status `{name}` ({}) is not an error status; use a 4xx or 5xx status",
                known.code
            ),
        )),
        None => {
            let hint = match did_you_mean(&name, status::KNOWN.iter().map(|known| known.name)) {
                hint if hint.is_empty() => {
                    "; write a `StatusCode` constant such as `NOT_FOUND`, or a number".to_owned()
                }
                hint => hint,
            };
            Err(syn::Error::new_spanned(
                last,
                format_args!("unknown status constant `{name}`{hint}"),
            ))
        }
    }
}

/// The constant's name, once the path is known to name a `StatusCode`
/// constant; the derive cannot resolve paths, so it reads only these forms.
fn check_constant_path(path: &syn::Path) -> syn::Result<&syn::Ident> {
    let segments: Vec<&syn::PathSegment> = path.segments.iter().collect();
    if let Some(with_args) = segments.iter().find(|segment| !segment.arguments.is_none()) {
        return Err(syn::Error::new_spanned(
            &with_args.arguments,
            "a status path takes no generic arguments; write `StatusCode::NOT_FOUND`",
        ));
    }
    match segments.as_slice() {
        [only] if path.leading_colon.is_none() => Ok(&only.ident),
        [.., owner, last] if owner.ident == "StatusCode" => Ok(&last.ident),
        [.., owner, last] => Err(syn::Error::new_spanned(
            &owner.ident,
            format_args!(
                "expected a `StatusCode` constant, found a path through `{}`; \
                 write `{last}` or `StatusCode::{last}`",
                owner.ident,
                last = last.ident
            ),
        )),
        _ => Err(syn::Error::new_spanned(
            path,
            "expected a `StatusCode` constant; write `NOT_FOUND` or `StatusCode::NOT_FOUND`",
        )),
    }
}

/// The tokens up to the next comma.
fn value_tokens(input: ParseStream) -> syn::Result<TokenStream> {
    let mut value = TokenStream::new();
    while !input.is_empty() && !input.peek(Token![,]) {
        value.extend([input.parse::<TokenTree>()?]);
    }
    Ok(value)
}

/// A `#[since]` version, unless it is blank.
fn check_since(lit: LitStr, errors: &mut Errors) -> Option<LitStr> {
    if lit.value().trim().is_empty() {
        errors.error(
            lit.span(),
            "empty `#[since]`; write the version that added the error, as in `#[since(\"1.2\")]`",
        );
        return None;
    }
    Some(lit)
}

/// The string of an attribute value written as a literal, also when a
/// `macro_rules!` macro passed it in as an expression.
fn string_literal(value: &Expr) -> Option<&LitStr> {
    match value {
        Expr::Lit(expr) => match &expr.lit {
            Lit::Str(lit) => Some(lit),
            _ => None,
        },
        Expr::Group(group) => string_literal(&group.expr),
        _ => None,
    }
}

/// Skips what follows an unknown key, so that the keys after it are read.
fn skip_value(input: ParseStream) -> syn::Result<()> {
    while !input.is_empty() && !input.peek(Token![,]) {
        input.parse::<TokenTree>()?;
    }
    Ok(())
}

/// Succeeds at the end of a list or before its `,`; otherwise an error at
/// the token where the comma is missing, saying how to separate `what`.
fn expect_separator(input: ParseStream, what: &str) -> syn::Result<()> {
    if input.is_empty() || input.peek(Token![,]) {
        return Ok(());
    }
    let token: TokenTree = input.fork().parse()?;
    Err(syn::Error::new_spanned(
        &token,
        format_args!("expected `,` before `{token}`; separate {what} with commas"),
    ))
}
