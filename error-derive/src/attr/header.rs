//! `#[header("Name", "value")]`: a header a variant is sent with. The name
//! is checked here; the value is a template, checked against the variant's
//! fields in `valid`.

use super::{parse_args, string_arg};
use crate::ctxt::Errors;
use syn::{Attribute, LitStr, Token};

/// One `#[header]`, as written.
pub struct HeaderAttr {
    pub name: LitStr,
    pub value: LitStr,
}

const EXAMPLE: &str = "\"Retry-After\", \"{seconds}\"";

/// The header of `#[header(...)]`, if it parses and its name is valid;
/// errors go to `errors`.
pub fn parse(attr: &Attribute, errors: &mut Errors) -> Option<HeaderAttr> {
    let mut header = None;
    let parsed = parse_args(attr, EXAMPLE, &mut |input| {
        let name = string_arg(input, "header", EXAMPLE)?;
        if input.is_empty() {
            return Err(syn::Error::new(
                name.span(),
                format_args!("`#[header]` needs a name and a value; write `#[header({EXAMPLE})]`"),
            ));
        }
        input.parse::<Token![,]>()?;
        let value = string_arg(input, "header", EXAMPLE)?;
        header = Some(HeaderAttr { name, value });
        Ok(())
    });
    errors.ok(parsed)?;
    let header = header?;
    if check_name(&header.name, errors) {
        Some(header)
    } else {
        None
    }
}

/// A header name is a non-empty HTTP token (RFC 9110): letters, digits and
/// ``!#$%&'*+-.^_`|~``. Whether `name` is one.
fn check_name(name: &LitStr, errors: &mut Errors) -> bool {
    let text = name.value();
    if text.is_empty() {
        errors.error(
            name.span(),
            "empty header name; write a name such as `Retry-After`",
        );
        return false;
    }
    for bad in text.chars() {
        if !is_token_char(bad) {
            errors.error(
                name.span(),
                format_args!(
                    "`{}` is not a valid header name: `{}` may not appear in one; \
                     use letters, digits and ``!#$%&'*+-.^_`|~``",
                    text.escape_debug(),
                    bad.escape_debug()
                ),
            );
            return false;
        }
    }
    check_not_framing(name, &text, errors)
}

/// The headers that frame a message or describe its body: the server sets
/// them from the body it sends, and one from a variant would contradict it
/// (a wrong length, a second content type, a broken connection). In
/// lowercase, as a name is compared once lowercased.
const FRAMING: &[&str] = &[
    "connection",
    "content-encoding",
    "content-length",
    "content-type",
    "host",
    "keep-alive",
    "proxy-connection",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
];

fn check_not_framing(name: &LitStr, text: &str, errors: &mut Errors) -> bool {
    if FRAMING.contains(&text.to_ascii_lowercase().as_str()) {
        errors.error(
            name.span(),
            format_args!(
                "a variant may not send `{text}`: the server sets it from the body and \
                 the connection; choose the body format with `#[api_error(format = \"...\")]`"
            ),
        );
        return false;
    }
    true
}

fn is_token_char(ch: char) -> bool {
    ch.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(ch)
}
