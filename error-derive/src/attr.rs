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

use crate::ctxt::{spanned, Errors};
use crate::status;
use crate::suggest::{did_you_mean, is_near};
use crate::template;
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
        let Some(ident) = attr.path().get_ident() else {
            return;
        };
        let name = ident.to_string();
        if name == "doc" {
            self.read_doc(attr);
            return;
        }
        if name == "deprecated" {
            // rustc checks the attribute; the first one is the one it uses.
            if self.deprecated.is_none() {
                self.deprecated = Some(deprecated::note(attr));
            }
            return;
        }
        let Some(key) = key_of(&name) else {
            self.note_near_miss(name, attr);
            return;
        };
        if let Some(problem) = misplaced(key, place) {
            errors.error(attr.path().span(), problem);
            return;
        }
        match key {
            "status" => match parse_status(attr, errors) {
                Some(status) => self.set_status(status, attr, errors),
                None => self.mark_given("status", attr),
            },
            "api_error" => container::parse_container(attr, &mut self.container, errors),
            "header" => {
                if let Some(header) = header::parse(attr, errors) {
                    self.headers.push(header);
                }
            }
            "masked" | "public" => mask::read(self, attr, key, errors),
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
            _ => match parse_string(attr, key, errors) {
                Some(lit) => self.set_string(key, lit, attr, errors),
                None => self.mark_given(key, attr),
            },
        }
    }

    /// Whether the attribute `key` was written, even if it was malformed:
    /// a malformed attribute is reported once, not again as missing.
    pub fn is_given(&self, key: &str) -> bool {
        self.first_given(key).is_some()
    }

    /// The attribute that first set the slot `key`.
    fn first_given(&self, key: &str) -> Option<&TokenStream> {
        for (name, tokens) in &self.first {
            if *name == key {
                return Some(tokens);
            }
        }
        None
    }

    /// The unknown attribute that looks like a misspelling of `key`.
    #[allow(clippy::manual_find)] // a loop, as `find` is compiled anew for each closure
    pub fn near_miss(&self, key: &str) -> Option<&NearMiss> {
        for near in &self.near {
            if near.key == key {
                return Some(near);
            }
        }
        None
    }

    fn note_near_miss(&mut self, name: String, attr: &Attribute) {
        for &key in KEYS {
            if is_near(&name, key) {
                self.near.push(NearMiss {
                    key,
                    written: name,
                    span: attr.path().span(),
                });
                return;
            }
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

    fn set_string(
        &mut self,
        key: &'static str,
        lit: LitStr,
        attr: &Attribute,
        errors: &mut Errors,
    ) {
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
        if let Some(first) = self.first_given(key) {
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

/// The derive's attribute `name`, as a static string; `None` for an
/// attribute the derive does not read.
#[allow(clippy::manual_find)] // a loop, as `find` is compiled anew for each closure
fn key_of(name: &str) -> Option<&'static str> {
    for &key in KEYS {
        if key == name {
            return Some(key);
        }
    }
    None
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

/// A parser that keeps what it reads in the variables it captures. Every
/// parser of the derive has this one type, so that syn's parsing code,
/// which is generic over the parser, is compiled once.
type ParseFn<'a> = &'a mut dyn FnMut(ParseStream) -> syn::Result<()>;

/// Reads the arguments of `#[name(...)]` with `parser`, which reads the one
/// argument the attribute takes; an error saying how to write the
/// attribute if it has no arguments, or more than one.
fn parse_args(attr: &Attribute, example: &str, parser: ParseFn) -> syn::Result<()> {
    let name = match attr.path().get_ident() {
        Some(ident) => ident.to_string(),
        None => String::new(),
    };
    let list = match &attr.meta {
        Meta::List(list) if !list.tokens.is_empty() => list,
        Meta::List(list) => {
            return Err(spanned(
                list,
                format_args!("`#[{name}()]` is empty; write `#[{name}({example})]`"),
            ))
        }
        _ => {
            return Err(spanned(
                &attr.meta,
                format_args!("expected `#[{name}(...)]`; write `#[{name}({example})]`"),
            ))
        }
    };
    let list_parser: ParseFn = &mut |input: ParseStream| {
        parser(input)?;
        if input.peek(Token![,]) && input.peek2(syn::parse::End) {
            input.parse::<Token![,]>()?;
        }
        if !input.is_empty() {
            let rest: TokenStream = input.parse()?;
            return Err(spanned(
                &rest,
                format_args!("unexpected tokens; `#[{name}]` takes one argument"),
            ));
        }
        Ok(())
    };
    list.parse_args_with(list_parser)
}

/// The string of `#[name("...")]`, or `None` after reporting why there is
/// none.
fn parse_string(attr: &Attribute, name: &str, errors: &mut Errors) -> Option<LitStr> {
    let example = match name {
        "code" => "\"not_found\"",
        "since" => "\"1.2\"",
        _ => "\"...\"",
    };
    let mut string = None;
    let parsed = parse_args(attr, example, &mut |input| {
        string = Some(string_arg(input, name, example)?);
        Ok(())
    });
    errors.ok(parsed)?;
    string
}

/// A string literal without a suffix, as an argument of `#[name]`, or an
/// error at the token found.
fn string_arg(input: ParseStream, name: &str, example: &str) -> syn::Result<LitStr> {
    let token: TokenTree = input.fork().parse()?;
    let Ok(lit) = input.parse::<LitStr>() else {
        return Err(spanned(
            &token,
            format_args!("expected a string literal; write `#[{name}({example})]`"),
        ));
    };
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
}

/// The status of `#[status(...)]`, or `None` after reporting why there is
/// none.
fn parse_status(attr: &Attribute, errors: &mut Errors) -> Option<Status> {
    let mut status = None;
    let parsed = parse_args(attr, "404", &mut |input| {
        status = Some(status_arg(input)?);
        Ok(())
    });
    errors.ok(parsed)?;
    status
}

fn status_arg(input: ParseStream) -> syn::Result<Status> {
    if input.peek(LitInt) {
        return check_range(&input.parse::<LitInt>()?);
    }
    if input.peek(syn::Ident) || input.peek(Token![::]) {
        return by_constant(&input.parse::<syn::Path>()?);
    }
    let token: TokenStream = input.parse()?;
    Err(spanned(
        &token,
        format_args!(
            "expected a status number or a `StatusCode` constant, found `{token}`; \
             write `#[status(404)]` or `#[status(NOT_FOUND)]`"
        ),
    ))
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
    match template::parse_i128(lit.base10_digits()) {
        Some(code @ 400..=599) => Ok(Status {
            code: u16::try_from(code).unwrap_or(500),
        }),
        Some(code) => Err(syn::Error::new(span, not_an_error(code))),
        None => Err(syn::Error::new(
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
        Some(known) if status::is_error(known.code) => Ok(Status { code: known.code }),
        Some(known) => Err(spanned(
            path,
            format_args!(
                "status `{name}` ({}) is not an error status; use a 4xx or 5xx status",
                known.code
            ),
        )),
        None => {
            let mut names = Vec::with_capacity(status::KNOWN.len());
            for known in status::KNOWN {
                names.push(known.name);
            }
            let hint = match did_you_mean(&name, &names) {
                hint if hint.is_empty() => {
                    "; write a `StatusCode` constant such as `NOT_FOUND`, or a number".to_owned()
                }
                hint => hint,
            };
            Err(spanned(
                last,
                format_args!("unknown status constant `{name}`{hint}"),
            ))
        }
    }
}

/// The constant's name, once the path is known to name a `StatusCode`
/// constant; the derive cannot resolve paths, so it reads only these forms.
fn check_constant_path(path: &syn::Path) -> syn::Result<&syn::Ident> {
    // The last two segments.
    let mut owner = None;
    let mut last = None;
    for segment in &path.segments {
        if !segment.arguments.is_none() {
            return Err(spanned(
                &segment.arguments,
                "a status path takes no generic arguments; write `StatusCode::NOT_FOUND`",
            ));
        }
        owner = last;
        last = Some(segment);
    }
    match (owner, last) {
        (None, Some(only)) if path.leading_colon.is_none() => Ok(&only.ident),
        (Some(owner), Some(last)) if owner.ident == "StatusCode" => Ok(&last.ident),
        (Some(owner), Some(last)) => Err(spanned(
            &owner.ident,
            format_args!(
                "expected a `StatusCode` constant, found a path through `{}`; \
                 write `{last}` or `StatusCode::{last}`",
                owner.ident,
                last = last.ident
            ),
        )),
        _ => Err(spanned(
            path,
            "expected a `StatusCode` constant; write `NOT_FOUND` or `StatusCode::NOT_FOUND`",
        )),
    }
}

/// The tokens up to the next comma.
fn value_tokens(input: ParseStream) -> syn::Result<TokenStream> {
    let mut value = TokenStream::new();
    while !input.is_empty() && !input.peek(Token![,]) {
        input.parse::<TokenTree>()?.to_tokens(&mut value);
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
    Err(spanned(
        &token,
        format_args!("expected `,` before `{token}`; separate {what} with commas"),
    ))
}
