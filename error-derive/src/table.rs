//! The catalogue and the texts of every variant as one packed string, in
//! the form the runtime's `table` module reads, and the `Render` impl that
//! does what needs a value: telling the variant, and formatting each of its
//! placeholders.
//!
//! Everything fixed at compile time goes into the string, which costs the
//! compiler next to nothing; the code left is one arm per variant to tell
//! it, and one formatting call per distinct placeholder: `write_display` or
//! `write_debug` for a plain `{}` or `{:?}`, a `format_args!` for a spec.

use crate::ast::{Input, Variant};
use crate::expand::{client_text, impl_block, match_self};
use crate::render::{self, bind_read, binding};
use crate::template::{Piece, Placeholder};
use crate::ty;
use crate::valid::{Plan, Text};
use crate::wire;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;
use syn::Generics;

/// The packed string of every variant.
pub fn packed(input: &Input, plans: &[Plan]) -> String {
    let mut packer = Packer::default();
    for (plan, variant) in plans.iter().zip(&input.variants) {
        entry(&mut packer, input, plan, variant);
        let numbers = Numbers::of(plan);
        packer.recipe(&plan.message, &numbers);
        match &plan.description {
            Some(description) => packer.recipe(description, &numbers),
            None => packer.absent(),
        }
        // `Display` shows the message, unless the variant is masked.
        match &plan.internal {
            Some(internal) => packer.recipe(internal, &numbers),
            None => packer.absent(),
        }
    }
    packer.out
}

/// The fields of the variant's `Entry`, in the order the runtime reads.
fn entry(packer: &mut Packer, input: &Input, plan: &Plan, variant: &Variant) {
    packer.text(&variant.name);
    packer.number(usize::from(plan.status));
    packer.text(&plan.code);
    packer.text(&plan.message_source);
    packer.optional(plan.description_source.as_deref());
    packer.text(&client_text(&plan.message, variant));
    match &plan.description {
        Some(description) => packer.text(&client_text(description, variant)),
        None => packer.absent(),
    }
    packer.text(&plan.docs);
    packer.number(plan.placeholders.len());
    for &index in &plan.placeholders {
        let field = &variant.fields[index];
        packer.text(&field.client_name());
        packer.text(&field.name);
        packer.text(&ty::type_text(field.ty));
    }
    packer.text(&render::example_body(plan, variant));
    packer.optional(plan.since.as_deref());
    packer.optional(plan.deprecated.as_deref());
    packer.text(if input.container.problem { "p" } else { "m" });
    packer.text(&plan.problem_type);
    packer.text(wire::title(plan));
    packer.text(&wire::problem_example(plan, variant));
    packer.number(plan.headers.len());
    for header in &plan.headers {
        packer.text(&header.name);
        packer.text(&header.source);
    }
    packer.text(if plan.masked { "1" } else { "0" });
    match plan.details {
        Some(index) => packer.text(&ty::type_text(variant.fields[index].ty)),
        None => packer.absent(),
    }
}

/// Writes the packed form.
#[derive(Default)]
struct Packer {
    out: String,
}

impl Packer {
    fn text(&mut self, text: &str) {
        self.out.push_str(&text.len().to_string());
        self.out.push(':');
        self.out.push_str(text);
    }

    fn number(&mut self, number: usize) {
        self.text(&number.to_string());
    }

    fn absent(&mut self) {
        self.out.push('~');
    }

    fn optional(&mut self, text: Option<&str>) {
        match text {
            Some(text) => self.text(text),
            None => self.absent(),
        }
    }

    /// The steps that build a plain text: its literal pieces unescaped, and
    /// its placeholders by number. An empty literal piece, which the
    /// runtime would have nothing to copy from, is left out.
    fn recipe(&mut self, text: &Text, numbers: &Numbers) {
        let mut steps = 0;
        for piece in &text.pieces {
            if !matches!(piece, Piece::Lit(literal) if literal.is_empty()) {
                steps += 1;
            }
        }
        self.number(steps);
        for piece in &text.pieces {
            match piece {
                Piece::Lit(literal) if literal.is_empty() => {}
                Piece::Lit(literal) => {
                    self.text("L");
                    self.text(literal);
                }
                Piece::Arg(placeholder) => {
                    self.text("V");
                    self.number(numbers.position(placeholder).unwrap_or(usize::MAX));
                }
            }
        }
    }
}

/// The distinct placeholders of a variant's texts, numbered: one
/// `format_args!` each, whichever texts show it.
struct Numbers<'a> {
    placeholders: Vec<&'a Placeholder<usize>>,
}

impl<'a> Numbers<'a> {
    fn of(plan: &'a Plan) -> Self {
        let mut numbers = Numbers {
            placeholders: Vec::new(),
        };
        numbers.add(&plan.message);
        if let Some(description) = &plan.description {
            numbers.add(description);
        }
        if let Some(internal) = &plan.internal {
            numbers.add(internal);
        }
        numbers
    }

    /// Numbers the placeholders of `text` not numbered yet.
    fn add(&mut self, text: &'a Text) {
        for piece in &text.pieces {
            if let Piece::Arg(placeholder) = piece {
                if self.position(placeholder).is_none() {
                    self.placeholders.push(placeholder);
                }
            }
        }
    }

    fn position(&self, placeholder: &Placeholder<usize>) -> Option<usize> {
        for (number, known) in self.placeholders.iter().enumerate() {
            if *known == placeholder {
                return Some(number);
            }
        }
        None
    }
}

/// The `Render` impl: the variant's index, each placeholder formatted
/// alone, and the details field.
pub fn impl_render(
    input: &Input,
    plans: &[Plan],
    generics: &Generics,
    rt: &TokenStream,
) -> TokenStream {
    let out = Ident::new("__out", Span::mixed_site());
    let number = Ident::new("__n", Span::mixed_site());
    let mut index_arms = TokenStream::new();
    let mut value_arms = TokenStream::new();
    // Whether a variant has no placeholder, and so no arm in `__value`.
    let mut without_value = false;
    for (index, (plan, variant)) in plans.iter().zip(&input.variants).enumerate() {
        let pattern = render::pattern(input, variant, &[]);
        let index = Literal::usize_unsuffixed(index);
        index_arms.extend(quote!(#pattern => #index,));

        let numbers = Numbers::of(plan);
        let Some((first, rest)) = numbers.placeholders.split_first() else {
            without_value = true;
            continue;
        };
        let mut bind = Vec::new();
        bind_read(&mut bind, &plan.message);
        if let Some(description) = &plan.description {
            bind_read(&mut bind, description);
        }
        if let Some(internal) = &plan.internal {
            bind_read(&mut bind, internal);
        }
        let pattern = render::pattern(input, variant, &bind);
        if rest.is_empty() {
            let write = write_value(plan, variant, first, &out, rt);
            value_arms.extend(quote!(#pattern => #write,));
            continue;
        }
        let mut arms = TokenStream::new();
        for (n, placeholder) in numbers.placeholders.iter().enumerate() {
            let n = Literal::usize_unsuffixed(n);
            let write = write_value(plan, variant, placeholder, &out, rt);
            arms.extend(quote!(#n => #write,));
        }
        value_arms.extend(quote!(#pattern => match #number { #arms _ => #rt::Ok(()), },));
    }
    let index = match_self(plans, index_arms, None);
    let ok = quote!(#rt::Ok(()));
    let value = match_self(plans, value_arms, without_value.then_some(&ok));
    let details = details(input, plans, rt);
    let items = quote! {
        fn __index(&self) -> usize { #index }
        fn __value(
            &self,
            #number: usize,
            #out: &mut dyn #rt::FmtWrite,
        ) -> #rt::FmtResult {
            #value
        }
        #details
    };
    impl_block(input, generics, rt, "Render", items)
}

/// The call that writes one placeholder's value to `out`.
fn write_value(
    plan: &Plan,
    variant: &Variant,
    placeholder: &Placeholder<usize>,
    out: &Ident,
    rt: &TokenStream,
) -> TokenStream {
    if placeholder.spec.is_plain() {
        // A call, not a `format_args!` for rustc to expand: the
        // common case costs a build the least.
        // The binding is located at the field, where rustc then
        // reports a field that lacks the trait.
        let field = binding(&variant.fields[placeholder.arg]);
        return if placeholder.spec.kind.is_empty() {
            quote!(#rt::write_display(#out, #field))
        } else {
            quote!(#rt::write_debug(#out, #field))
        };
    }
    let span = span_of(plan, variant, placeholder);
    let args = render::value_args(placeholder, &variant.fields, rt, span);
    quote!(#rt::write_value(#out, #args))
}

/// `__write_details`, for a type with a `#[details]` field; nothing otherwise.
fn details(input: &Input, plans: &[Plan], rt: &TokenStream) -> TokenStream {
    if !crate::details::has_details(plans) {
        return TokenStream::new();
    }
    let body = Ident::new("__body", Span::mixed_site());
    let mut arms = TokenStream::new();
    // Whether a variant has no `#[details]` field, and so no arm.
    let mut without_details = false;
    for (plan, variant) in plans.iter().zip(&input.variants) {
        let Some(index) = plan.details else {
            without_details = true;
            continue;
        };
        let pattern = render::pattern(input, variant, &[index]);
        let field = binding(&variant.fields[index]);
        arms.extend(quote!(#pattern => #rt::push_details(#body, #field),));
    }
    let nothing = quote!({});
    let arms = match_self(plans, arms, without_details.then_some(&nothing));
    let method = quote! {
        fn __write_details(&self, #body: &mut #rt::JsonBody) { #arms }
    };
    // `ApiError::details` reports a missing `serde` feature.
    match crate::details::first_span(input) {
        Some(span) => crate::details::with_serde(rt, span, None, method),
        None => TokenStream::new(),
    }
}

/// Where rustc reports a problem with a placeholder: the text it is in.
fn span_of(plan: &Plan, variant: &Variant, placeholder: &Placeholder<usize>) -> Span {
    let in_description = match &plan.description {
        Some(description) => shows(description, placeholder) && !shows(&plan.message, placeholder),
        None => false,
    };
    let attr = if in_description {
        &variant.attrs.description
    } else {
        &variant.attrs.message
    };
    match attr {
        Some(literal) => literal.span(),
        None => Span::call_site(),
    }
}

/// Whether `text` has `placeholder`.
fn shows(text: &Text, placeholder: &Placeholder<usize>) -> bool {
    for piece in &text.pieces {
        if matches!(piece, Piece::Arg(other) if other == placeholder) {
            return true;
        }
    }
    false
}
