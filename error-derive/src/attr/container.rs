//! `#[api_error(...)]`: the options of the derive for the whole type.

use super::mask::{self, ClassMask};
use super::{expect_separator, parse_args, skip_value, value_tokens, ParseFn};
use crate::ctxt::{spanned, Errors};
use crate::suggest::did_you_mean;
use proc_macro2::{Span, TokenStream, TokenTree};
use quote::{quote, ToTokens};
use syn::ext::IdentExt as _;
use syn::parse::{ParseStream, Parser};
use syn::{Attribute, LitStr, Token};

/// The options of `#[api_error(...)]`.
#[derive(Default)]
pub struct Container {
    pub krate: Option<TokenStream>,
    pub display: bool,
    /// `no_framework_glue`: no framework trait is implemented for the type,
    /// whatever the runtime's features, for a crate that writes its own.
    pub no_glue: bool,
    /// `format = "problem"`: the responses are problem details by default.
    pub problem: bool,
    /// `type_base = "https://..."`, checked to be an absolute http(s) URI.
    pub type_base: Option<String>,
    /// `oauth`: the texts are checked against RFC 6749's character set.
    pub oauth: Option<Span>,
    /// `mask = "..."`: the status classes masked by default.
    pub mask: ClassMask,
    pub mask_span: Option<Span>,
    krate_span: Option<Span>,
    display_span: Option<Span>,
    no_glue_span: Option<Span>,
    format_span: Option<Span>,
    type_base_span: Option<Span>,
}

const CONTAINER_KEYS: &[&str] = &[
    "crate",
    "display",
    "no_framework_glue",
    "format",
    "type_base",
    "oauth",
    "mask",
];

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

pub fn parse_container(attr: &Attribute, container: &mut Container, errors: &mut Errors) {
    let result = parse_args(attr, "crate = \"...\"", &mut |input| {
        while !input.is_empty() {
            if let Err(error) = container_key(input, container, errors) {
                errors.push(error);
                skip_value(input)?;
            }
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        Ok(())
    });
    errors.ok(result);
}

/// One `key` or `key = value` of `#[api_error(...)]`, with the comma or the
/// end after it.
fn container_key(
    input: ParseStream,
    container: &mut Container,
    errors: &mut Errors,
) -> syn::Result<()> {
    let key = parse_key(input)?;
    let name = key.to_string();
    match name.as_str() {
        "crate" => {
            let path = crate_value(input, &key)?;
            note_once(&mut container.krate_span, "crate", key.span(), errors);
            container.krate = Some(path.into_token_stream());
        }
        "display" => {
            // Set even when a value follows, so that the fallback impl has
            // the `Display` the user asked for.
            container.display = true;
            note_once(&mut container.display_span, "display", key.span(), errors);
            if input.peek(Token![=]) || input.peek(syn::token::Paren) {
                no_value(
                    input,
                    "`display` takes no value; write `#[api_error(display)]`",
                )?;
            }
        }
        "no_framework_glue" => {
            container.no_glue = true;
            note_once(
                &mut container.no_glue_span,
                "no_framework_glue",
                key.span(),
                errors,
            );
            if input.peek(Token![=]) || input.peek(syn::token::Paren) {
                no_value(
                    input,
                    "`no_framework_glue` takes no value; write `#[api_error(no_framework_glue)]`",
                )?;
            }
        }
        "format" => {
            let lit = string_value(input, &key, "format = \"problem\"")?;
            note_once(&mut container.format_span, "format", key.span(), errors);
            container.problem = super::wire::is_problem(&lit)?;
        }
        "type_base" => {
            let lit = string_value(input, &key, "type_base = \"https://example.com/errors/\"")?;
            note_once(
                &mut container.type_base_span,
                "type_base",
                key.span(),
                errors,
            );
            container.type_base = Some(super::wire::check_type_base(&lit)?);
        }
        "oauth" => {
            note_once(&mut container.oauth, "oauth", key.span(), errors);
            if input.peek(Token![=]) || input.peek(syn::token::Paren) {
                no_value(input, "`oauth` takes no value; write `#[api_error(oauth)]`")?;
            }
        }
        "mask" => {
            let class = mask::class_value(input, &key)?;
            note_once(&mut container.mask_span, "mask", key.span(), errors);
            container.mask = class;
        }
        _ => {
            errors.error(key.span(), unknown_key(&name));
            skip_value(input)?;
        }
    }
    expect_separator(input, "the keys of `#[api_error]`")
}

fn parse_key(input: ParseStream) -> syn::Result<syn::Ident> {
    if input.peek(syn::Ident::peek_any) {
        return input.call(syn::Ident::parse_any);
    }
    let token: TokenTree = input.parse()?;
    Err(spanned(
        &token,
        format_args!(
            "expected a key of `#[api_error]`, found `{token}`; \
             write `crate = \"...\"`, `display`, `format = \"...\"` or `type_base = \"...\"`"
        ),
    ))
}

/// The path of `crate = "path"`, after the key.
fn crate_value(input: ParseStream, key: &syn::Ident) -> syn::Result<syn::Path> {
    let Some(eq) = input.parse::<Option<Token![=]>>()? else {
        return Err(syn::Error::new(
            key.span(),
            "`crate` takes a path; write `crate = \"apifault\"`",
        ));
    };
    if input.peek(LitStr) {
        let lit: LitStr = input.parse()?;
        let mut path = None;
        let parser: ParseFn = &mut |input| {
            path = Some(syn::Path::parse_mod_style(input)?);
            Ok(())
        };
        if let (Ok(()), Some(path)) = (lit.parse_with(parser), path) {
            return Ok(path);
        }
        let message = match lit.value().trim() {
            "" => "`crate` needs the path of the crate, as in `crate = \"apifault\"`".to_owned(),
            value => format!(
                "`{}` is not a path; write the path of the crate, as in `crate = \"apifault\"`",
                value.escape_debug()
            ),
        };
        return Err(syn::Error::new(lit.span(), message));
    }
    let value = value_tokens(input)?;
    let mut written = None;
    let parser: ParseFn = &mut |input| {
        written = Some(path_text(&input.parse()?));
        Ok(())
    };
    let written = match (parser.parse2(value.clone()), written) {
        (Ok(()), Some(written)) => written,
        _ => "apifault".to_owned(),
    };
    let message = format!("expected a path in quotes; write `crate = \"{written}\"`");
    Err(if value.is_empty() {
        syn::Error::new(eq.span, message)
    } else {
        spanned(&value, message)
    })
}

/// The string literal of `key = "..."`, after the key.
fn string_value(input: ParseStream, key: &syn::Ident, example: &str) -> syn::Result<LitStr> {
    let Some(eq) = input.parse::<Option<Token![=]>>()? else {
        return Err(syn::Error::new(
            key.span(),
            format_args!("`{key}` takes a string; write `{example}`"),
        ));
    };
    if input.peek(LitStr) {
        return input.parse();
    }
    let value = value_tokens(input)?;
    let message = format!("expected a string literal; write `{example}`");
    Err(if value.is_empty() {
        syn::Error::new(eq.span, message)
    } else {
        spanned(&value, message)
    })
}

/// `a::b` as written in source, without the spaces of a token stream.
fn path_text(path: &syn::Path) -> String {
    let mut out = String::new();
    if path.leading_colon.is_some() {
        out.push_str("::");
    }
    for (at, segment) in path.segments.iter().enumerate() {
        if at > 0 {
            out.push_str("::");
        }
        for ch in segment.to_token_stream().to_string().chars() {
            if ch != ' ' {
                out.push(ch);
            }
        }
    }
    out
}

/// An error at whatever follows a key that takes no value, if anything does.
fn no_value(input: ParseStream, message: &str) -> syn::Result<()> {
    let value = value_tokens(input)?;
    if value.is_empty() {
        Ok(())
    } else {
        Err(spanned(&value, message))
    }
}

fn unknown_key(name: &str) -> String {
    match did_you_mean(name, CONTAINER_KEYS) {
        hint if !hint.is_empty() => format!("unknown key `{name}` in `#[api_error]`{hint}"),
        _ => format!(
            "unknown key `{name}` in `#[api_error]`; expected `crate`, `display`, \
             `no_framework_glue`, `format` or `type_base`"
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
