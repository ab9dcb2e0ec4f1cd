//! The derive's attributes, parsed into typed slots that keep the spans of
//! what the user wrote.

use crate::ctxt::Errors;
use crate::status;
use crate::suggest::did_you_mean;
use proc_macro2::{Span, TokenStream, TokenTree};
use quote::{quote, ToTokens};
use syn::ext::IdentExt as _;
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
    /// The doc comment, one line per source line.
    pub docs: Vec<String>,
    /// `#[api_error(...)]`, on the type only.
    pub container: Container,
    /// The attribute that first set each slot, for the note of a duplicate.
    first: Vec<(&'static str, TokenStream)>,
}

/// A status as given, checked to be an error status.
#[derive(Clone, Copy)]
pub struct Status {
    pub code: u16,
}

/// The options of `#[api_error(...)]`.
#[derive(Default)]
pub struct Container {
    pub krate: Option<TokenStream>,
    pub display: bool,
    krate_span: Option<Span>,
    display_span: Option<Span>,
}

const CONTAINER_KEYS: &[&str] = &["crate", "display"];

impl Container {
    /// The path the runtime is reached through.
    pub fn runtime(&self) -> TokenStream {
        if let Some(path) = &self.krate {
            quote!(#path::__private)
        } else {
            quote!(::apifault::__private)
        }
    }
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
        if !is_ours(&name) {
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
            "api_error" => parse_container(attr, &mut self.container, errors),
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

    fn mark_given(&mut self, key: &'static str, attr: &Attribute) {
        if !self.is_given(key) {
            self.first.push((key, attr.to_token_stream()));
        }
    }

    fn read_doc(&mut self, attr: &Attribute) {
        let Meta::NameValue(meta) = &attr.meta else {
            return;
        };
        // `#[doc = include_str!(..)]` and other non-literal docs are skipped.
        if let Expr::Lit(expr) = &meta.value {
            if let Lit::Str(lit) = &expr.lit {
                self.docs.push(lit.value());
            }
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

fn key_of(name: &str) -> &'static str {
    match name {
        "status" => "status",
        "message" => "message",
        "description" => "description",
        "api_error" => "api_error",
        _ => "code",
    }
}

fn is_ours(name: &str) -> bool {
    matches!(
        name,
        "status" | "message" | "description" | "code" | "api_error"
    )
}

/// Why the attribute `name` does not belong at `place`, if it does not.
fn misplaced(name: &str, place: Place) -> Option<String> {
    match (place, name) {
        (Place::Field, _) => Some(format!(
            "`#[{name}]` does not apply to a field; put it on the variant"
        )),
        (Place::Enum, "message" | "description" | "code") => {
            Some(format!("`#[{name}]` belongs on a variant, not on the enum"))
        }
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
    let example = if name == "code" {
        "\"not_found\""
    } else {
        "\"...\""
    };
    parse_args(attr, example, |input| {
        let token: TokenTree = input.fork().parse()?;
        input.parse::<LitStr>().map_err(|_| {
            syn::Error::new_spanned(
                token,
                format_args!("expected a string literal; write `#[{name}({example})]`"),
            )
        })
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
    match lit.base10_parse::<i128>() {
        Ok(code) if (400..=599).contains(&code) => Ok(Status {
            code: u16::try_from(code).unwrap_or(500),
        }),
        Ok(code) => Err(syn::Error::new(
            span,
            format_args!("status {code} is not an error status; use a 4xx or 5xx status"),
        )),
        Err(_) => Err(syn::Error::new(
            span,
            "expected a status number; write `#[status(404)]`",
        )),
    }
}

fn by_constant(path: &syn::Path) -> syn::Result<Status> {
    let Some(last) = path.segments.last() else {
        return Err(syn::Error::new_spanned(path, "expected a status"));
    };
    let name = last.ident.to_string();
    match status::by_name(&name) {
        Some(known) if status::ERRORS.contains(&known.code) => Ok(Status { code: known.code }),
        Some(known) => Err(syn::Error::new_spanned(
            path,
            format_args!(
                "status `{name}` ({}) is not an error status; use a 4xx or 5xx status",
                known.code
            ),
        )),
        None => Err(syn::Error::new_spanned(
            path,
            format_args!(
                "unknown status constant `{name}`{}",
                did_you_mean(&name, status::KNOWN.iter().map(|known| known.name))
            ),
        )),
    }
}

fn parse_container(attr: &Attribute, container: &mut Container, errors: &mut Errors) {
    let result = parse_args(attr, "crate = \"...\"", |input| {
        while !input.is_empty() {
            container_key(input, container, errors)?;
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        Ok(())
    });
    errors.ok(result);
}

/// One `key` or `key = value` of `#[api_error(...)]`.
fn container_key(
    input: ParseStream,
    container: &mut Container,
    errors: &mut Errors,
) -> syn::Result<()> {
    let key = input.call(syn::Ident::parse_any)?;
    let name = key.to_string();
    match name.as_str() {
        "crate" => {
            input.parse::<Token![=]>()?;
            let lit: LitStr = input.parse()?;
            let path = lit.parse_with(syn::Path::parse_mod_style)?;
            note_once(&mut container.krate_span, "crate", key.span(), errors);
            container.krate = Some(path.into_token_stream());
        }
        "display" => {
            note_once(&mut container.display_span, "display", key.span(), errors);
            container.display = true;
        }
        _ => {
            errors.error(key.span(), unknown_key(&name));
            skip_value(input)?;
        }
    }
    Ok(())
}

fn unknown_key(name: &str) -> String {
    match did_you_mean(name, CONTAINER_KEYS.iter().copied()) {
        hint if !hint.is_empty() => format!("unknown key `{name}` in `#[api_error]`{hint}"),
        _ => format!(
            "unknown key `{name}` in `#[api_error]`; expected `crate = \"...\"` or `display`"
        ),
    }
}

fn note_once(first: &mut Option<Span>, key: &str, span: Span, errors: &mut Errors) {
    match first {
        Some(first) => errors.clash(
            span,
            format_args!("duplicate `{key}` in `#[api_error]`; keep one"),
            *first,
            format_args!("`{key}` first given here"),
        ),
        None => *first = Some(span),
    }
}

/// Skips what follows an unknown key, so that the keys after it are read.
fn skip_value(input: ParseStream) -> syn::Result<()> {
    while !input.is_empty() && !input.peek(Token![,]) {
        input.parse::<TokenTree>()?;
    }
    Ok(())
}
