//! The code that renders one variant's texts: the message and description,
//! the JSON body, and the `Display` output. The message, the description
//! and the body format each placeholder alone through `format_args!`.

use crate::ast::{Field, Input, Kind, Variant};
use crate::json;
use crate::template::{Piece, Placeholder};
use crate::valid::{Plan, Text};
use proc_macro2::{Literal, Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::{Ident, LitStr};

/// The name a field is bound to in a match pattern. Hygienic, so that it
/// cannot clash with a field or anything else named by the user; located at
/// the field, so that rustc reports an unmet bound there.
pub fn binding(field: &Field) -> Ident {
    let span = Span::mixed_site().located_at(field.span);
    Ident::new(&format!("__field_{}", field.index), span)
}

/// `Self::Variant { name: __field_0, .. }`, binding the fields whose
/// indices `bind` lists, in any order.
pub fn pattern(input: &Input, variant: &Variant, bind: &[usize]) -> TokenStream {
    let mut fields = TokenStream::new();
    for field in &variant.fields {
        if !bind.contains(&field.index) {
            continue;
        }
        let name = binding(field);
        match field.ident {
            Some(ident) => fields.extend(quote!(#ident: #name,)),
            None => {
                let member = Literal::usize_unsuffixed(field.index);
                fields.extend(quote!(#member: #name,));
            }
        }
    }
    if input.kind == Kind::Struct {
        quote!(Self { #fields .. })
    } else {
        let ident = variant.ident;
        quote!(Self::#ident { #fields .. })
    }
}

/// Adds to `bind` the indices of the fields `text` reads: each
/// placeholder's value, and the fields its width and precision name.
pub fn bind_read(bind: &mut Vec<usize>, text: &Text) {
    for piece in &text.pieces {
        if let Piece::Arg(placeholder) = piece {
            bind.push(placeholder.arg);
            for &index in placeholder.spec.count_args() {
                bind.push(index);
            }
        }
    }
}

/// The `Cow<str>` of a text: borrowed when static; otherwise built piece
/// by piece, each placeholder formatted alone, exactly as the JSON body is,
/// so that a failing impl cuts the same text short in both.
pub fn cow(text: &Text, variant: &Variant, rt: &TokenStream, span: Span) -> TokenStream {
    if text.is_static() {
        let literal = text.literal_text();
        return quote!(#rt::Cow::Borrowed(#literal));
    }
    let out = Ident::new("__text", Span::mixed_site());
    // Room for the literal text and a short value per placeholder.
    let mut capacity = 0;
    let mut steps = TokenStream::new();
    for piece in &text.pieces {
        match piece {
            Piece::Lit(literal) => {
                capacity += literal.len();
                steps.extend(quote!(#out.push_str(#literal);));
            }
            Piece::Arg(placeholder) => {
                capacity += VALUE_ROOM;
                let args = value_args(placeholder, &variant.fields, rt, span);
                steps.extend(quote!(#rt::push_value(&mut #out, #args);));
            }
        }
    }
    quote!({
        let mut #out = #rt::String::with_capacity(#capacity);
        #steps
        #rt::Cow::Owned(#out)
    })
}

/// The bytes a formatted value is expected to take.
const VALUE_ROOM: usize = 16;

/// `format_args!` of one placeholder alone, spanned at the user's template
/// so that any complaint of rustc's lands there. The arguments are renamed:
/// the value is `__valueN` and a width or precision field `__countN`, each
/// bound to the field by a named argument.
pub fn value_args(
    placeholder: &Placeholder<usize>,
    fields: &[Field],
    rt: &TokenStream,
    span: Span,
) -> TokenStream {
    let value = value_name(placeholder.arg);
    let spec = placeholder.spec.render(|&index| count_name(index));
    let mut format = format!("{{{value}");
    if !spec.is_empty() {
        format.push(':');
        format.push_str(&spec);
    }
    format.push('}');
    let mut args = TokenStream::new();
    push_arg(&mut args, &value, &fields[placeholder.arg], false);
    let mut previous = None;
    for &index in placeholder.spec.count_args() {
        // A width and a precision that name one field bind it once.
        if previous != Some(index) {
            push_arg(&mut args, &count_name(index), &fields[index], true);
        }
        previous = Some(index);
    }
    let format = LitStr::new(&format, span);
    quote!(#rt::format_args!(#format #args))
}

/// Appends `, name = field` (`, name = *field` for a count), spanned at the
/// field.
fn push_arg(args: &mut TokenStream, name: &str, field: &Field, is_count: bool) {
    let ident = Ident::new(name, Span::call_site());
    let value = binding(field);
    let arg = if is_count {
        quote_spanned!(field.span=> #ident = *#value)
    } else {
        quote_spanned!(field.span=> #ident = #value)
    };
    args.extend(quote!(, #arg));
}

fn value_name(index: usize) -> String {
    format!("__value{index}")
}

fn count_name(index: usize) -> String {
    format!("__count{index}")
}

/// The JSON body of the catalogue's example, written as the runtime writes
/// the real one: each placeholder shows the text `#[example]` gives its
/// field verbatim, whatever its format spec, or else `{name}` as the
/// catalogue names the field. A details value has no example.
pub fn example_body(plan: &Plan, variant: &Variant) -> String {
    let mut out = "{\"error\":\"".to_owned();
    push_example(&mut out, &plan.message, plan, variant);
    if let Some(description) = &plan.description {
        out.push_str("\",\"error_description\":\"");
        push_example(&mut out, description, plan, variant);
    }
    out.push_str("\"}");
    out
}

/// Appends the example of `text`, escaped for a JSON string, as
/// [`example_body`] shows it.
pub fn push_example(out: &mut String, text: &Text, plan: &Plan, variant: &Variant) {
    for piece in &text.pieces {
        match piece {
            Piece::Lit(literal) => json::escape_into(out, literal),
            Piece::Arg(placeholder) => {
                json::escape_into(out, &example_text(plan, variant, placeholder.arg));
            }
        }
    }
}

fn example_text(plan: &Plan, variant: &Variant, field: usize) -> String {
    for (index, text) in &plan.examples {
        if *index == field {
            return text.clone();
        }
    }
    format!("{{{}}}", variant.fields[field].client_name())
}
