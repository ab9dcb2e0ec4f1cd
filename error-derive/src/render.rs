//! The code that renders one variant's texts: the message and description,
//! the JSON body, and the `Display` output. The message, the description
//! and the body format each placeholder alone through `format_args!`.

use crate::ast::{Field, Input, Kind, Variant};
use crate::json;
use crate::template::{escape_braces, Piece, Placeholder};
use crate::valid::{Plan, Text};
use proc_macro2::{Literal, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::LitStr;

/// The name a field is bound to in a match pattern. Hygienic, so that it
/// cannot clash with a field or anything else named by the user; located at
/// the field, so that rustc reports an unmet bound there.
pub fn binding(field: &Field) -> syn::Ident {
    format_ident!(
        "__field_{}",
        field.index,
        span = Span::mixed_site().located_at(field.span)
    )
}

/// `Self::Variant { name: __field_0, .. }`, binding the fields `texts` use
/// and the field `extra`.
pub fn pattern_with(
    input: &Input,
    variant: &Variant,
    texts: &[&Text],
    extra: Option<usize>,
) -> TokenStream {
    let ident = variant.ident;
    let path = if input.kind == Kind::Struct {
        quote!(Self)
    } else {
        quote!(Self::#ident)
    };
    let mut used = used_fields(texts);
    if let Some(extra) = extra.filter(|extra| !used.contains(extra)) {
        used.push(extra);
    }
    let bound = used.into_iter().map(|index| {
        let field = &variant.fields[index];
        let name = binding(field);
        if let Some(ident) = field.ident {
            quote!(#ident: #name)
        } else {
            let member = Literal::usize_unsuffixed(index);
            quote!(#member: #name)
        }
    });
    quote!(#path { #(#bound,)* .. })
}

/// The field indices the texts read, in order, each once.
fn used_fields(texts: &[&Text]) -> Vec<usize> {
    let mut used = Vec::new();
    for placeholder in texts.iter().flat_map(|text| text.placeholders()) {
        used.push(placeholder.arg);
        used.extend(placeholder.spec.count_args().into_iter().copied());
    }
    used.sort_unstable();
    used.dedup();
    used
}

/// A format string with its arguments renamed, and the named arguments
/// that bind the new names to the fields.
#[derive(Default)]
struct Rebuilt {
    format: String,
    args: Vec<TokenStream>,
    names: Vec<String>,
}

impl Rebuilt {
    fn of(pieces: &[Piece<usize>], fields: &[Field]) -> Self {
        let mut out = Rebuilt::default();
        for piece in pieces {
            match piece {
                Piece::Lit(text) => escape_braces(&mut out.format, text),
                Piece::Arg(placeholder) => out.placeholder(placeholder, fields),
            }
        }
        out
    }

    fn placeholder(&mut self, placeholder: &Placeholder<usize>, fields: &[Field]) {
        let spec = placeholder.spec.render(|&index| count_name(index));
        self.format.push('{');
        self.format.push_str(&value_name(placeholder.arg));
        if !spec.is_empty() {
            self.format.push(':');
            self.format.push_str(&spec);
        }
        self.format.push('}');
        self.bind(value_name(placeholder.arg), &fields[placeholder.arg], false);
        for &index in placeholder.spec.count_args() {
            self.bind(count_name(index), &fields[index], true);
        }
    }

    /// Adds `name = field` (or `name = *field` for a count) once.
    fn bind(&mut self, name: String, field: &Field, is_count: bool) {
        if self.names.contains(&name) {
            return;
        }
        let ident = format_ident!("{}", name);
        let value = binding(field);
        self.args.push(if is_count {
            quote_spanned!(field.span=> #ident = *#value)
        } else {
            quote_spanned!(field.span=> #ident = #value)
        });
        self.names.push(name);
    }

    /// `format_args!(...)` of the rebuilt string, spanned at the user's
    /// template so that any complaint of rustc's lands there.
    fn format_args(&self, rt: &TokenStream, span: Span) -> TokenStream {
        let format = LitStr::new(&self.format, span);
        let args = &self.args;
        quote!(#rt::format_args!(#format #(, #args)*))
    }
}

fn value_name(index: usize) -> String {
    format!("__value{index}")
}

fn count_name(index: usize) -> String {
    format!("__count{index}")
}

/// The `Cow<str>` of a text: borrowed when static; otherwise built piece
/// by piece, each placeholder formatted alone, exactly as the JSON body is,
/// so that a failing impl cuts the same text short in both.
pub fn cow(text: &Text, variant: &Variant, rt: &TokenStream, span: Span) -> TokenStream {
    if text.is_static() {
        let literal = text.literal_text();
        return quote!(#rt::Cow::Borrowed(#literal));
    }
    let out = syn::Ident::new("__text", Span::mixed_site());
    let capacity = text_capacity(text);
    let steps = text.pieces.iter().map(|piece| match piece {
        Piece::Lit(literal) => quote!(#out.push_str(#literal);),
        Piece::Arg(placeholder) => {
            let args = value_args(placeholder, &variant.fields, rt, span);
            quote!(#rt::push_value(&mut #out, #args);)
        }
    });
    quote!({
        let mut #out = #rt::String::with_capacity(#capacity);
        #(#steps)*
        #rt::Cow::Owned(#out)
    })
}

/// `format_args!` of one placeholder alone.
pub fn value_args(
    placeholder: &Placeholder<usize>,
    fields: &[Field],
    rt: &TokenStream,
    span: Span,
) -> TokenStream {
    let pieces = [Piece::Arg(placeholder.clone())];
    Rebuilt::of(&pieces, fields).format_args(rt, span)
}

/// Room for the literal text and a short value per placeholder.
fn text_capacity(text: &Text) -> usize {
    text.pieces
        .iter()
        .map(|piece| match piece {
            Piece::Lit(literal) => literal.len(),
            Piece::Arg(_) => VALUE_ROOM,
        })
        .sum()
}

/// The bytes a formatted value is expected to take.
const VALUE_ROOM: usize = 16;

/// One step of building a JSON body.
pub enum Part<'a> {
    /// Text already escaped.
    Raw(String),
    /// A value to format and escape at run time.
    Value(&'a Placeholder<usize>),
    /// `,"details":` and the serialized field of this index, if it has a
    /// value.
    Details,
}

pub fn body_parts(plan: &Plan) -> Vec<Part<'_>> {
    let mut parts = vec![Part::Raw("{\"error\":\"".to_owned())];
    push_text(&mut parts, &plan.message);
    if let Some(description) = &plan.description {
        push_raw(&mut parts, "\",\"error_description\":\"");
        push_text(&mut parts, description);
    }
    push_raw(&mut parts, "\"");
    if plan.details.is_some() {
        parts.push(Part::Details);
    }
    push_raw(&mut parts, "}");
    parts
}

pub fn push_text<'a>(parts: &mut Vec<Part<'a>>, text: &'a Text) {
    for piece in &text.pieces {
        match piece {
            Piece::Lit(literal) => push_raw(parts, &json::escape(literal)),
            Piece::Arg(placeholder) => parts.push(Part::Value(placeholder)),
        }
    }
}

/// Appends escaped text, merged into the raw part before it.
pub fn push_raw(parts: &mut Vec<Part<'_>>, escaped: &str) {
    match parts.last_mut() {
        Some(Part::Raw(raw)) => raw.push_str(escaped),
        _ => parts.push(Part::Raw(escaped.to_owned())),
    }
}

/// The JSON body of the catalogue's example, built by the same steps as
/// the real one: each placeholder shows the text `#[example]` gives its
/// field verbatim, whatever its format spec, or else `{name}` as the
/// catalogue names the field.
pub fn example_body(plan: &Plan, variant: &Variant) -> String {
    example_of(body_parts(plan), plan, variant)
}

/// The example of a body made of `parts`, as [`example_body`] builds it.
pub fn example_of(parts: Vec<Part>, plan: &Plan, variant: &Variant) -> String {
    let mut out = String::new();
    for part in parts {
        match part {
            Part::Raw(raw) => out.push_str(&raw),
            Part::Value(placeholder) => {
                json::escape_into(&mut out, &example_text(plan, variant, placeholder.arg));
            }
            // The example shows the texts; a details value has no example.
            Part::Details => {}
        }
    }
    out
}

fn example_text(plan: &Plan, variant: &Variant, field: usize) -> String {
    match plan.examples.iter().find(|(index, _)| *index == field) {
        Some((_, text)) => text.clone(),
        None => format!("{{{}}}", variant.fields[field].client_name()),
    }
}
