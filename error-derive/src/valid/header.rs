//! The checks of `#[header]`: each value is a template whose placeholders
//! name fields of the variant, and whose literal text a header may carry.

use super::{check_template, Text};
use crate::ast::{Input, Variant};
use crate::ctxt::Errors;
use crate::template::Piece;

/// A checked `#[header]`.
pub struct HeaderPlan {
    pub name: String,
    pub value: Text,
    /// The value's template as written.
    pub source: String,
    pub span: proc_macro2::Span,
}

/// The variant's headers, in the order written; `None` when one is wrong.
pub fn check(input: &Input, variant: &Variant, errors: &mut Errors) -> Option<Vec<HeaderPlan>> {
    let mut plans = Some(Vec::new());
    for header in &variant.attrs.headers {
        let value = header.value.value();
        let text = if value.is_empty() {
            // An empty value is a valid header; the template needs text.
            Some(Text { pieces: Vec::new() })
        } else {
            check_template(input, variant, ("header", &header.value), errors)
        };
        let text = match text {
            Some(text) if check_literal(&text, &header.value, errors) => Some(text),
            _ => None,
        };
        match (text, plans.as_mut()) {
            (Some(text), Some(plans)) => plans.push(HeaderPlan {
                name: header.name.value(),
                value: text,
                source: value,
                span: header.value.span(),
            }),
            _ => plans = None,
        }
    }
    plans
}

/// The literal text of a value must be text a header may carry: no
/// control character but a tab. Whether it is.
fn check_literal(text: &Text, lit: &syn::LitStr, errors: &mut Errors) -> bool {
    for piece in &text.pieces {
        let Piece::Lit(literal) = piece else {
            continue;
        };
        for bad in literal.chars() {
            if is_forbidden(bad) {
                errors.error(
                    lit.span(),
                    format_args!(
                        "a header value may not hold `{}`; remove it",
                        bad.escape_debug()
                    ),
                );
                return false;
            }
        }
    }
    true
}

/// What `http::HeaderValue` refuses in a value given as text.
fn is_forbidden(ch: char) -> bool {
    (ch.is_ascii_control() && ch != '\t') || ch == '\u{7f}'
}
