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
use crate::expand::{allow, client_text};
use crate::render::{self, binding, pattern_with, Part};
use crate::template::{Piece, Placeholder};
use crate::ty;
use crate::valid::{Plan, Text};
use crate::wire;
use proc_macro2::{Literal, Span, TokenStream};
use quote::quote;
use syn::Generics;

/// The packed string of every variant.
pub fn packed(input: &Input, plans: &[Plan]) -> String {
    let mut packer = Packer::default();
    for (plan, variant) in plans.iter().zip(&input.variants) {
        entry(&mut packer, input, plan, variant);
        let numbers = Numbers::of(plan);
        packer.recipe(&text_parts(&plan.message), &numbers);
        match &plan.description {
            Some(description) => packer.recipe(&text_parts(description), &numbers),
            None => packer.absent(),
        }
        // `Display` shows the message, unless the variant is masked.
        match &plan.internal {
            Some(internal) => packer.recipe(&text_parts(internal), &numbers),
            None => packer.absent(),
        }
    }
    packer.out
}

/// The fields of the variant's `Entry`, in the order the runtime reads.
fn entry(packer: &mut Packer, input: &Input, plan: &Plan, variant: &Variant) {
    packer.text(&variant.name);
    packer.text(&plan.status.to_string());
    packer.text(&plan.code);
    packer.text(&plan.message_source);
    packer.optional(plan.description_source.as_deref());
    packer.text(&client_text(&plan.message, variant));
    let client_description = plan
        .description
        .as_ref()
        .map(|text| client_text(text, variant));
    packer.optional(client_description.as_deref());
    packer.text(&plan.docs);
    packer.text(&plan.placeholders.len().to_string());
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
    packer.text(&plan.headers.len().to_string());
    for header in &plan.headers {
        packer.text(&header.name);
        packer.text(&header.source);
    }
    packer.text(if plan.masked { "1" } else { "0" });
    let details = plan
        .details
        .map(|index| ty::type_text(variant.fields[index].ty));
    packer.optional(details.as_deref());
}

/// A plain text as the steps of a recipe: its literal pieces unescaped.
fn text_parts(text: &Text) -> Vec<Part<'_>> {
    text.pieces
        .iter()
        .map(|piece| match piece {
            Piece::Lit(literal) => Part::Raw(literal.clone()),
            Piece::Arg(placeholder) => Part::Value(placeholder),
        })
        .collect()
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

    fn absent(&mut self) {
        self.out.push('~');
    }

    fn optional(&mut self, text: Option<&str>) {
        match text {
            Some(text) => self.text(text),
            None => self.absent(),
        }
    }

    fn recipe(&mut self, parts: &[Part], numbers: &Numbers) {
        // Literal text the runtime would only copy is dropped.
        let parts: Vec<&Part> = parts
            .iter()
            .filter(|part| match part {
                Part::Raw(text) => !text.is_empty(),
                Part::Value(_) => true,
                Part::Details => false,
            })
            .collect();
        self.text(&parts.len().to_string());
        for part in parts {
            match part {
                Part::Raw(text) => {
                    self.text("L");
                    self.text(text);
                }
                Part::Value(placeholder) => {
                    self.text("V");
                    self.text(&numbers.of_placeholder(placeholder).to_string());
                }
                Part::Details => {}
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
        let mut placeholders: Vec<&Placeholder<usize>> = Vec::new();
        let texts = [
            Some(&plan.message),
            plan.description.as_ref(),
            plan.internal.as_ref(),
        ];
        for placeholder in texts.into_iter().flatten().flat_map(Text::placeholders) {
            if !placeholders.contains(&placeholder) {
                placeholders.push(placeholder);
            }
        }
        Numbers { placeholders }
    }

    fn of_placeholder(&self, placeholder: &Placeholder<usize>) -> usize {
        self.placeholders
            .iter()
            .position(|known| *known == placeholder)
            .unwrap_or(usize::MAX)
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
    let allow = allow();
    let ident = input.ident;
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let out = syn::Ident::new("__out", Span::mixed_site());
    let number = syn::Ident::new("__n", Span::mixed_site());
    let ok = quote!(#rt::Ok(()));
    let index = every_variant(input, plans, &ok, |index, _, variant| {
        let pattern = pattern_with(input, variant, &[], None);
        let index = Literal::usize_unsuffixed(index);
        Some(quote!(#pattern => #index,))
    });
    let value = every_variant(input, plans, &ok, |_, plan, variant| {
        let numbers = Numbers::of(plan);
        let (first, rest) = numbers.placeholders.split_first()?;
        let texts: Vec<&Text> = [Some(&plan.message), plan.description.as_ref()]
            .into_iter()
            .chain([plan.internal.as_ref()])
            .flatten()
            .collect();
        let pattern = pattern_with(input, variant, &texts, None);
        let write = |placeholder: &Placeholder<usize>| {
            let span = span_of(plan, variant, placeholder);
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
            let args = render::value_args(placeholder, &variant.fields, rt, span);
            quote!(#rt::write_value(#out, #args))
        };
        if rest.is_empty() {
            let write = write(first);
            return Some(quote!(#pattern => #write,));
        }
        let arms = numbers
            .placeholders
            .iter()
            .enumerate()
            .map(|(n, placeholder)| {
                let n = Literal::usize_unsuffixed(n);
                let write = write(placeholder);
                quote!(#n => #write,)
            });
        Some(quote!(#pattern => match #number { #(#arms)* _ => #rt::Ok(()), },))
    });
    let details = details(input, plans, rt);
    quote! {
        #[automatically_derived]
        #allow
        impl #impl_generics #rt::Render for #ident #ty_generics #where_clause {
            fn __index(&self) -> usize { #index }
            fn __value(
                &self,
                #number: usize,
                #out: &mut dyn #rt::FmtWrite,
            ) -> #rt::FmtResult {
                #value
            }
            #details
        }
    }
}

/// `__details`, for a type with a `#[details]` field.
fn details(input: &Input, plans: &[Plan], rt: &TokenStream) -> Option<TokenStream> {
    plans.iter().find_map(|plan| plan.details)?;
    let body = syn::Ident::new("__body", Span::mixed_site());
    let arms = every_variant(input, plans, &quote!({}), |_, plan, variant| {
        let index = plan.details?;
        let pattern = pattern_with(input, variant, &[], Some(index));
        let field = binding(&variant.fields[index]);
        Some(quote!(#pattern => #rt::push_details(#body, #field),))
    });
    let method = quote! {
        fn __details(&self, #body: &mut #rt::JsonBody) { #arms }
    };
    // `ApiError::details` reports a missing `serde` feature.
    let span = crate::details::first_span(input)?;
    Some(crate::details::with_serde(rt, span, None, method))
}

/// `match self { ... }` of the arms `arm` gives, with a last arm `rest`
/// for the variants it gives none, when there are such variants;
/// `match *self {}` for an enum without variants.
fn every_variant<'a>(
    input: &Input,
    plans: &'a [Plan],
    rest: &TokenStream,
    mut arm: impl FnMut(usize, &'a Plan, &Variant) -> Option<TokenStream>,
) -> TokenStream {
    if plans.is_empty() {
        return quote!(match *self {});
    }
    let mut arms = Vec::new();
    for (index, (plan, variant)) in plans.iter().zip(&input.variants).enumerate() {
        arms.extend(arm(index, plan, variant));
    }
    let rest = (arms.len() < plans.len()).then(|| quote!(_ => #rest,));
    quote!(match self { #(#arms)* #rest })
}

/// Where rustc reports a problem with a placeholder: the text it is in.
fn span_of(plan: &Plan, variant: &Variant, placeholder: &Placeholder<usize>) -> Span {
    let in_description = plan.description.as_ref().is_some_and(|description| {
        description.placeholders().any(|other| other == placeholder)
            && !plan
                .message
                .placeholders()
                .any(|other| other == placeholder)
    });
    let attr = if in_description {
        variant.attrs.description.as_ref()
    } else {
        variant.attrs.message.as_ref()
    };
    attr.map_or_else(Span::call_site, syn::LitStr::span)
}
